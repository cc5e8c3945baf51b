import { css } from 'lit';

/**
 * The Download controls, and what every component does without its script or on paper: a pre-rendered element
 * (pc-charts render) keeps its buttons' place but not their look until the script runs (no dead controls, no
 * shift when they come), and a printed chart is whole on its page with no controls.
 */
export const exportStyles = css`
  .pc-export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: var(--_space);
    font-size: 0.875em;
  }
  .pc-export-label {
    color: var(--_muted-color);
  }
  .pc-export button {
    font: inherit;
    min-height: 24px;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_accent-color);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent-color);
    cursor: pointer;
  }
  .pc-export button:hover {
    text-decoration: underline;
  }
  :host(:not(:defined)) button {
    visibility: hidden;
  }
  /* Defined, not yet taken over its pre-rendered markup (a rule of its own: a browser without :state() drops it
     alone). */
  :host(:state(prerendered)) button {
    visibility: hidden;
  }
  @media (forced-colors: active) {
    .pc-export button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    button,
    .pc-export {
      display: none !important;
    }
  }
`;
