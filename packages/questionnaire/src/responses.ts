/**
 * Reading a saved QuestionnaireResponse into an engine: its shape checked, each response item
 * matched with its template item, and what does not fit refused by name. A part of the engine
 * of its own (`parts.ts`), loaded by `QuestionnaireEngine.create` only when there is a response
 * to read: a new form never loads it.
 */
import { ValidationError, type ValidationIssue } from '@saumaton/core';
import * as v from '@saumaton/core/schema';
import type { Node, QuestionnaireEngine } from './engine.js';
import type { Answer } from './fhir.js';
import { answerKey, hasShape } from './values.js';

/** A response item as the response gives it. */
export interface RawResponseItem {
  readonly linkId: string;
  readonly answer?: readonly (Record<string, unknown> & { item?: readonly RawResponseItem[] })[];
  readonly item?: readonly RawResponseItem[];
  readonly [key: string]: unknown;
}

const ResponseItemSchema: v.GenericSchema<RawResponseItem> = v.looseObject({
  linkId: v.string(),
  answer: v.optional(v.array(v.looseObject({ item: v.optional(v.array(v.lazy(() => ResponseItemSchema))) }))),
  item: v.optional(v.array(v.lazy(() => ResponseItemSchema))),
});

const ResponseSchema = v.looseObject({
  resourceType: v.literal('QuestionnaireResponse'),
  status: v.picklist(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  item: v.optional(v.array(ResponseItemSchema)),
});

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : `${key}`);

/** The response with its shape checked. @throws ValidationError (`invalid`) naming what is wrong. */
export function readResponse(response: unknown): v.InferOutput<typeof ResponseSchema> {
  const parsed = v.safeParse(ResponseSchema, response);
  if (!parsed.success) throw new ValidationError(parsed.issues.map((i) => ({ ...i, code: 'invalid' })));
  return parsed.output;
}

/** Makes the children of `node` from the template and the response's `items`, at `path` in the response. */
export function fill(
  engine: QuestionnaireEngine,
  node: Node,
  items: readonly RawResponseItem[],
  path: string,
  issues: ValidationIssue[],
): void {
  const known = new Set(node.item.children.map((c) => c.linkId));
  const byLinkId = new Map<string, [RawResponseItem, number][]>();
  items.forEach((raw, i) => {
    const same = byLinkId.get(raw.linkId);
    if (same) same.push([raw, i]);
    else byLinkId.set(raw.linkId, [[raw, i]]);
    if (!known.has(raw.linkId)) {
      issues.push({
        path: at(path, i),
        message: `item "${raw.linkId}" is not in the questionnaire${node.item.linkId ? ` under "${node.item.linkId}"` : ' at the top level'}`,
        code: 'unknown-item',
      });
    }
  });
  for (const child of node.item.children) {
    const matches = byLinkId.get(child.linkId) ?? [];
    if (matches.length > 1 && !(child.repeats && child.type === 'group')) {
      issues.push({
        path: at(path, matches[1]![1]),
        message: `item "${child.linkId}" is given ${matches.length} times but is not a repeating group`,
        code: 'too-many-answers',
      });
    }
    if (!matches.length) node.children.push(engine.instance(child, node, 'empty', '', issues));
    for (const [raw, i] of matches) node.children.push(engine.instance(child, node, raw, at(path, i), issues));
  }
}

/** Gives the new instance `node` the answers of the response item `loaded` (at `path`), and its items. */
export function load(
  engine: QuestionnaireEngine,
  node: Node,
  loaded: RawResponseItem,
  path: string,
  issues: ValidationIssue[],
): void {
  const item = node.item;
  const isQuestion = item.type !== 'group' && item.type !== 'display';
  let childItems: readonly RawResponseItem[] | undefined = loaded.item;
  if (loaded.answer) {
    if (!isQuestion) {
      issues.push({
        path: at(path, 'answer'),
        message: `item "${item.linkId}": a ${item.type} has no answers`,
        code: 'answer-type',
      });
    } else if (!item.repeats && loaded.answer.length > 1) {
      issues.push({
        path: at(path, 'answer'),
        message: `item "${item.linkId}": several answers, but it does not repeat`,
        code: 'too-many-answers',
      });
    }
    const answers: Answer[] = [];
    loaded.answer.forEach((a, i) => {
      const { item: nested, ...answer } = a;
      const key = answerKey(answer);
      if (!key || !item.answerKeys.includes(key) || !hasShape(key.slice('value'.length), answer[key])) {
        issues.push({
          path: at(path, `answer.${i}`),
          message: `item "${item.linkId}": an answer must be one ${item.answerKeys.join(' or ')}`,
          code: 'answer-type',
        });
      }
      if (nested) {
        if (childItems) {
          issues.push({
            path: at(path, `answer.${i}.item`),
            message: `item "${item.linkId}": items under more than one answer`,
            code: 'answer-type',
          });
        }
        childItems = nested;
      }
      answers.push(answer);
    });
    node.answers = answers;
  }
  if (loaded.item && isQuestion) {
    issues.push({
      path: at(path, 'item'),
      message: `item "${item.linkId}": items under a question go under its answer`,
      code: 'answer-type',
    });
  }
  if (item.type === 'display' && childItems) {
    issues.push({
      path: at(path, 'item'),
      message: `item "${item.linkId}": a display item has no items`,
      code: 'unknown-item',
    });
  }
  node.weight = engine.weightOf(node);
  const nestedAt = loaded.answer?.findIndex((a) => a.item) ?? -1;
  engine.fill(node, childItems ?? [], at(path, nestedAt >= 0 ? `answer.${nestedAt}.item` : 'item'), issues);
}
