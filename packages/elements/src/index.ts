/**
 * @saumaton/elements — the shared Lit layer every Saumaton widget is built on.
 */
export { SaumatonElement } from './base-element.js';
export { SaumatonProvider } from './Provider.js';
export { define, type DefineOptions } from './define.js';
export { adapterContext, viewerContext, type AnyAdapter } from './context.js';
export {
  setLocale,
  getLocale,
  matchLocale,
  sourceLocale,
  targetLocales,
  registerLocaleLoaders,
  isLocaleReady,
  whenLocaleReady,
  type SaumatonLocale,
  type LocaleLoaders,
  type LocaleModule,
} from './localization.js';
export { formatDate, formatList } from './format.js';
export { describeError, MissingAdapterError } from './errors.js';
export { renderLoading, renderEmpty, renderError, renderConflict, type ConflictOptions } from './templates.js';
export { LoadController, type LoadState } from './load-controller.js';
export { baseStyles } from './styles.js';
export { warnOnce } from './dev-warnings.js';
export { VERSION } from './version.js';
export * from './events/saumaton-error.js';
export * from './events/saumaton-saved.js';
