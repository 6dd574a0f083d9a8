/**
 * Between the form's controls and the engine's answers: what a control shows for an answer, and
 * the answer a control's text gives. Pure: no DOM, no Lit. A text that does not make an answer
 * (half a date, letters in a number) gives `undefined`, and the widget keeps the text as typed.
 */
import { sameCoding, textIn, type AnswerChoice, type Answer, type TemplateItem } from '@saumaton/questionnaire/lazy';

/** The text of a choice, as the template words it in `language` (its own text when it has no translation there). */
export function choiceLabel(choice: AnswerChoice, language: string): string {
  const label = textIn(choice.label, language);
  if (label !== undefined) return label;
  const a = choice.answer;
  if (a.valueCoding) return a.valueCoding.display ?? a.valueCoding.code ?? '';
  if (a.valueString !== undefined) return a.valueString;
  if (a.valueInteger !== undefined) return String(a.valueInteger);
  if (a.valueDate !== undefined) return a.valueDate;
  if (a.valueTime !== undefined) return a.valueTime;
  return '';
}

/** True when `answer` is the answer `choice` gives (codings by system and code). */
export function isChoice(choice: AnswerChoice, answer: Answer): boolean {
  const a = choice.answer;
  if (a.valueCoding && answer.valueCoding) return sameCoding(a.valueCoding, answer.valueCoding);
  for (const key of ['valueString', 'valueInteger', 'valueDate', 'valueTime'] as const) {
    if (a[key] !== undefined) return a[key] === answer[key];
  }
  return false;
}

/** The index of the template's choice an answer is, or -1 for an answer of the user's own. */
export function choiceIndex(item: TemplateItem, answer: Answer): number {
  return (item.options ?? []).findIndex((c) => isChoice(c, answer));
}

/** The answers of the user's own (an `open-choice` text) among `answers`. */
export function ownAnswer(item: TemplateItem, answers: readonly Answer[]): string {
  return answers.find((a) => a.valueString !== undefined && choiceIndex(item, a) < 0)?.valueString ?? '';
}

/** How a choice item is shown: its `itemControl`, else radio buttons (check boxes when it repeats). */
export function choiceControl(item: TemplateItem): 'radio' | 'checkbox' | 'select' {
  if (item.control === 'drop-down') return 'select';
  if (item.control === 'check-box' || item.repeats) return 'checkbox';
  return 'radio';
}

const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');

/** The local time zone offset of `date`, as a dateTime carries it (`+02:00`). */
function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  return `${minutes < 0 ? '-' : '+'}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

/** What a text control shows for one answer of `item` (the empty string for none). */
export function answerText(item: TemplateItem, answer: Answer | undefined): string {
  if (!answer) return '';
  switch (item.type) {
    case 'decimal':
      return answer.valueDecimal === undefined ? '' : String(answer.valueDecimal);
    case 'integer':
      return answer.valueInteger === undefined ? '' : String(answer.valueInteger);
    case 'quantity':
      return answer.valueQuantity?.value === undefined ? '' : String(answer.valueQuantity.value);
    case 'date':
      return answer.valueDate ?? '';
    case 'dateTime':
      // datetime-local takes the wall-clock part: the offset is the user's own again on the way back.
      return answer.valueDateTime?.slice(0, 16) ?? '';
    case 'time':
      return answer.valueTime?.slice(0, 5) ?? '';
    case 'url':
      return answer.valueUri ?? '';
    default:
      return answer.valueString ?? '';
  }
}

/**
 * The answer a text control's `text` gives for `item`, `null` for an empty control (no answer),
 * or `undefined` when the text does not make an answer yet.
 */
export function answerFromText(item: TemplateItem, text: string): Answer | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  switch (item.type) {
    case 'decimal':
    case 'integer':
    case 'quantity': {
      const number = Number(trimmed.replace(',', '.'));
      if (!Number.isFinite(number)) return undefined;
      if (item.type === 'integer') return Number.isInteger(number) ? { valueInteger: number } : undefined;
      if (item.type === 'decimal') return { valueDecimal: number };
      const unit = item.unit;
      return {
        valueQuantity: {
          value: number,
          ...((unit?.display ?? unit?.code) ? { unit: unit.display ?? unit.code } : {}),
          ...(unit?.system ? { system: unit.system } : {}),
          ...(unit?.code ? { code: unit.code } : {}),
        },
      };
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? { valueDate: trimmed } : undefined;
    case 'dateTime': {
      const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(trimmed);
      if (!m) return undefined;
      const local = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
      return { valueDateTime: `${trimmed}:00${offsetOf(local)}` };
    }
    case 'time':
      return /^\d{2}:\d{2}$/.test(trimmed) ? { valueTime: `${trimmed}:00` } : undefined;
    case 'url':
      return { valueUri: trimmed };
    default:
      return { valueString: text };
  }
}

/** The `min`, `max` and `step` of a number, date or slider control. */
export function bounds(item: TemplateItem): { min?: string; max?: string; step?: string } {
  const text = (v: TemplateItem['minValue']) =>
    v === undefined
      ? undefined
      : v.kind === 'number'
        ? String(v.value)
        : v.kind === 'quantity'
          ? String(v.value.value)
          : v.kind === 'temporal' || v.kind === 'time' || v.kind === 'string'
            ? v.value
            : undefined;
  const step =
    item.sliderStep !== undefined
      ? String(item.sliderStep)
      : item.type === 'integer'
        ? '1'
        : item.type === 'decimal' || item.type === 'quantity'
          ? 'any'
          : undefined;
  return { min: text(item.minValue), max: text(item.maxValue), step };
}
