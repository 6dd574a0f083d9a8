import { ValidationError } from '@saumaton/core';
import { parseQuestionnaire, QuestionnaireEngine, type ItemNode } from '@saumaton/questionnaire';

/** A Questionnaire resource with these items. */
export const questionnaire = (item: unknown[], more: Record<string, unknown> = {}) => ({
  resourceType: 'Questionnaire',
  status: 'active',
  url: 'https://example.org/Questionnaire/test',
  item,
  ...more,
});

/** An engine on a new response for these items (or on `response`). */
export const engineOf = (item: unknown[], response?: unknown, more: Record<string, unknown> = {}) =>
  new QuestionnaireEngine(parseQuestionnaire(questionnaire(item, more)), response);

/** The single instance of a linkId (fails when there is not exactly one). */
export function only(engine: QuestionnaireEngine, linkId: string): ItemNode {
  const list = engine.instancesOf(linkId);
  if (list.length !== 1) throw new Error(`${String(list.length)} instances of "${linkId}"`);
  return list[0]!;
}

/** The instances of a linkId in document order. */
export function inOrder(engine: QuestionnaireEngine, linkId: string): ItemNode[] {
  const found: ItemNode[] = [];
  const walk = (nodes: readonly ItemNode[]) => {
    for (const n of nodes) {
      if (n.item.linkId === linkId) found.push(n);
      walk(n.children);
    }
  };
  walk(engine.items);
  return found;
}

/** The ValidationError `run` throws (fails when it throws nothing or something else). */
export function refusal(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

export const yes = { valueBoolean: true };
export const no = { valueBoolean: false };
