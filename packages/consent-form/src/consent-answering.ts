/**
 * What only the consent as a form control needs (`name` set): the answer form, the consent an
 * answer makes, the rules it is checked by and their wording for the client. `<saumaton-consent-form>`
 * loads this module with `import()` (`LazyModule`) in a host form, so a page that shows a
 * client's consents never downloads it.
 */
import type { Answer } from './answer.js';

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
