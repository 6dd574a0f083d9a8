/** Small templates the plan's sections share: a term list, a person, a date, a section. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, getLocale } from '@saumaton/elements';
import type { PlanPerson } from '@saumaton/core';

/**
 * One row of a description list, left out when it has no value: a term and its value, no wrapper
 * (the list's grid pairs them), so a plan of 200 services builds 1,400 fewer elements.
 */
export function row(term: string, value: unknown): TemplateResult | typeof nothing {
  if (value === undefined || value === null || value === '' || value === nothing) return nothing;
  return html`<dt>${term}</dt>
    <dd>${value}</dd>`;
}

/** A description list of rows; nothing when every row is empty. */
export function terms(rows: readonly (TemplateResult | typeof nothing)[]): TemplateResult | typeof nothing {
  return rows.some((r) => r !== nothing) ? html`<dl class="terms">${rows}</dl>` : nothing;
}

/** A person by name, with their title when known: "Leena Korhonen, Sosiaalityöntekijä". */
export function person(p: PlanPerson | undefined): string | undefined {
  if (!p) return undefined;
  return p.title ? `${p.name}, ${p.title}` : p.name;
}

/** Dates already written, by locale and date: a plan repeats the same few dates hundreds of times. */
const dates = new Map<string, string>();

/** A date as the locale writes it; undefined stays undefined. */
export function date(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const key = `${getLocale()}|${iso}`;
  let text = dates.get(key);
  if (text === undefined) {
    if (dates.size >= 1000) dates.clear();
    text = formatDate(iso);
    dates.set(key, text);
  }
  return text;
}

/** A section of the plan with its heading (`h3`), labelled by it. */
export function section(
  id: string,
  heading: string,
  body: TemplateResult | readonly TemplateResult[] | typeof nothing,
  extraClass = '',
): TemplateResult {
  return html`<section class="plan-section ${extraClass}" part="section" aria-labelledby=${`${id}-heading`}>
    <h3 id=${`${id}-heading`} tabindex="-1">${heading}</h3>
    ${body}
  </section>`;
}

/** Paragraphs of free text as written (line breaks kept by CSS); nothing when blank. */
export function text(value: string | undefined): TemplateResult | typeof nothing {
  return value && value.trim() ? html`<p class="text">${value}</p>` : nothing;
}

/** A language tag as the user's language names it ("suomi", "finska"); the tag when unknown. */
export function languageName(tag: string | undefined, locale: string): string | undefined {
  if (!tag) return undefined;
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
