import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The theming pattern of every component (Material Web / NL Design System style): public custom properties
 * `--pc-<component>-<token>` fall back to NL Design System `--basis-*` tokens, then to a literal default, and
 * are copied into private `--_<token>` variables that the component's CSS reads.
 * `name` is a constant of our own code (never data), so unsafeCSS is safe here.
 */
export function hostTokens(name: string): CSSResult {
  const rules = TOKENS.map(([token, property, basis, fallback]) => {
    const theme = basis ? `var(--basis-${basis}, ${fallback})` : fallback;
    return `--_${token}:var(--pc-${name}-${property ?? token},${theme});`;
  });
  return unsafeCSS(`:host{${rules.join('')}}`);
}

/** [private token, public property (when it differs), NL Design System basis token, literal default]. */
const TOKENS: Array<[string, string | null, string | null, string]> = [
  [
    'font-family',
    null,
    'text-font-family-default',
    "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  ],
  ['font-size', null, 'text-font-size-md', '1rem'],
  ['line-height', null, 'text-line-height-md', '1.5'],
  ['color', null, 'color-default-color-document', '#1a1a1a'],
  ['muted-color', null, 'color-default-color-subtle', '#545454'],
  ['background', 'background-color', 'color-default-bg-document', '#ffffff'],
  ['border-color', null, 'color-default-border-default', '#767676'],
  ['accent-color', null, 'color-accent-1-color-document', '#01689b'],
  ['target-color', null, 'color-default-color-document', '#1a1a1a'],
  ['positive-color', null, 'color-success-color-document', '#2a7a2a'],
  ['negative-color', null, 'color-error-color-document', '#b3261e'],
  ['focus-color', null, 'focus-outline-color', '#1a1a1a'],
  ['focus-background', 'focus-background-color', 'color-highlight-bg-default', '#ffbf47'],
  ['space', null, 'space-block-md', '0.75rem'],
  ['radius', 'border-radius', 'border-radius-md', '4px'],
  ['heading-font-family', null, 'heading-font-family', 'var(--_font-family)'],
  ['heading-color', null, 'heading-color', 'var(--_color)'],
];

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
