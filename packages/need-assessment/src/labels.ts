/**
 * The widget's words for what the engine reports by code: problems with an answer (why a template
 * cannot be shown is `template-issues.ts`, loaded only then). The engine's own messages are
 * English, for developers (the console); the user reads these, in the page's language.
 */
import { msg, str } from '@lit/localize';
import type { Problem } from '@saumaton/questionnaire/lazy';

export function problemMessage(problem: Problem): string {
  const limit = String(problem.limit ?? '');
  switch (problem.code) {
    case 'required-missing':
      return msg('An answer is required.');
    case 'min-occurs':
      return msg(str`Give at least ${limit} answers.`);
    case 'max-occurs':
      return msg(str`Give at most ${limit} answers.`);
    case 'invalid-format':
      return msg('Check the format of the answer.');
    case 'max-length':
      return msg(str`The answer may be at most ${limit} characters long.`);
    case 'min-value':
      return msg(str`The answer must be at least ${limit}.`);
    case 'max-value':
      return msg(str`The answer must be at most ${limit}.`);
    case 'not-an-option':
      return msg('Choose one of the options.');
  }
}
