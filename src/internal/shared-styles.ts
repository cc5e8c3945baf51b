import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The theming pattern of every component (Material Web / NL Design System style): public custom properties
 * `--pc-<component>-<token>` fall back to NL Design System `--basis-*` tokens, then to a literal default, and
 * are copied into private `--_<token>` variables that the component's CSS reads.
 * `name` is a constant of our own code (never data), so unsafeCSS is safe here.
 */
export function hostTokens(name: string): CSSResult {
  const p = `--pc-${name}`;
  return unsafeCSS(`
    :host {
      --_font-family: var(${p}-font-family, var(--basis-text-font-family-default, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
      --_font-size: var(${p}-font-size, var(--basis-text-font-size-md, 1rem));
      --_line-height: var(${p}-line-height, var(--basis-text-line-height-md, 1.5));
      --_color: var(${p}-color, var(--basis-color-default-color-document, #1a1a1a));
      --_muted-color: var(${p}-muted-color, var(--basis-color-default-color-subtle, #545454));
      --_background: var(${p}-background-color, var(--basis-color-default-bg-document, #ffffff));
      --_border-color: var(${p}-border-color, var(--basis-color-default-border-default, #767676));
      --_accent-color: var(${p}-accent-color, var(--basis-color-accent-1-color-document, #01689b));
      --_target-color: var(${p}-target-color, var(--basis-color-default-color-document, #1a1a1a));
      --_positive-color: var(${p}-positive-color, var(--basis-color-success-color-document, #2a7a2a));
      --_negative-color: var(${p}-negative-color, var(--basis-color-error-color-document, #b3261e));
      --_focus-color: var(${p}-focus-color, var(--basis-focus-outline-color, #1a1a1a));
      --_focus-background: var(${p}-focus-background-color, var(--basis-color-highlight-bg-default, #ffbf47));
      --_space: var(${p}-space, var(--basis-space-block-md, 0.75rem));
      --_radius: var(${p}-border-radius, var(--basis-border-radius-md, 4px));
      --_heading-font-family: var(${p}-heading-font-family, var(--basis-heading-font-family, var(--_font-family)));
      --_heading-color: var(${p}-heading-color, var(--basis-heading-color, var(--_color)));
    }
  `);
}

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .pc-status {
    margin: 0;
    padding: var(--_space);
    color: var(--_muted-color);
  }
  .pc-error {
    margin: 0;
    padding: var(--_space);
    border: 2px solid var(--_negative-color);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_color);
  }
  .pc-error p {
    margin: 0;
  }
  .pc-error p + p {
    margin-block-start: 0.25em;
  }
  .pc-error code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  :focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent-color);
  }
  @media (forced-colors: active) {
    .pc-error {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
