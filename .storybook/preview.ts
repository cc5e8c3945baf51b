import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define/all.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // The accessibility addon fails a story on any axe violation.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
