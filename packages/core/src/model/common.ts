import * as v from './schema.js';

/** An identifier: non-empty, no longer than a FHIR id or an OID needs, no control characters. */
export const IdSchema = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(256, 'is too long'),
  v.regex(/^[^\p{Cc}]*$/u, 'must not contain control characters'),
);

/** A short text a person reads: a name, a title. Rendered as text, never as HTML. */
export const ShortTextSchema = v.pipe(v.string(), v.maxLength(500, 'is too long'));

/** A short text that must say something. */
export const NameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(500, 'is too long'),
);

/** A longer text: a decision, a responsibility. */
export const LongTextSchema = v.pipe(v.string(), v.maxLength(10_000, 'is too long'));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** True for an ISO 8601 calendar date (`2026-11-24`) or date-time that names a real day. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return true;
}

/** An ISO 8601 date or date-time string; dates cross the adapter boundary as strings. */
export const IsoDateSchema = v.pipe(v.string(), v.check(isIsoDate, 'must be an ISO 8601 date'));

/** A period with an optional start and end, the end not before the start. */
export const PeriodSchema = v.pipe(
  v.object({
    start: v.optional(IsoDateSchema),
    end: v.optional(IsoDateSchema),
  }),
  v.check(
    (p) => p.start === undefined || p.end === undefined || p.start.slice(0, 10) <= p.end.slice(0, 10),
    'must not end before it starts',
  ),
);
export type Period = v.InferOutput<typeof PeriodSchema>;

/** A telephone number as people write them: digits, spaces, dashes, brackets, a leading +. */
export const PhoneSchema = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^\+?[0-9(][0-9 ()-]{2,30}$/, 'must be a telephone number'),
);

export const EmailSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(254, 'is too long'),
  v.email('must be an email address'),
);

/** Work contact details. Under `turvakielto` the client-side ones are never shown. */
export const ContactSchema = v.object({
  phone: v.optional(PhoneSchema),
  email: v.optional(EmailSchema),
});
export type Contact = v.InferOutput<typeof ContactSchema>;
