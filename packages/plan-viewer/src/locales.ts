import type { LocaleLoaders } from '@saumaton/elements';

/**
 * The plan viewer's own string catalogue (xliff/ → src/generated/), merged at run time by the one
 * localization runtime in `@saumaton/elements`. Literal imports: bundlers make each a chunk.
 */
export const planLocaleLoaders: LocaleLoaders = {
  fi: () => import('./generated/locales/fi.js'),
  sv: () => import('./generated/locales/sv.js'),
};
