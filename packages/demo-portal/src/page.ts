/**
 * What the demo's two pages share: the locales and the language choice, remembered choices, and
 * writing a page's own strings into its `data-i18n` elements. Each page keeps its own string table
 * (the county portal in main.ts, the voucher producer in producer.ts); the widgets localize
 * themselves through `setLocale()` from @saumaton/elements.
 */
import { setLocale } from '@saumaton/elements';

export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_PREFIX = 'saumaton-demo:';

/** A choice remembered in this browser, if it is one of `allowed`. */
export function remembered<T extends string>(key: string, allowed: readonly T[]): T | undefined {
  try {
    const value = localStorage.getItem(STORAGE_PREFIX + key);
    return allowed.find((item) => item === value);
  } catch {
    return undefined; // storage disabled (private mode, a strict embedding): just do not remember
  }
}

export function remember(key: string, value: string): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + key, value);
  } catch {
    // see remembered()
  }
}

/** The page's language: the one chosen on either page before, else Finnish. */
export function rememberedLocale(): Locale {
  return remembered('locale', LOCALES) ?? 'fi';
}

/** A page's string table: the same keys in every locale. */
export type StringTable<K extends string> = Record<Locale, Record<K, string>>;

/** Writes `lookup(key)` into every element marked `data-i18n` (text) or `data-i18n-label` (`aria-label`). */
export function translateElements(lookup: (key: string) => string | undefined): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = lookup(element.dataset['i18n'] ?? '');
    if (text !== undefined) element.textContent = text;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const text = lookup(element.dataset['i18nLabel'] ?? '');
    if (text !== undefined) element.setAttribute('aria-label', text);
  }
}

/**
 * Wires the page's language select: the choice is remembered for both pages, `<html lang>` follows
 * it, `onChange` re-translates the page's own strings, and the widgets switch through `setLocale()`.
 * Resolves when the widgets' strings for the language have loaded.
 */
export function localeSwitcher(
  select: HTMLSelectElement,
  onChange: (locale: Locale) => void,
): { apply(locale: Locale): Promise<void> } {
  const apply = async (locale: Locale): Promise<void> => {
    select.value = locale;
    document.documentElement.lang = locale;
    onChange(locale);
    try {
      await setLocale(locale);
    } catch (error) {
      console.error(`demo-portal: the widgets could not switch to "${locale}"`, error);
    }
  };
  select.addEventListener('change', () => {
    const locale = LOCALES.find((item) => item === select.value) ?? 'fi';
    remember('locale', locale);
    void apply(locale);
  });
  return { apply };
}
