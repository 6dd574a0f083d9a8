import type { Assessment } from '@saumaton/core';

export interface SaumatonAssessmentSubmittedDetail {
  /** The assessment as saved: `completed`, or `amended` when an earlier completed version was amended. */
  readonly assessment: Assessment;
  /** The version the backend gave it. */
  readonly version: string;
}

/**
 * Fired by `<saumaton-need-assessment>` when an assessment was completed (or an amendment of a
 * completed one saved) and the adapter confirmed it: every required answer was there, the
 * client's own view or the obstacle to it was recorded, answers of disabled items were left out.
 */
export class SaumatonAssessmentSubmittedEvent extends CustomEvent<SaumatonAssessmentSubmittedDetail> {
  constructor(detail: SaumatonAssessmentSubmittedDetail) {
    super('saumaton-assessment-submitted', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'saumaton-assessment-submitted': SaumatonAssessmentSubmittedEvent;
  }
}
