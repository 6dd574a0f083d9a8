/**
 * @saumaton/elements — the shared Lit layer every Saumaton widget is built on.
 */
export { SaumatonElement } from './base-element.js';
export * from './form-associated.js';
export { SaumatonProvider } from './Provider.js';
export { define, type DefineOptions } from './define.js';
export { warnOnce } from './dev-warnings.js';
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
export { LoadController, type LoadState } from './controllers/load-controller.js';
export {
  ResourceController,
  type EditState,
  type Loaded,
  type ResourceHost,
  type ResourceOptions,
} from './controllers/resource-controller.js';
export { FocusController } from './controllers/focus-controller.js';
export { Announcer } from './controllers/announcer.js';
export { LazyModule } from './controllers/lazy-module.js';
export { readClient } from './read-client.js';
export {
  field,
  select,
  requiredHint,
  formFooter,
  type FieldOptions,
  type SelectOptions,
  type FormFooterOptions,
  type FormControls,
} from './forms/fields.js';
export { formStyles } from './forms/form-styles.js';
export * from './events/saumaton-error.js';
export * from './events/saumaton-saved.js';
