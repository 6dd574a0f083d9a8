/**
 * Naming what an enableWhen cycle holds up: loaded only for a template that has one (see
 * `parts.ts`).
 */
import { ValidationError } from '@saumaton/core';
import type { TemplateItem } from './questionnaire.js';

/**
 * Kahn's order over the relations of `orderForEvaluation` (an item after its parent and after
 * what its enableWhen looks at), to name what a cycle holds up: the items left when no more can
 * be taken. Throws the `enable-when-cycle` ValidationError.
 */
export function stuckIn(
  items: readonly TemplateItem[],
  dependants: ReadonlyMap<string, readonly TemplateItem[]>,
): never {
  const waiting = new Map<TemplateItem, number>(items.map((item) => [item, 0]));
  const after = (item: TemplateItem) => [...item.children, ...(dependants.get(item.linkId) ?? [])];
  for (const item of items) for (const next of after(item)) waiting.set(next, waiting.get(next)! + 1);
  const ready = items.filter((item) => waiting.get(item) === 0);
  for (let item = ready.pop(); item; item = ready.pop()) {
    for (const next of after(item)) {
      const left = waiting.get(next)! - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  throw new ValidationError(
    items
      .filter((item) => waiting.get(item)! > 0)
      .map((item) => ({
        path: `${item.path}.enableWhen`,
        message: `item "${item.linkId}": its enablement depends on itself (an enableWhen cycle, or one behind it)`,
        code: 'enable-when-cycle',
      })),
  );
}
