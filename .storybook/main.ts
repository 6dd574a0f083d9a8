import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  viteFinal(config) {
    // Workspace packages resolve to their TypeScript sources, as in the demo portal: no build first.
    config.resolve = { ...config.resolve, conditions: ['@saumaton/source', ...defaultClientConditions] };
    // Legacy decorators, as tsconfig.base.json says (see packages/demo-portal/vite.config.ts):
    // Vite does not lower standard decorators, and Chromium would throw a SyntaxError on them.
    config.oxc = {
      ...(typeof config.oxc === 'object' ? config.oxc : {}),
      decorator: { legacy: true },
      assumptions: { setPublicClassFields: true },
      typescript: { removeClassFieldsWithoutInitializer: true },
    };
    return config;
  },
};

export default config;
