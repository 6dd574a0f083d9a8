/**
 * Repeating groups: adding and removing repetitions, and which instance a condition looks at
 * when an item has several. Loaded only for a template with a repeating group (see `parts.ts`):
 * without one every item has exactly one instance.
 */
import type { Change, ItemNode, Node, QuestionnaireEngine } from './engine.js';
import type { TemplateItem } from './questionnaire.js';

/** Adds a repetition of the repeating group `node` after it, with the template's initial answers. */
export function addRepetition(engine: QuestionnaireEngine, node: Node): Change & { readonly added: ItemNode } {
  const parent = node.up!;
  const added = engine.instance(node.item, parent, 'initial', '', []);
  parent.children.splice(parent.children.indexOf(node) + 1, 0, added);
  const toggled: Node[] = [];
  engine.settle(added, toggled);
  engine.calculator?.initialExpressions(added);
  return { ...engine.finish(toggled), added };
}

/** Removes the repetition `node`; the last one left is replaced by a new one. */
export function removeRepetition(engine: QuestionnaireEngine, node: Node): Change & { readonly added?: ItemNode } {
  const parent = node.up!;
  const index = parent.children.indexOf(node);
  const last = engine.instances.get(node.item.linkId)!.filter((n) => n.up === parent).length === 1;
  const linkIds = new Set<string>();
  forget(engine, node, linkIds);
  parent.children.splice(index, 1);
  const toggled: Node[] = [];
  let added: Node | undefined;
  if (last) {
    added = engine.instance(node.item, parent, 'initial', '', []);
    parent.children.splice(index, 0, added);
    engine.settle(added, toggled);
    engine.calculator?.initialExpressions(added);
  }
  const pending = new Set<TemplateItem>();
  for (const linkId of linkIds) for (const d of engine.questionnaire.dependants.get(linkId) ?? []) pending.add(d);
  engine.propagate(pending, toggled);
  const change = engine.finish(toggled);
  return added ? { ...change, added } : change;
}

function forget(engine: QuestionnaireEngine, node: Node, linkIds: Set<string>): void {
  engine.calculator?.changed(true);
  for (const child of node.children) forget(engine, child, linkIds);
  engine.byId.delete(node.id);
  const list = engine.instances.get(node.item.linkId)!;
  list.splice(list.indexOf(node), 1);
  if (node.enabled) engine.total -= node.weight;
  linkIds.add(node.item.linkId);
}

/**
 * Of the instances `list` of a question (more than one: in repeating groups), the one a condition
 * of `node` looks at: the nearest, following the ancestor axis first: the one under the closest
 * common ancestor; among those, the closest before `node`, else the closest after. Never simply
 * the first in the response.
 */
export function nearest(node: Node, list: readonly Node[]): Node | undefined {
  const depthOf = new Map<Node, number>();
  let d = node.depth;
  for (let n: Node | undefined = node; n; n = n.up) depthOf.set(n, d--);
  let best: Node[] = [];
  let bestDepth = -1;
  for (const candidate of list) {
    let n: Node | undefined = candidate;
    while (n && !depthOf.has(n)) n = n.up;
    const depth = n ? depthOf.get(n)! : -1;
    if (depth > bestDepth) {
      bestDepth = depth;
      best = [candidate];
    } else if (depth === bestDepth) {
      best.push(candidate);
    }
  }
  if (best.length === 1) return best[0];
  let before: Node | undefined;
  let after: Node | undefined;
  for (const candidate of best) {
    if (documentOrder(candidate, node) < 0) {
      if (!before || documentOrder(candidate, before) > 0) before = candidate;
    } else if (!after || documentOrder(candidate, after) < 0) {
      after = candidate;
    }
  }
  return before ?? after;
}

/** Negative when `a` comes before `b` in the document, positive after, 0 for the same node. */
function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const pathOf = (n: Node) => {
    const path: number[] = [];
    for (let x = n; x.up; x = x.up) path.push(x.up.children.indexOf(x));
    return path.reverse();
  };
  const pa = pathOf(a);
  const pb = pathOf(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return pa.length - pb.length;
}
