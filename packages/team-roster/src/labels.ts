import { msg } from '@lit/localize';
import type { AccessBasis, ProducerType, TeamMember, TeamRole, TeamStatus, ValidationIssue } from '@saumaton/core';

/** A member's name as shown: one whose record the backend could not find is an unknown person. */
export function memberName(m: Pick<TeamMember, 'name' | 'unresolved'>): string {
  return m.unresolved ? msg('Unknown person') : m.name;
}

/** The team roles in the active locale (DOMAIN.md §5 terminology). */
export function roleLabel(role: TeamRole): string {
  switch (role) {
    case 'coordinator':
      return msg('Coordinator');
    case 'named-worker':
      return msg('Named worker');
    case 'responsible-worker':
      return msg('Worker responsible for the client’s services');
    case 'member':
      return msg('Team member');
    case 'consultant':
      return msg('Consultant');
    case 'client':
      return msg('Client');
    case 'close-person':
      return msg('Close person');
    case 'support-person':
      return msg('Support person');
    case 'legal-representative':
      return msg('Legal representative');
  }
}

export function producerTypeLabel(type: ProducerType): string {
  switch (type) {
    case 'own-production':
      return msg('Own production');
    case 'purchased-service':
      return msg('Purchased service');
    case 'service-voucher':
      return msg('Service voucher');
    case 'personal-budget':
      return msg('Personal budget');
    case 'other-sector':
      return msg('Other sector');
  }
}

export function statusLabel(status: TeamStatus): string {
  switch (status) {
    case 'proposed':
      return msg('Proposed');
    case 'active':
      return msg('Active');
    case 'suspended':
      return msg('Suspended');
    case 'inactive':
      return msg('Ended');
  }
}

export function accessBasisLabel(basis: AccessBasis): string {
  switch (basis) {
    case 'consent':
      return msg('Client’s consent');
    case 'statute':
      return msg('Statute');
    case 'joint-service':
      return msg('Joint service');
  }
}

/** A broken team rule, said so that the user knows what to change. */
export function ruleMessage(issue: ValidationIssue): string {
  switch (issue.code) {
    case 'one-coordinator':
      return msg('A team has one coordinator at a time.');
    case 'coordinator-required':
      return msg('An active team needs a coordinator. Hand the role over to another member first.');
    case 'responsible-worker-required':
      return msg('An active team needs a named worker or a worker responsible for the client’s services.');
    case 'unknown-participant':
      return msg('Every meeting participant must be a member of the team.');
    default:
      return msg('The change breaks a rule of the team.');
  }
}
