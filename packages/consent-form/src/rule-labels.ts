import { msg } from '@lit/localize';
import type { ValidationIssue } from '@saumaton/core';

/** A broken consent rule (or a field this widget's forms check), said so that the professional knows what to change. */
export function ruleMessage(issue: ValidationIssue): string {
  switch (issue.code) {
    case 'informing-required':
      return msg('Give the client the information about Kanta Services before the consent to data sharing.');
    case 'informing-after-permit':
      return msg('The information about Kanta Services must come before the consent applies.');
    case 'data-classes-1-to-3':
      return msg('Sharing between social care and health care names 1 to 3 kinds of information.');
    case 'data-classes-cross-sector-only':
      return msg('Only sharing between social care and health care names kinds of information.');
    case 'recipients-required':
      return msg('Name the organisations that may receive the information.');
    case 'guardian-cannot-prohibit':
      return msg('A guardian cannot set a denial of consent for a minor.');
    case 'prohibition-own-producer':
      return msg(
        'A denial of consent cannot stop sharing between the wellbeing services county and its own service producers.',
      );
    case 'consequences-required':
      return msg('Record what the client was told about the consequences of the denial.');
    case 'guardian-target-minor-only':
      return msg('Only a minor client themselves can forbid sharing with their guardian.');
    case 'weighty-reason-required':
      return msg('Record the weighty reason for forbidding sharing with the guardian.');
    case 'actor-competence':
      return msg('The competence does not fit the person who decides.');
    case 'representative-name-required':
      return msg('Give the name of the representative.');
    case 'oral-needs-professional':
      return msg('An oral consent or revocation is recorded by a named professional.');
    case 'ends-before-valid-from':
      return msg('It cannot end before it applies.');
    case 'already-revoked':
      return msg('This consent has already been revoked.');
    case 'refusal-not-revocable':
      return msg('A refused consent cannot be revoked: nothing was given.');
    case 'revocation-before-valid-from':
      return msg('The revocation cannot come before the consent applies.');
    case 'revoker-kind':
      return msg('A consent is revoked by the person who may give it.');
    case 'exception-needs-professional':
      return msg('The statutory exception is documented by a professional.');
    case 'date-required':
      return msg('Give the date.');
    case 'choose':
      return msg('Choose one.');
    case 'organization-required':
      return msg('Give the name of the organisation.');
    case 'purpose-required':
      return msg('Give the purpose.');
    case 'target-required':
      return msg('Name whom or what the denial concerns.');
    case 'invalid':
      return msg('Check this field.');
    default:
      return msg('The consent breaks a rule.');
  }
}

/** A broken rule said to the client answering in a form, where a professional's wording would not do. */
export function answerRuleMessage(issue: ValidationIssue): string {
  switch (issue.code) {
    case 'informing-required':
      return msg('Tick that you have been told about Kanta Services.');
    case 'representative-name-required':
      return msg('Give the name of the person answering for the client.');
    case 'guardian-cannot-prohibit':
      return msg('A guardian cannot forbid sharing on behalf of a minor.');
    case 'actor-competence':
      return msg('Check who answers.');
    default:
      return ruleMessage(issue);
  }
}
