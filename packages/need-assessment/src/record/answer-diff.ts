import type { QuestionnaireResponseItem } from '@saumaton/core';
import { textIn, type Questionnaire } from '@saumaton/questionnaire/lazy';

/** Each item's answers by its place (`linkId` path with the repetition's index), as JSON. */
function flatten(
  items: readonly QuestionnaireResponseItem[],
  prefix: string,
  into: Map<string, string>,
  linkIds: Map<string, string>,
): void {
  const seen = new Map<string, number>();
  for (const item of items) {
    const index = seen.get(item.linkId) ?? 0;
    seen.set(item.linkId, index + 1);
    const key = `${prefix}/${item.linkId}#${index}`;
    linkIds.set(key, item.linkId);
    const answers = (item.answer ?? []).map(({ item: _nested, ...value }) => value);
    if (answers.length) into.set(key, JSON.stringify(answers));
    if (item.item) flatten(item.item, key, into, linkIds);
    (item.answer ?? []).forEach((answer, i) => {
      if (answer.item) flatten(answer.item, `${key}@${i}`, into, linkIds);
    });
  }
}

/**
 * The questions whose answers differ between `mine` and `theirs`, as their texts in `language`
 * (each once, in the order they first differ): what a conflict tells the user changed.
 */
export function changedItems(
  mine: readonly QuestionnaireResponseItem[],
  theirs: readonly QuestionnaireResponseItem[],
  questionnaire: Questionnaire | undefined,
  language: string,
): string[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  const linkIds = new Map<string, string>();
  flatten(mine, '', a, linkIds);
  flatten(theirs, '', b, linkIds);
  const changed = new Set<string>();
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(key) !== b.get(key)) changed.add(linkIds.get(key)!);
  }
  return [...changed].map((linkId) => {
    const item = questionnaire?.byLinkId.get(linkId);
    return (item && textIn(item.texts.text, language)) ?? item?.text ?? linkId;
  });
}
