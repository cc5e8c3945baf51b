import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The theming pattern of every component (Material Web / NL Design System style): public custom properties
 * `--pc-<component>-<token>` fall back to NL Design System `--basis-*` tokens, then to a literal default, and
 * are copied into private `--_<token>` variables that the component's CSS reads.
 * `name` is a constant of our own code (never data), so unsafeCSS is safe here.
 */
export function hostTokens(name: string): CSSResult {
  const rules = TOKENS.map(([token, property, basis, fallback]) => {
    const names = basis === null ? [] : Array.isArray(basis) ? basis : [basis];
    const theme = names.reduceRight((inner, basisName) => `var(--basis-${basisName},${inner})`, fallback);
    return `${token}:var(--pc-${name}-${property},${theme});`;
  });
  return unsafeCSS(`:host{${rules.join('')}}`);
}

/**
 * A literal default for the light and the dark colour scheme. The elements follow the page: a page that sets
 * `color-scheme: dark` (or `light dark` for a reader who prefers dark) gets the second value; a page that sets
 * nothing stays light. Dark values meet the same contrast as the light ones (4.5:1 text, 3:1 marks) on #161616.
 */
export const lightDark = (light: string, dark: string): string => `light-dark(${light},${dark})`;

/**
 * Basis token names read before 0.2.0 that NL Design System does not have (it says positive/negative, not
 * success/error), with the name that replaces each. Still read, after the real name, until 0.3.0.
 */
export const DEPRECATED_BASIS_TOKENS: Readonly<Record<string, string>> = {
  'color-success-color-document': 'color-positive-color-document',
  'color-error-color-document': 'color-negative-color-document',
};

/**
 * [private property, public property (after `--pc-<name>-`), NL Design System basis token(s) in order of
 * preference, literal default].
 */
export const TOKENS: ReadonlyArray<[string, string, string | string[] | null, string]> = [
  [
    '--_font-family',
    'font-family',
    'text-font-family-default',
    "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  ],
  ['--_font-size', 'font-size', 'text-font-size-md', '1rem'],
  ['--_line-height', 'line-height', 'text-line-height-md', '1.5'],
  ['--_color', 'color', 'color-default-color-document', lightDark('#1a1a1a', '#ededed')],
  ['--_muted-color', 'muted-color', 'color-default-color-subtle', lightDark('#545454', '#b5b5b5')],
  ['--_background', 'background-color', 'color-default-bg-document', lightDark('#ffffff', '#161616')],
  ['--_border-color', 'border-color', 'color-default-border-default', lightDark('#767676', '#8f8f8f')],
  ['--_accent-color', 'accent-color', 'color-accent-1-color-document', lightDark('#01689b', '#7cc3f0')],
  ['--_target-color', 'target-color', 'color-default-color-document', lightDark('#1a1a1a', '#ededed')],
  [
    '--_positive-color',
    'positive-color',
    ['color-positive-color-document', 'color-success-color-document'],
    lightDark('#2a7a2a', '#7fd17f'),
  ],
  [
    '--_negative-color',
    'negative-color',
    ['color-negative-color-document', 'color-error-color-document'],
    lightDark('#b3261e', '#ff9b94'),
  ],
  ['--_focus-color', 'focus-color', 'focus-outline-color', lightDark('#1a1a1a', '#ffffff')],
  [
    '--_focus-background',
    'focus-background-color',
    'color-highlight-bg-default',
    lightDark('#ffbf47', '#7a5a00'),
  ],
  ['--_space', 'space', 'space-block-md', '0.75rem'],
  ['--_radius', 'border-radius', 'border-radius-md', '4px'],
  ['--_heading-font-family', 'heading-font-family', 'heading-font-family', 'var(--_font-family)'],
  ['--_heading-color', 'heading-color', 'heading-color', 'var(--_color)'],
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
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20rem;
  }
  /* A chart off screen skips layout and paint until it comes near the view; a printed page shows every one. */
  @media print {
    :host {
      content-visibility: visible;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* The verdict line of the card and the gauge: an SVG icon (drawn with the text colour) and its words. */
  .verdict {
    display: flex;
    gap: 0.375em;
    align-items: center;
    font-weight: 600;
  }
  .icon {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
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
