import * as v from './schema.js';
import { IdSchema } from './common.js';

/**
 * Who is looking: decides what a widget offers to edit and what it redacts. The server still
 * enforces access; a widget never shows what its viewer may not see.
 */
export const ViewerSchema = v.object({
  kind: v.picklist(['professional', 'client', 'representative']),
  organizationId: v.optional(IdSchema),
  practitionerId: v.optional(IdSchema),
});
export type Viewer = v.InferOutput<typeof ViewerSchema>;
