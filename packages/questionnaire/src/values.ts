/**
 * Values of answers and conditions: what kind each is, the FHIR formats, and how two compare.
 * FHIR leaves comparing codings unsaid; here two codings are equal when system AND code are
 * (an absent system equals only an absent system), as DOMAIN §7 decides.
 */
import { ANSWER_KEYS, isRecord, type Answer, type AnswerKey, type Coding, type Quantity } from './fhir.js';

/** What an answer or a condition's value is, for comparing. */
export type ValueKind = 'boolean' | 'number' | 'temporal' | 'time' | 'string' | 'coding' | 'quantity';

/** A value of one kind, the way the comparisons take it. */
export type Value =
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'temporal' | 'time' | 'string'; readonly value: string }
  | { readonly kind: 'coding'; readonly value: Coding }
  | { readonly kind: 'quantity'; readonly value: Quantity };

const KIND_OF: Readonly<Record<string, ValueKind>> = {
  Boolean: 'boolean',
  Decimal: 'number',
  Integer: 'number',
  Date: 'temporal',
  DateTime: 'temporal',
  Time: 'time',
  String: 'string',
  Uri: 'string',
  Coding: 'coding',
  Quantity: 'quantity',
};

/** The kind a `value[x]` / `answer[x]` suffix holds (`Decimal` → number), undefined for others. */
export const kindOfSuffix = (suffix: string): ValueKind | undefined => KIND_OF[suffix];

/** The one `value[x]` key an answer has, or undefined when it has none or more than one. */
export function answerKey(answer: Answer): AnswerKey | undefined {
  let found: AnswerKey | undefined;
  for (const key of ANSWER_KEYS) {
    if (answer[key] === undefined) continue;
    if (found) return undefined;
    found = key;
  }
  return found;
}

/** The value an answer holds, as compared; undefined when it holds none the engine reads. */
export function answerValue(answer: Answer): Value | undefined {
  const key = answerKey(answer);
  const suffix = key?.slice('value'.length);
  return key && suffix && hasShape(suffix, answer[key]) ? valueOf(suffix, answer[key]) : undefined;
}

/** A `value[x]` / `answer[x]` / `initial[x]` of suffix `suffix` (`Coding`) as a `Value`. */
export function valueOf(suffix: string, raw: unknown): Value | undefined {
  const kind = kindOfSuffix(suffix);
  if (!kind) return undefined;
  return { kind, value: raw } as Value;
}

const DATE =
  /^(?:[0-9](?:[0-9](?:[0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$/;
const TIME = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\.[0-9]+)?$/;
const DATE_TIME =
  /^(?:[0-9](?:[0-9](?:[0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01])(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\.[0-9]+)?(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
const URI = /^\S+$/;

/** True when `raw` is a well-formed value of FHIR type `suffix` (`Date`, `Integer`, …). */
export function isWellFormed(suffix: string, raw: unknown): boolean {
  switch (suffix) {
    case 'Boolean':
      return typeof raw === 'boolean';
    case 'Decimal':
      return typeof raw === 'number' && Number.isFinite(raw);
    case 'Integer':
      return typeof raw === 'number' && Number.isInteger(raw) && raw >= -2147483648 && raw <= 2147483647;
    case 'Date':
      return typeof raw === 'string' && DATE.test(raw);
    case 'DateTime':
      return typeof raw === 'string' && DATE_TIME.test(raw);
    case 'Time':
      return typeof raw === 'string' && TIME.test(raw);
    case 'String':
      return typeof raw === 'string' && raw.trim() !== '';
    case 'Uri':
      return typeof raw === 'string' && URI.test(raw);
    case 'Coding':
      return isRecord(raw) && (typeof raw.code === 'string' || typeof raw.display === 'string');
    case 'Quantity':
      return isRecord(raw) && typeof raw.value === 'number' && Number.isFinite(raw.value);
    default:
      return false;
  }
}

/**
 * True when `raw` has the JSON shape of FHIR type `suffix` (a string for a date, an object for a
 * Coding…), well-formed or not: what an answer must be to be kept at all.
 */
export function hasShape(suffix: string, raw: unknown): boolean {
  switch (suffix) {
    case 'Boolean':
      return typeof raw === 'boolean';
    case 'Decimal':
    case 'Integer':
      return typeof raw === 'number';
    case 'Coding':
    case 'Quantity':
      return isRecord(raw);
    default:
      return typeof raw === 'string';
  }
}

/** Two codings are the same answer when their systems and codes are. */
export const sameCoding = (a: Coding, b: Coding): boolean =>
  a.code !== undefined && a.code === b.code && (a.system ?? '') === (b.system ?? '');

/** Two quantities are in the same unit when their UCUM codes (else unit texts) are. */
const sameUnit = (a: Quantity, b: Quantity): boolean =>
  a.code !== undefined || b.code !== undefined
    ? a.code === b.code && (a.system ?? '') === (b.system ?? '')
    : (a.unit ?? '') === (b.unit ?? '');

/**
 * Dates and dateTimes in order, with FHIRPath's partial precision: `2024` and `2024-05` compare
 * only when the shorter decides (`2023` < `2024-05`); otherwise undefined. Two dateTimes with a
 * time compare as instants (time zones applied).
 */
function compareTemporal(a: string, b: string): number | undefined {
  if (a.length > 10 && b.length > 10) {
    const x = Date.parse(a);
    const y = Date.parse(b);
    return Number.isNaN(x) || Number.isNaN(y) ? undefined : Math.sign(x - y);
  }
  const n = Math.min(a.length, b.length, 10);
  const pa = a.slice(0, n);
  const pb = b.slice(0, n);
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.length === b.length ? 0 : undefined;
}

/**
 * How `a` compares to `b`: negative, 0 or positive, or undefined when they cannot be ordered
 * (other kinds, codings, booleans, other units, unequal precisions). Equality alone is `equals`.
 */
export function compare(a: Value, b: Value): number | undefined {
  if (a.kind === 'number' && b.kind === 'number') return Math.sign(a.value - b.value);
  if (a.kind === 'temporal' && b.kind === 'temporal') return compareTemporal(a.value, b.value);
  if (a.kind === 'time' && b.kind === 'time') {
    const x = a.value.padEnd(12, '0');
    const y = b.value.padEnd(12, '0');
    return x === y ? 0 : x < y ? -1 : 1;
  }
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    const x = a.value.value;
    const y = b.value.value;
    return x === undefined || y === undefined || !sameUnit(a.value, b.value) ? undefined : Math.sign(x - y);
  }
  return undefined;
}

/** True when `a` and `b` are the same value (codings by system and code). */
export function equals(a: Value, b: Value): boolean {
  if (a.kind === 'boolean' && b.kind === 'boolean') return a.value === b.value;
  if (a.kind === 'string' && b.kind === 'string') return a.value === b.value;
  if (a.kind === 'coding' && b.kind === 'coding') return sameCoding(a.value, b.value);
  return compare(a, b) === 0;
}
