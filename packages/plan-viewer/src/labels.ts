/**
 * The plan's words, in the user's language: statuses, kinds and section headings, for a
 * professional or, in plain language, for the client. A status another system wrote, which this
 * version does not know, is shown as written.
 */
import { msg, str } from '@lit/localize';
import type { ReviewStatus } from '@saumaton/core';

export type Audience = 'professional' | 'client';

export function planStatusLabel(status: string, audience: Audience): string {
  const client = audience === 'client';
  switch (status) {
    case 'draft':
      return client ? msg('Still being made') : msg('Draft');
    case 'active':
      return client ? msg('In use') : msg('Active');
    case 'on-hold':
      return client ? msg('Paused') : msg('On hold');
    case 'completed':
      return client ? msg('Ended') : msg('Completed');
    case 'entered-in-error':
      return msg('Made by mistake');
    default:
      return status;
  }
}

/** A planned service's status: never a decision (no "granted", no "approved"). */
export function serviceStatusLabel(status: string, audience: Audience): string {
  const client = audience === 'client';
  switch (status) {
    case 'planned':
      return client ? msg('Agreed in the plan') : msg('Planned');
    case 'applied':
      return msg('Applied for, decision pending');
    case 'ongoing':
      return client ? msg('Going on now') : msg('Ongoing');
    case 'paused':
      return msg('Paused');
    case 'ended':
      return msg('Ended');
    case 'cancelled':
      return msg('Cancelled');
    default:
      return status;
  }
}

export function producerTypeLabel(type: string): string {
  switch (type) {
    case 'own-production':
      return msg('Own production');
    case 'service-voucher':
      return msg('Service voucher');
    case 'purchased-service':
      return msg('Purchased service');
    case 'employment-services':
      return msg('Employment services');
    case 'personal-budget':
      return msg('Personal budget');
    case 'other-sector':
      return msg('Other sector');
    default:
      return type;
  }
}

export function goalStatusLabel(status: string, audience: Audience): string {
  const client = audience === 'client';
  switch (status) {
    case 'proposed':
      return client ? msg('Suggested') : msg('Proposed');
    case 'active':
      return client ? msg('Working on it') : msg('Active');
    case 'on-hold':
      return client ? msg('Paused') : msg('On hold');
    case 'achieved':
      return msg('Achieved');
    case 'not-achieved':
      return msg('Not achieved');
    case 'cancelled':
      return msg('Cancelled');
    default:
      return status;
  }
}

export function achievementLabel(achievement: string): string {
  switch (achievement) {
    case 'achieved':
      return msg('Achieved');
    case 'partly-achieved':
      return msg('Partly achieved');
    case 'not-achieved':
      return msg('Not achieved');
    case 'improving':
      return msg('Improving');
    case 'no-change':
      return msg('No change');
    case 'worsening':
      return msg('Worsening');
    default:
      return achievement;
  }
}

export function setByLabel(kind: string, audience: Audience): string {
  const client = audience === 'client';
  switch (kind) {
    case 'client':
      return client ? msg('You') : msg('The client');
    case 'professional':
      return msg('A professional');
    case 'together':
      return client ? msg('You and the professionals together') : msg('The client and the professionals together');
    default:
      return kind;
  }
}

export function partyLabel(party: string, audience: Audience): string {
  switch (party) {
    case 'client':
      return audience === 'client' ? msg('You') : msg('The client');
    case 'coordinator':
      return msg('Coordinator');
    case 'producer':
      return msg('Service producer');
    case 'close-person':
      return msg('Close person');
    default:
      return msg('Other');
  }
}

export function personKindLabel(kind: string): string {
  switch (kind) {
    case 'guardian':
      return msg('Guardian');
    case 'legal-representative':
      return msg('Legal representative');
    case 'authorised-person':
      return msg('Authorised person');
    case 'close-person':
      return msg('Close person');
    case 'support-person':
      return msg('Support person');
    case 'named-worker':
      return msg('Named worker');
    default:
      return msg('Worker responsible for the client’s services');
  }
}

/** The next review in words first: "Overdue by 3 days", "Due today", "In 5 days". */
export function reviewText(status: ReviewStatus): string {
  if (status.kind === 'due-today') return msg('Due today');
  const n = status.days;
  if (status.kind === 'overdue') return n === 1 ? msg('Overdue by 1 day') : msg(str`Overdue by ${n} days`);
  return n === 1 ? msg('In 1 day') : msg(str`In ${n} days`);
}
