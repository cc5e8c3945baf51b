import { css } from 'lit';

export const styles = css`
  :host {
    --_track: var(
      --pc-budget-gauge-track-color,
      var(--basis-color-default-bg-subtle, light-dark(#e8e8e8, #333333))
    );
    /* The outline gives the track its 3:1 contrast against the background, whatever its fill. */
    --_track-border: var(--pc-budget-gauge-track-border-color, var(--_border-color));
    --_value: var(--pc-budget-gauge-value-color, var(--_accent-color));
    --_overflow: var(--pc-budget-gauge-overflow-color, light-dark(#8a4500, #ffa657));
    --_marker: var(--pc-budget-gauge-marker-color, var(--_target-color));
    --_original-marker: var(--pc-budget-gauge-original-marker-color, var(--_muted-color));
    --_favourable: var(--pc-budget-gauge-favourable-color, var(--_positive-color));
    --_unfavourable: var(--pc-budget-gauge-unfavourable-color, var(--_negative-color));
    min-width: 200px;
    /* Until its first draw the gauge stands in at this height (see the base styles): a gauge with its sentence
       measures 13.5rem in a column up to 26rem wide and less beside it (demo pages, 375–1280 px). */
    contain-intrinsic-block-size: auto 13.5rem;
  }
  .card {
    display: grid;
    gap: calc(var(--_space) / 2);
    background: var(--_background);
    color: var(--_color);
  }
  .title {
    margin: 0;
    font-family: var(--_heading-font-family);
    color: var(--_heading-color);
    font-weight: 700;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .body {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  .graphic {
    max-width: 22rem;
  }
  .graphic svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .text p,
  .figures {
    margin: 0;
  }
  .text {
    display: grid;
    gap: 0.25em;
    align-content: start;
  }
  .sentence {
    font-weight: 600;
  }
  .sentence.informs {
    font-weight: 400;
  }
  .figures {
    padding: 0;
    list-style: none;
    font-variant-numeric: tabular-nums;
  }
  .figures li {
    display: flex;
    gap: 0.375em;
    align-items: baseline;
  }
  .key {
    flex: none;
    align-self: center;
  }
  .unit {
    font-size: 0.875em;
    color: var(--_muted-color);
  }
  .verdict.favourable {
    color: var(--_favourable);
  }
  .verdict.unfavourable {
    color: var(--_unfavourable);
  }
  .track {
    fill: var(--_track);
    stroke: var(--_track-border);
    stroke-width: 1;
  }
  .value {
    fill: var(--_value);
  }
  /* Beyond 100%: a different colour, hatched and outlined, so it reads without colour. */
  .overflow {
    fill: var(--_overflow);
    stroke: var(--_color);
    stroke-width: 1;
  }
  .overflow-hatch {
    fill: url(#hatch);
  }
  .hatch-line {
    stroke: var(--_background);
    stroke-width: 2;
  }
  .budget-marker {
    stroke: var(--_marker);
    stroke-width: 3;
  }
  .original-marker {
    stroke: var(--_original-marker);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  /* In viewBox units (the graphic is 256 units wide). */
  .scale-label {
    font-size: 14px;
    fill: var(--_muted-color);
  }
  .reading {
    font-size: 26px;
    font-weight: 700;
    fill: var(--_color);
  }
  /* Narrow cards scale the graphic down: larger type in viewBox units keeps the labels about 12px. */
  @container (max-width: 20rem) {
    .scale-label {
      font-size: 17px;
    }
    .reading {
      font-size: 30px;
    }
  }
  /* Beside each other when there is room; the bullet bar is wide and stays above its text. */
  @container (min-width: 26rem) {
    .with-graphic.arc .body {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr);
      align-items: center;
    }
  }
  .bar .graphic {
    max-width: none;
  }
  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .value {
      fill: CanvasText;
    }
    .overflow {
      fill: Highlight;
      stroke: CanvasText;
    }
    .hatch-line {
      stroke: Canvas;
    }
    .budget-marker,
    .original-marker {
      stroke: CanvasText;
    }
    .scale-label,
    .reading {
      fill: CanvasText;
    }
    .verdict.favourable,
    .verdict.unfavourable {
      color: CanvasText;
    }
  }
  /* Nothing here animates; should a theme add transitions, reduced motion turns them off. */
  @media (prefers-reduced-motion: reduce) {
    .graphic * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
