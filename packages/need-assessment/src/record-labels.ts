/**
 * The assessment's own words (its grounds, who initiated it, its status): a module apart from
 * `labels.ts`, whose words the form needs, so that only the record's views (loaded with
 * `assessment-id`) carry these.
 */
import { msg } from '@lit/localize';
import type { AssessmentGround, AssessmentStatus, InitiatorKind, TriggerKind } from '@saumaton/core';

/** A ground an assessment is initiated on (SHL § 36), in words. */
export function groundLabel(ground: AssessmentGround): string {
  switch (ground) {
    case 'urgent':
      return msg('Urgent need for assistance');
    case 'over-75':
      return msg('Client aged over 75');
    case 'highest-care-allowance':
      return msg('Client receives the highest care allowance');
    case 'child-special-support':
      return msg('Child in need of special support');
    case 'other':
      return msg('Other grounds');
  }
}

/** What the deadlines count from (703/2023 § 41), as a choice in the form. */
export function triggerKindLabel(kind: TriggerKind): string {
  return kind === 'contact' ? msg('Contact was made') : msg('The matter became pending');
}

/** Who initiated an assessment. */
export function initiatorKindLabel(kind: InitiatorKind): string {
  switch (kind) {
    case 'client':
      return msg('The client');
    case 'close-person':
      return msg('A close person');
    case 'professional':
      return msg('A professional');
    case 'other-authority':
      return msg('Another authority (a notification)');
    case 'other':
      return msg('Someone else');
  }
}

/** Where an assessment stands, in words. */
export function assessmentStatusLabel(status: AssessmentStatus): string {
  switch (status) {
    case 'in-progress':
      return msg('In progress');
    case 'completed':
      return msg('Completed');
    case 'amended':
      return msg('Completed, amended afterwards');
    case 'stopped':
      return msg('Stopped');
  }
}
