/**
 * What only the consent as a form control needs (`name` set): the answer form, the consent an
 * answer makes, the rules it is checked by and their wording for the client. `<saumaton-consent-form>`
 * loads this module with `import()` (`LazyModule`) in a host form, so a page that shows a
 * client's consents never downloads it.
 */
import { msg } from '@lit/localize';
import type { Consent } from '@saumaton/core';
import { warnOnce, type ValidationProblem } from '@saumaton/elements';
import type { Answer } from './answer.js';
import { checkAnswer } from './answer.js';
import { answerRuleMessage } from './rule-labels.js';

export { answerOf, canonicalJson, checkAnswer, consentOf } from './answer.js';
export { answerRuleMessage } from './rule-labels.js';
export { answerForm } from './views/answer-form.js';
export { explanationSentences } from './views/explanation.js';

/** The answer after the user changed `target`; undefined when `target` is none of the answer's. */
export function answerChange(answer: Answer, target: HTMLInputElement | HTMLSelectElement): Answer | undefined {
  const checked = target instanceof HTMLInputElement && target.checked;
  switch (target.name) {
    case 'decision':
      return {
        ...answer,
        decision: target.type === 'radio' ? (target.value as Answer['decision']) : checked ? 'yes' : '',
      };
    case 'informed':
      return { ...answer, informed: checked };
    case 'printout':
      return { ...answer, printout: checked };
    case 'actorKind':
      return { ...answer, actorKind: target.value as Answer['actorKind'] };
    case 'actorName':
      return { ...answer, actorName: target.value };
    default:
      return undefined;
  }
}

/**
 * The rule `consent` breaks, said for the client; or, when the host's preset cannot make a
 * consent at all, that the form cannot be answered (and, for the developer, why). `name` is the
 * element's, for the warning.
 */
export function answerProblem(consent: Consent, name: string | null | undefined): ValidationProblem | null {
  const checked = checkAnswer(consent);
  if (checked.ok) return null;
  if (checked.shape) {
    warnOnce(
      'consent:preset',
      `<saumaton-consent-form name="${name ?? ''}">: the consent does not fit the model (${checked.issues.map((i) => `${i.path} ${i.message}`).join('; ')}): check its value and client-id.`,
    );
    return {
      flags: { badInput: true },
      message: msg('This form is missing information from the service, so it cannot be answered. Tell the service.'),
    };
  }
  return { flags: { badInput: true }, message: answerRuleMessage(checked.issues[0]!) };
}
