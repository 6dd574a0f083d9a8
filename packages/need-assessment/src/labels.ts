/**
 * The widget's words for what the engine reports by code: problems with an answer, and why a
 * template cannot be shown. The engine's own messages are English, for developers (the console);
 * the user reads these, in the page's language.
 */
import { msg, str } from '@lit/localize';
import type { ValidationIssue } from '@saumaton/core';
import { getLocale } from '@saumaton/elements';
import { textIn, translatableOf, type Problem } from '@saumaton/questionnaire';

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

/** What is wrong with one item of a template, naming the item (its text, else its linkId). */
export function templateIssueMessage(issue: ValidationIssue, template: unknown): string {
  const item = itemAt(template, issue.path);
  const language = (template as { language?: unknown } | null)?.language;
  const text = item
    ? textIn(translatableOf(item, 'text', typeof language === 'string' ? language : undefined), getLocale())
    : undefined;
  const name = text || (typeof item?.linkId === 'string' ? item.linkId : '');
  if (issue.code === 'unsupported') {
    return name
      ? msg(str`Item “${name}” uses a construct that this form cannot show.`)
      : msg('The template uses a construct that this form cannot show.');
  }
  if (issue.code === 'enable-when-cycle') {
    return name
      ? msg(str`The conditions of item “${name}” depend on each other in a cycle.`)
      : msg('Conditions of the template depend on each other in a cycle.');
  }
  return name ? msg(str`Item “${name}” is malformed.`) : msg('The template is malformed.');
}

/** The deepest item on an issue's path in the JSON (`item.0.item.2.extension.1` → the second's third). */
function itemAt(template: unknown, path: string): Record<string, unknown> | undefined {
  let current: unknown = template;
  let found: Record<string, unknown> | undefined;
  const parts = path.split('.');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    if (parts[i] !== 'item') break;
    const list = (current as { item?: unknown } | null)?.item;
    const next: unknown = Array.isArray(list) ? list[Number(parts[i + 1])] : undefined;
    if (typeof next !== 'object' || next === null) break;
    found = next as Record<string, unknown>;
    current = next;
  }
  return found;
}
