import type { ClientView, QuestionnaireResponseItem } from '@saumaton/core';
import type { Questionnaire } from '@saumaton/questionnaire/lazy';

/**
 * Marks the items of a template that ask for the client's own view (SHL § 37), with `valueCode`
 * `obstacle` (a boolean: the view cannot be found out because of an obvious obstacle), `view`
 * (the client's view, text) or `obstacle-reason` (text). A template that has them asks the
 * question itself; the assessment's `clientView` is then read from their answers.
 */
export const CLIENT_VIEW_EXTENSION = 'https://saumaton.fi/fhir/StructureDefinition/assessment-client-view';

type Role = 'obstacle' | 'view' | 'obstacle-reason';

/** The linkIds of the template's client-view items by their role; undefined when it has none. */
export function clientViewItems(questionnaire: Questionnaire | undefined): Partial<Record<Role, string>> | undefined {
  if (!questionnaire) return undefined;
  // Asked on every render of the record: the template's items are walked once.
  if (!cache.has(questionnaire)) cache.set(questionnaire, findClientViewItems(questionnaire));
  return cache.get(questionnaire);
}

const cache = new WeakMap<Questionnaire, Partial<Record<Role, string>> | undefined>();

function findClientViewItems(questionnaire: Questionnaire): Partial<Record<Role, string>> | undefined {
  const found: Partial<Record<Role, string>> = {};
  for (const item of questionnaire.byLinkId.values()) {
    const extensions = item.source.extension;
    if (!Array.isArray(extensions)) continue;
    for (const extension of extensions as { url?: unknown; valueCode?: unknown }[]) {
      const role = extension.valueCode;
      if (
        extension.url === CLIENT_VIEW_EXTENSION &&
        (role === 'obstacle' || role === 'view' || role === 'obstacle-reason')
      ) {
        found[role] ??= item.linkId;
      }
    }
  }
  return found.view || found.obstacle ? found : undefined;
}

/** The first answer of `linkId` anywhere in `items`. */
function answerOf(items: readonly QuestionnaireResponseItem[], linkId: string): Record<string, unknown> | undefined {
  for (const item of items) {
    if (item.linkId === linkId && item.answer?.length) return item.answer[0];
    const nested = [...(item.item ?? []), ...(item.answer ?? []).flatMap((a) => a.item ?? [])];
    const found = nested.length ? answerOf(nested, linkId) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The client's view as the template's items hold it in `answers`; undefined when not answered. */
export function clientViewFrom(
  items: Partial<Record<Role, string>>,
  answers: readonly QuestionnaireResponseItem[],
): ClientView | undefined {
  const text = (linkId: string | undefined) => {
    const value = linkId ? answerOf(answers, linkId)?.valueString : undefined;
    return typeof value === 'string' && value.trim() ? value : undefined;
  };
  const obstacle = items.obstacle ? answerOf(answers, items.obstacle)?.valueBoolean : undefined;
  if (obstacle === true) return { kind: 'obstacle', reason: text(items['obstacle-reason']) ?? '' };
  const view = text(items.view);
  if (view) return { kind: 'given', text: view };
  return undefined;
}
