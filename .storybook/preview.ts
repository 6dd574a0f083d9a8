/// <reference types="vite/client" />
import '@saumaton/elements/themes/light.css';
import '@saumaton/elements/themes/dark.css';
import './preview.css';

import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setLocale, type SaumatonLocale } from '@saumaton/elements';

type Theme = 'light' | 'dark';

interface Manifest {
  readonly modules?: readonly unknown[];
}

/**
 * The packages' custom-elements manifests, generated from the JSDoc by `npm run build`. A glob, not
 * an import, so a fresh clone without a build still starts (the docs tables are then empty).
 */
function mergedManifest(): Manifest {
  const found = import.meta.glob<Manifest>('../packages/*/custom-elements.json', { eager: true, import: 'default' });
  return {
    schemaVersion: '1.0.0',
    modules: Object.values(found).flatMap((manifest) => manifest.modules ?? []),
  } as Manifest;
}

setCustomElementsManifest(mergedManifest());

function isLocale(value: unknown): value is SaumatonLocale {
  return value === 'en' || value === 'fi' || value === 'sv';
}

/** Puts the story in the chosen theme, on a surface of that theme, and in the chosen language. */
const withThemeAndLocale: Decorator = (story, { globals, viewMode }) => {
  const theme: Theme = globals['theme'] === 'dark' ? 'dark' : 'light';
  const locale = isLocale(globals['locale']) ? globals['locale'] : 'en';
  // In the canvas the surface fills the iframe, so a dark story is dark to the edges; in docs it is one block.
  return html`<div
    class="saumaton-theme-${theme} sb-saumaton-surface ${viewMode === 'story' ? 'sb-saumaton-fill' : ''}"
    lang=${locale}
  >
    ${story()}
  </div>`;
};

/** Events, CSS custom properties and parts from the manifest are documentation, not inputs: no controls. */
const documentationOnly = new Set(['events', 'css custom properties', 'css shadow parts']);
const withoutControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      documentationOnly.has(argType.table?.category ?? '') ? { ...argType, control: { disable: true } } : argType,
    ]),
  );

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [withoutControls],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fi', title: 'suomi', right: 'fi' },
          { value: 'sv', title: 'svenska', right: 'sv' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Saumaton theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  // Load the language before the story renders, so the first paint is already translated.
  loaders: [
    async ({ globals }) => {
      const locale = isLocale(globals['locale']) ? globals['locale'] : 'en';
      document.documentElement.lang = locale;
      await setLocale(locale);
      return {};
    },
  ],
  decorators: [withThemeAndLocale],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
  },
};

export default preview;
