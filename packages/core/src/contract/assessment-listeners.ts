import { copyJson } from './json.js';
import type { SubscriptionRef } from './stores.js';
import type { Versioned } from './versioned.js';
import type { Assessment } from '../model/assessment.js';

/**
 * The assessment listeners of an adapter's `subscribe()`: each gets a copy of every new version of
 * the assessment its ref names (a draft saved, its completion, an amendment).
 */
export class AssessmentListeners {
  private readonly entries = new Set<{
    readonly assessmentId: string;
    readonly listener: (assessment: Versioned<Assessment>) => void;
  }>();

  get size(): number {
    return this.entries.size;
  }

  /** Adds a listener for the assessment `ref` names; returns the function that removes it. */
  add(ref: SubscriptionRef<'assessment'>, listener: (assessment: Versioned<Assessment>) => void): () => void {
    const entry = { assessmentId: ref.assessmentId, listener };
    this.entries.add(entry);
    return () => this.entries.delete(entry);
  }

  notify(assessment: Versioned<Assessment>): void {
    for (const { assessmentId, listener } of this.entries) {
      if (assessmentId !== assessment.value.id) continue;
      try {
        listener(copyJson(assessment));
      } catch (error) {
        // One failing listener must neither stop the others nor fail the write that notified.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }
}
