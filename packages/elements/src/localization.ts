import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type SaumatonLocale = typeof sourceLocale | (typeof targetLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** A generated locale module of one package: its `templates`, keyed by message id. */
export interface LocaleModule {
  readonly templates: Readonly<Record<string, unknown>>;
}

/**
 * How one package loads its strings: a function per target locale. Write each as a literal
 * `import('./generated/locales/fi.js')` so bundlers split it into a chunk loaded on demand (a
 * template-string import 404s under the test runner).
 */
export type LocaleLoaders = Readonly<Record<TargetLocale, () => Promise<LocaleModule>>>;

type Templates = Record<string, unknown>;

/** The strings of `elements` itself: its own catalogue, registered like any widget's. */
const elementsLoaders: LocaleLoaders = {
  fi: () => import('./generated/locales/fi.js'),
  sv: () => import('./generated/locales/sv.js'),
};

/** Every registered package, in registration order. */
const registered: LocaleLoaders[] = [elementsLoaders];
/**
 * Per target locale: one templates object that `@lit/localize` holds while that locale is
 * active, and the chunk each package added to it (or is adding). Message ids are content hashes
 * of the source string, so the packages' templates merge without clashes.
 */
const catalogues = new Map<TargetLocale, { templates: Templates; loads: Map<LocaleLoaders, Promise<void>> }>();

let runtime: ReturnType<typeof configureLocalization> | undefined;
/** The locale last asked for (by `<html lang>` or `setLocale`). */
let wanted: SaumatonLocale = sourceLocale;
/** Loads in flight; while any is, elements wait instead of rendering words in another language. */
let pending = 0;
let waiters: (() => void)[] = [];

function isTarget(locale: string): locale is TargetLocale {
  return (targetLocales as readonly string[]).includes(locale);
}

function catalogue(locale: TargetLocale) {
  let found = catalogues.get(locale);
  if (!found) catalogues.set(locale, (found = { templates: {}, loads: new Map() }));
  return found;
}

/** Loads the chunk of every registered package not yet loaded for `locale`, merged into one. */
function loadPackages(locale: TargetLocale): Promise<void> {
  const { templates, loads } = catalogue(locale);
  return Promise.all(
    registered.map((loaders) => {
      let load = loads.get(loaders);
      if (!load) {
        load = loaders[locale]().then(
          (mod) => void Object.assign(templates, mod.templates),
          (error: unknown) => {
            loads.delete(loaders); // a later attempt may succeed
            throw error;
          },
        );
        loads.set(loaders, load);
      }
      return load;
    }),
  ).then(() => undefined);
}

/** Counts `work` as pending until it settles. */
function track<T>(work: Promise<T>): Promise<T> {
  pending++;
  const done = () => {
    if (--pending === 0) {
      const ready = waiters;
      waiters = [];
      for (const resolve of ready) resolve();
    }
  };
  work.then(done, done);
  return work;
}

function warn(error: unknown): void {
  console.warn('[saumaton] could not load the locale', error);
}

/**
 * Adds a package's string catalogue to the page. A widget registers its loaders before it first
 * renders (`SaumatonElement` does it for `static localeLoaders`); if the page is already in a
 * target locale, that package's chunk loads now and its elements wait for it. Registering the
 * same loaders again does nothing.
 */
export function registerLocaleLoaders(loaders: LocaleLoaders): void {
  if (registered.includes(loaders)) return;
  registered.push(loaders);
  if (runtime && isTarget(wanted)) void track(loadPackages(wanted)).catch(warn);
}

/** The supported locale closest to a language tag: `fi-FI` → `fi`, `se` → `en`. */
export function matchLocale(tag: string | null | undefined): SaumatonLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return language === 'fi' || language === 'sv' ? language : sourceLocale;
}

function switchTo(locale: SaumatonLocale): Promise<void> {
  const active = runtime!;
  wanted = locale;
  // Nothing to wait for: answer now, so a page in the source language never holds a render back.
  if (pending === 0 && locale === active.getLocale()) return Promise.resolve();
  return track(active.setLocale(locale));
}

/**
 * Configures `@lit/localize` once, on first use, and starts in the language of `<html lang>`.
 * Later changes of `<html lang>` switch the locale too, so a portal that only sets its own
 * language attribute needs no other call.
 */
export function ensureLocalization(): ReturnType<typeof configureLocalization> {
  if (runtime) return runtime;
  runtime = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => {
      const target = locale as TargetLocale;
      return loadPackages(target).then(() => ({ templates: catalogue(target).templates as never }));
    },
  });
  const root = document.documentElement;
  const follow = () => void switchTo(matchLocale(root.lang)).catch(warn);
  follow();
  new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['lang'] });
  return runtime;
}

/**
 * True when the strings of the wanted locale are in place for every registered package, so an
 * element may render words. False while a locale chunk is loading.
 */
export function isLocaleReady(): boolean {
  return pending === 0;
}

/**
 * Resolves once no locale chunk is loading: the wanted locale is active with every registered
 * package's strings, or a load failed (then the previous locale stays, with a warning).
 */
export function whenLocaleReady(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
}

/** Switches every Saumaton element on the page to `locale` once its strings have loaded. */
export function setLocale(locale: SaumatonLocale): Promise<void> {
  ensureLocalization();
  return switchTo(locale);
}

/** The active locale. */
export function getLocale(): SaumatonLocale {
  return ensureLocalization().getLocale() as SaumatonLocale;
}

export { sourceLocale, targetLocales };
