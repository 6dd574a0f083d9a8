import * as v from './schema.js';
import { IdSchema, NameSchema } from './common.js';

/**
 * A Finnish personal identity code (`henkilötunnus`): six digits of birth date, the century
 * sign, three digits and a check character. Shown masked, never whole.
 */
export const IdentityCodeSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.regex(/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/, 'must be a personal identity code'),
);

/** A BCP 47 language tag such as `fi`, `sv` or `se` (North Sámi). */
export const LanguageTagSchema = v.pipe(
  v.string(),
  v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag'),
);

export const ClientSchema = v.object({
  id: IdSchema,
  name: NameSchema,
  identityCode: v.optional(IdentityCodeSchema),
  languageOfService: v.optional(LanguageTagSchema),
  /** Non-disclosure for safety: the client's and their close persons' contact details are never shown. */
  turvakielto: v.boolean(),
});
export type Client = v.InferOutput<typeof ClientSchema>;
