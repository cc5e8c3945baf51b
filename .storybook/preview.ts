import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define/all.js';
// Real municipal themes, from their published token packages, bridged to the basis tokens pc-charts reads.
import '@utrecht/design-tokens/dist/index.css';
import '@gemeente-denhaag/design-tokens-components/dist/theme/index.css';
import '@amsterdam/design-system-tokens/dist/index.css';
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '../src/themes/utrecht.css';
import '../src/themes/denhaag.css';
import '../src/themes/amsterdam.css';

setCustomElementsManifest(manifest);

const THEME_CLASSES: Record<string, string> = {
  none: '',
  utrecht: 'utrecht-theme',
  denhaag: 'denhaag-theme',
  amsterdam: 'ams-theme',
  rijkshuisstijl: 'rhc-theme',
};

const withThemeAndLocale: Decorator = (story, context) => {
  const theme = THEME_CLASSES[context.globals.theme as string] ?? '';
  const locale = (context.globals.locale as string) ?? 'nl';
  return html`<div class=${theme} lang=${locale} style="padding: 1rem; background: var(--basis-color-default-bg-document, #fff)">
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Municipal theme (NL Design System tokens)',
      toolbar: { title: 'Thema', icon: 'paintbrush', items: Object.keys(THEME_CLASSES), dynamicTitle: true },
    },
    locale: {
      description: 'Language',
      toolbar: { title: 'Taal', icon: 'globe', items: ['nl', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'none', locale: 'nl' },
  parameters: {
    // The accessibility addon fails a story on any axe violation.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
