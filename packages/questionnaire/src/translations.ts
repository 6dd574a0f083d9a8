/**
 * Texts of a template in several languages, as FHIR says them: the text itself in the
 * Questionnaire's `language`, and each translation in the text's primitive extension
 * (`_text.extension`, `_display.extension`, …) as a `http://hl7.org/fhir/StructureDefinition/translation`
 * with the parts `lang` (valueCode) and `content` (valueString). Pure: no DOM.
 */
import { EXT, extensionsOf, isRecord } from './fhir.js';

/** A text as published, with its translations. */
export interface Translatable {
  /** The text as published, in the Questionnaire's `language`. */
  readonly base: string;
  /** The language of `base` (the Questionnaire's `language`), when it says one. */
  readonly language?: string;
  /** Each translation by its language code as published (`sv`, `sv-FI`, `en`). */
  readonly translations: Readonly<Record<string, string>>;
}

const primary = (code: string) => code.toLowerCase().split('-')[0]!;

/**
 * `text` in `language` (`fi`, `sv`, `sv-FI`, `en`): the translation in exactly that language, else
 * the text itself when it is in that language, else a translation in the same language of another
 * region (`sv-FI` for `sv`, `sv` for `sv-FI`), else the text itself. Undefined only for no text.
 */
export function textIn(text: Translatable | undefined, language: string): string | undefined {
  return inLanguage(text, language)?.text;
}

/**
 * As `textIn`, with the language of the text given (the translation's code, or the text's own
 * `language`, undefined when the template does not say): a renderer marks a text that is not in
 * the page's language with `lang`, so that it is read out in its own (WCAG 3.1.2).
 */
export function inLanguage(
  text: Translatable | undefined,
  language: string,
): { readonly text: string; readonly language?: string } | undefined {
  if (!text) return undefined;
  let translated = false;
  for (const _ in text.translations) {
    translated = true;
    break;
  }
  // Most texts have no translation: the text itself, in its own language.
  if (!translated)
    return text.language === undefined ? { text: text.base } : { text: text.base, language: text.language };
  const wanted = language.toLowerCase();
  const entries = Object.entries(text.translations);
  const own = { text: text.base, ...(text.language === undefined ? {} : { language: text.language }) };
  const found =
    entries.find(([code]) => code.toLowerCase() === wanted) ??
    (text.language !== undefined && primary(text.language) === primary(wanted)
      ? undefined
      : entries.find(([code]) => primary(code) === primary(wanted)));
  return found ? { text: found[1], language: found[0] } : own;
}

/** Whether two language codes are the same language (`sv-FI` and `sv`). */
export const sameLanguage = (a: string, b: string): boolean => primary(a) === primary(b);

/** What is wrong with a translation, with the path of its extension. */
export interface TranslationProblem {
  readonly path: string;
  readonly problem: string;
}

/**
 * The text `element[key]` with the translations of `element['_' + key]`, or undefined when the
 * element has no such text. `path` is the element's path in the JSON, for the problems found.
 */
export function translatableOf(
  element: Readonly<Record<string, unknown>>,
  key: string,
  language: string | undefined,
  path = '',
  problems: TranslationProblem[] = [],
): Translatable | undefined {
  const base = element[key];
  const shadow = element[`_${key}`];
  const translations: Record<string, string> = {};
  // Most texts have no translations: the path for a problem with them is made only when needed.
  const where = shadow === undefined ? '' : `${path ? `${path}.` : ''}_${key}`;
  if (shadow !== undefined) {
    if (!isRecord(shadow)) {
      problems.push({ path: where, problem: `_${key} must be an object` });
    } else {
      extensionsOf(shadow.extension).forEach((ext, i) => {
        if (ext.url !== EXT.translation) return;
        const parts = extensionsOf(ext.extension);
        const lang = parts.find((p) => p.url === 'lang')?.valueCode;
        const content = parts.find((p) => p.url === 'content')?.valueString;
        const at = `${where}.extension.${i}`;
        if (typeof lang !== 'string' || !lang || typeof content !== 'string') {
          problems.push({
            path: at,
            problem: `a translation of ${key} needs a lang (valueCode) and a content (valueString)`,
          });
        } else if (Object.keys(translations).some((code) => code.toLowerCase() === lang.toLowerCase())) {
          problems.push({ path: at, problem: `${key} is translated to "${lang}" twice` });
        } else {
          translations[lang] = content;
        }
      });
    }
  }
  if (typeof base !== 'string') {
    if (Object.keys(translations).length) {
      problems.push({ path: where, problem: `${key} has translations but no text of its own to fall back on` });
    }
    return undefined;
  }
  return language === undefined ? { base, translations } : { base, language, translations };
}
