import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type SaumatonLocale = typeof sourceLocale | (typeof targetLocales)[number];

// Literal imports, one per locale: bundlers split them into chunks loaded on demand.
const loaders = {
  fi: () => import('./generated/locales/fi.js'),
  sv: () => import('./generated/locales/sv.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

let runtime: ReturnType<typeof configureLocalization> | undefined;

/** The supported locale closest to a language tag: `fi-FI` → `fi`, `se` → `en`. */
export function matchLocale(tag: string | null | undefined): SaumatonLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return language === 'fi' || language === 'sv' ? language : sourceLocale;
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
    loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
  });
  const root = document.documentElement;
  const follow = () => {
    void runtime!.setLocale(matchLocale(root.lang)).catch((error: unknown) => {
      console.warn('[saumaton] could not load the locale', error);
    });
  };
  follow();
  new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['lang'] });
  return runtime;
}

/** Switches every Saumaton element on the page to `locale` once its strings have loaded. */
export function setLocale(locale: SaumatonLocale): Promise<void> {
  return ensureLocalization().setLocale(locale);
}

/** The active locale. */
export function getLocale(): SaumatonLocale {
  return ensureLocalization().getLocale() as SaumatonLocale;
}

export { sourceLocale, targetLocales };
