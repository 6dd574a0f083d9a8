import * as v from './schema.js';
import { IdSchema, NameSchema } from './common.js';

/**
 * How a service is produced, in today's vocabulary (the seeds' 2018–19 freedom-of-choice terms
 * map onto these): the county's own production, a purchased service, a service voucher, a
 * personal budget, or another sector (employment services, education, Kela, an NGO).
 */
export const PRODUCER_TYPES = [
  'own-production',
  'purchased-service',
  'service-voucher',
  'personal-budget',
  'other-sector',
] as const;
export const ProducerTypeSchema = v.picklist(PRODUCER_TYPES);
export type ProducerType = v.InferOutput<typeof ProducerTypeSchema>;

/** An organisation: its id is the SOTE-organisation OID where one is known. */
export const OrganizationRefSchema = v.object({
  id: IdSchema,
  name: NameSchema,
  producerType: v.optional(ProducerTypeSchema),
});
export type OrganizationRef = v.InferOutput<typeof OrganizationRefSchema>;
