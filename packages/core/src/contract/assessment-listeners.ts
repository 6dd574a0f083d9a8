import { RecordListeners } from './record-listeners.js';
import type { Assessment } from '../model/assessment.js';

/**
 * The assessment listeners of an adapter's `subscribe()`: each gets a copy of every new version of
 * the assessment its ref names (a draft saved, its completion, an amendment).
 */
export class AssessmentListeners extends RecordListeners<Assessment, { readonly assessmentId: string }> {
  constructor() {
    super((ref, assessment) => ref.assessmentId === assessment.id);
  }
}
