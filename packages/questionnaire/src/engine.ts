/**
 * The engine: a parsed Questionnaire and its answers as a tree of item instances (a repeating
 * group has one instance per repetition), each knowing whether it is enabled, required, valid and
 * what it scores. An answer re-evaluates only the items whose `enableWhen` looks at it (an index
 * of dependants made when the template was parsed), in an order where each is taken once; the
 * first evaluation takes every item once. Pure: no DOM.
 */
import { ValidationError, type ValidationIssue } from '@saumaton/core';
import type { Answer, Coding } from './fhir.js';
import { EXT, extensionsOf, isRecord } from './fhir.js';
import type { CalculationHost, Calculations, Calculator } from './fhirpath-calculations.js';
import { loadPart } from './load.js';
import { partOf } from './parts.js';
import type { Condition, Questionnaire, TemplateItem } from './questionnaire.js';
import type { RawResponseItem } from './responses.js';
import { answerKey, answerValue, compare, equals, hasShape, isWellFormed, type Value } from './values.js';

/** Why an answer, or the lack of one, is not acceptable: stable codes a widget words itself. */
export type ProblemCode =
  | 'required-missing'
  | 'min-occurs'
  | 'max-occurs'
  | 'invalid-format'
  | 'max-length'
  | 'min-value'
  | 'max-value'
  | 'not-an-option';

export interface Problem {
  readonly code: ProblemCode;
  /** Which answer (for a problem with one of several answers). */
  readonly answerIndex?: number;
  /** The bound broken (`maxLength`, `minValue`, `maxValue`, `minOccurs`, `maxOccurs`), as the template gives it. */
  readonly limit?: number | string;
}

/** One instance of a template item: what a widget renders. */
export interface ItemNode {
  /** Stable for the life of the engine; never reused. */
  readonly id: string;
  readonly item: TemplateItem;
  /** The enclosing instance; undefined at the top level. */
  readonly parent: ItemNode | undefined;
  readonly children: readonly ItemNode[];
  readonly answers: readonly Answer[];
  /** Its own conditions hold and every ancestor is enabled. */
  readonly enabled: boolean;
  /** Required and enabled: `required` is ignored while an item is disabled. */
  readonly required: boolean;
  /** Its answer is calculated (`calculatedExpression`) and the user has not edited it. */
  readonly calculated: boolean;
}

/**
 * What changed with an answer or a repetition: the instances whose `enabled` flipped, and those
 * whose answers a calculation changed.
 */
export interface Change {
  readonly toggled: readonly ItemNode[];
  readonly calculated: readonly ItemNode[];
  /**
   * Set when calculations did not settle (a cycle: `calculation-cycle`, naming the items) or an
   * expression failed (`expression-error`). The answer itself was taken.
   */
  readonly calculationError?: ValidationError;
}

export type ResponseStatus = 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';

/** An item instance as the engine (and its calculations) keep it. */
export class Node implements ItemNode {
  readonly children: Node[] = [];
  answers: readonly Answer[] = [];
  own = true;
  enabled = true;
  /** The sum of its answers' weights. */
  weight = 0;
  /** A calculated answer the user changed: no longer recalculated. */
  edited = false;
  constructor(
    readonly id: string,
    readonly item: TemplateItem,
    /** The enclosing instance; the root (no item of its own) above the top level. */
    readonly up: Node | undefined,
    /** The response item's other elements (text, extensions), given back as they came. */
    readonly extra: Readonly<Record<string, unknown>>,
  ) {}
  get parent(): Node | undefined {
    return this.up?.up ? this.up : undefined;
  }
  get required(): boolean {
    return this.item.required && this.enabled;
  }
  get calculated(): boolean {
    return this.item.calculatedExpression !== undefined && !this.edited;
  }
  get depth(): number {
    let depth = 0;
    for (let n = this.up; n; n = n.up) depth++;
    return depth;
  }
}

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : `${key}`);
const FINISHED: readonly ResponseStatus[] = ['completed', 'amended'];

/**
 * A Questionnaire being answered. Make one from a parsed template (`parseQuestionnaire`) and,
 * to go on with a response, the QuestionnaireResponse: a new response starts from the
 * template's initial answers, a loaded one never has them applied again.
 */
export class QuestionnaireEngine {
  readonly questionnaire: Questionnaire;
  private readonly root: Node;
  /** @internal (for `repetitions.ts`, as are the members marked so below) */
  readonly byId = new Map<string, Node>();
  /** @internal */
  readonly instances = new Map<string, Node[]>();
  private readonly rank = new Map<TemplateItem, number>();
  private readonly base: Readonly<Record<string, unknown>>;
  private nextId = 0;
  /** @internal */
  total = 0;
  /**
   * The template's expressions, with FHIRPath: only for a template that has some.
   * @internal
   */
  readonly calculator: Calculator | undefined;

  /**
   * An engine for a questionnaire with or without FHIRPath expressions: FHIRPath is loaded (a
   * dynamic import, its own chunk) only when the template has one.
   * @throws ValidationError when the response does not fit the questionnaire (naming the item),
   * or its calculations do not settle.
   */
  static async create(questionnaire: Questionnaire, response?: unknown): Promise<QuestionnaireEngine> {
    // Reading a saved response is a part of its own (`responses.ts`): a new form never loads it.
    if (response !== undefined) await loadPart(questionnaire.parts, 'responses');
    const calculations = questionnaire.hasExpressions
      ? await (await import('./fhirpath-calculations.js')).loadCalculations()
      : undefined;
    return new QuestionnaireEngine(questionnaire, response, calculations);
  }

  /**
   * An engine made at once, for a questionnaire without expressions (`hasExpressions` false);
   * use `create()` for any questionnaire. A saved response is read by a part of the engine
   * (`responses.ts`): a template from `loadQuestionnaire` needs `preloadParts('responses')` first.
   * @throws ValidationError when the response does not fit the questionnaire (naming the item),
   * or (code `needs-expressions`) when the questionnaire has expressions (`create()` loads what runs them).
   */
  constructor(questionnaire: Questionnaire, response?: unknown, calculations?: Calculations) {
    if (questionnaire.hasExpressions && !calculations) {
      throw new ValidationError([
        {
          path: '',
          message: 'the questionnaire has FHIRPath expressions: make its engine with QuestionnaireEngine.create()',
          code: 'needs-expressions',
        },
      ]);
    }
    this.questionnaire = questionnaire;
    questionnaire.evaluationOrder.forEach((item, i) => this.rank.set(item, i));
    const rootItem = { linkId: '', type: 'group', children: questionnaire.items } as unknown as TemplateItem;
    this.root = new Node('', rootItem, undefined, {});
    this.calculator = calculations?.(this.host());
    if (response === undefined) {
      const { url, version } = questionnaire.resource;
      this.base = {
        resourceType: 'QuestionnaireResponse',
        ...(typeof url === 'string' ? { questionnaire: typeof version === 'string' ? `${url}|${version}` : url } : {}),
        status: 'in-progress',
      };
      this.fill(this.root, undefined, '', []);
    } else {
      const { item: items, ...base } = partOf(questionnaire.parts, 'responses').readResponse(response);
      this.base = base;
      const issues: ValidationIssue[] = [];
      this.fill(this.root, items ?? [], 'item', issues);
      if (issues.length) throw new ValidationError(issues);
    }
    for (const item of questionnaire.evaluationOrder) {
      for (const node of this.instances.get(item.linkId) ?? []) {
        node.own = this.holds(node);
        node.enabled = node.own && (node.up?.enabled ?? true);
        if (node.enabled) this.total += node.weight;
      }
    }
    this.calculator?.start(response === undefined);
  }

  /** The top-level item instances, in order. */
  get items(): readonly ItemNode[] {
    return this.root.children;
  }

  /** The instance with this id. @throws RangeError when there is none (removed, or never made). */
  get(id: string): ItemNode {
    return this.node(id);
  }

  /** The instances of a linkId, in no particular order. */
  instancesOf(linkId: string): readonly ItemNode[] {
    return this.instances.get(linkId) ?? [];
  }

  /**
   * The score: the sum of `ordinalValue` / `itemWeight` of the chosen answers of every enabled
   * item (a choice's weight is the template's; an answer the template does not list counts its
   * coding's own `ordinalValue` / `itemWeight`, as published responses carry it).
   */
  get score(): number {
    return this.total;
  }

  /**
   * Replaces a question's answers and re-evaluates the items whose conditions look at it.
   * @throws ValidationError (code `answer-type`, `too-many-answers` or `read-only`) for answers
   * the item cannot take; the state is then unchanged.
   */
  setAnswers(id: string, answers: readonly Answer[]): Change {
    const node = this.node(id);
    const item = node.item;
    const refuse = (code: string, message: string): never => {
      throw new ValidationError([{ path: item.path, message: `item "${item.linkId}": ${message}`, code }]);
    };
    if (item.type === 'group' || item.type === 'display') refuse('answer-type', `a ${item.type} takes no answers`);
    if (item.readOnly) refuse('read-only', 'the item is read-only');
    if (!Array.isArray(answers) || !answers.every(isRecord)) refuse('answer-type', 'answers must be a list of objects');
    if (!item.repeats && answers.length > 1) refuse('too-many-answers', 'the item does not repeat');
    answers.forEach((answer) => {
      const key = answerKey(answer);
      if (!key || !item.answerKeys.includes(key) || !hasShape(key.slice('value'.length), answer[key]))
        refuse('answer-type', `an answer must be one ${item.answerKeys.join(' or ')}`);
    });
    if (item.calculatedExpression !== undefined) node.edited = true;
    const toggled: Node[] = [];
    this.assign(
      node,
      answers.map((a) => ({ ...a })),
      toggled,
    );
    return this.finish(toggled);
  }

  /**
   * Adds a repetition of a repeating group after the instance `id`, with the template's initial
   * answers. Returns the new instance among the toggled (it was not there before).
   */
  addRepetition(id: string): Change & { readonly added: ItemNode } {
    const node = this.repeating(id);
    return partOf(this.questionnaire.parts, 'repetitions').addRepetition(this, node);
  }

  /**
   * Removes the repetition `id` of a repeating group. The last one left is replaced by a new one,
   * as `addRepetition` makes it (a repeating group always shows at least one).
   */
  removeRepetition(id: string): Change & { readonly added?: ItemNode } {
    const node = this.repeating(id);
    return partOf(this.questionnaire.parts, 'repetitions').removeRepetition(this, node);
  }

  /** What is wrong with an instance now; nothing while it is disabled. */
  problemsOf(id: string): readonly Problem[] {
    return this.check(this.node(id));
  }

  /** Every enabled instance with a problem, in document order: what a submit must refuse. */
  validate(): readonly { readonly node: ItemNode; readonly problems: readonly Problem[] }[] {
    const found: { node: ItemNode; problems: readonly Problem[] }[] = [];
    const walk = (node: Node) => {
      for (const child of node.children) {
        if (!child.enabled) continue;
        const problems = this.check(child);
        if (problems.length) found.push({ node: child, problems });
        walk(child);
      }
    };
    walk(this.root);
    return found;
  }

  /**
   * The QuestionnaireResponse: the loaded one's other elements as they were, items in the
   * template's order with their answers as given (codings with system and display, quantities
   * with units, extensions). Items without answers are left out. A response in progress keeps
   * the answers of disabled items (a gate flipped back loses nothing); a completed or amended
   * one leaves them out, as SDC stores no answers for content that is not enabled. Items under
   * an unanswered question cannot be said in R4 (they go under its answer) and are left out.
   */
  toResponse(options: { readonly status?: ResponseStatus } = {}): Record<string, unknown> {
    const status = options.status ?? (this.base.status as ResponseStatus);
    const finished = FINISHED.includes(status);
    const item = this.output(this.root, finished);
    return { ...this.base, status, ...(item.length ? { item } : {}) };
  }

  // — building —

  /**
   * Makes the children of `node` from the template and the response's `items`; undefined
   * `items` make a new response, with the template's initial answers.
   */
  /** @internal */
  fill(node: Node, items: readonly RawResponseItem[] | undefined, path: string, issues: ValidationIssue[]): void {
    if (!items) {
      // A new response: one instance of each item, with its initial answers.
      for (const child of node.item.children) node.children.push(this.instance(child, node, 'initial', '', issues));
      return;
    }
    partOf(this.questionnaire.parts, 'responses').fill(this, node, items, path, issues);
  }

  /** @internal */
  instance(
    item: TemplateItem,
    parent: Node,
    /** The response item to load, or a new instance with the template's initial answers or none. */
    raw: RawResponseItem | 'initial' | 'empty',
    path: string,
    issues: ValidationIssue[],
  ): Node {
    const loaded = typeof raw === 'object' ? raw : undefined;
    const extra: Record<string, unknown> = {};
    if (loaded) {
      for (const key in loaded) if (key !== 'linkId' && key !== 'answer' && key !== 'item') extra[key] = loaded[key];
    } else if (item.text !== undefined) {
      extra.text = item.text;
    }
    const node = new Node(`n${this.nextId++}`, item, parent, extra);
    this.calculator?.changed(true);
    this.byId.set(node.id, node);
    const list = this.instances.get(item.linkId);
    if (list) list.push(node);
    else this.instances.set(item.linkId, [node]);

    if (loaded) {
      partOf(this.questionnaire.parts, 'responses').load(this, node, loaded, path, issues);
    } else {
      if (raw === 'initial') node.answers = item.initial;
      node.weight = this.weightOf(node);
      this.fill(node, raw === 'initial' ? undefined : [], at(path, 'item'), issues);
    }
    return node;
  }

  // — evaluation —

  /** Whether the node's own conditions hold (ancestors aside). */
  private holds(node: Node): boolean {
    const { enableWhen, enableBehavior } = node.item;
    if (!enableWhen.length) return true;
    return enableBehavior === 'any'
      ? enableWhen.some((c) => this.condition(node, c))
      : enableWhen.every((c) => this.condition(node, c));
  }

  /**
   * One condition, on the nearest instance of its question. A disabled question counts as
   * unanswered. `exists` compares "an answer exists" with the boolean; `=` holds when at least
   * one answer equals the value, `!=` when none does; the orderings when at least one answer
   * compares so.
   */
  private condition(node: Node, condition: Condition): boolean {
    const source = this.nearest(node, condition.question);
    const answers = source?.enabled ? source.answers : [];
    const values = answers.map(answerValue).filter((x): x is Value => x !== undefined);
    const wanted = condition.value;
    switch (condition.operator) {
      case 'exists':
        return values.length > 0 === wanted.value;
      case '=':
        return values.some((x) => equals(x, wanted));
      case '!=':
        return !values.some((x) => equals(x, wanted));
      default: {
        const test = ORDER_TESTS[condition.operator];
        return values.some((x) => {
          const order = compare(x, wanted);
          return order !== undefined && test(order);
        });
      }
    }
  }

  /**
   * The instance of `linkId` a condition of `node` looks at: the only one, or with several (in
   * repeating groups) the nearest (`repetitions.ts`).
   */
  private nearest(node: Node, linkId: string): Node | undefined {
    const list = this.instances.get(linkId);
    if (!list || list.length < 2) return list?.[0];
    return partOf(this.questionnaire.parts, 'repetitions').nearest(node, list);
  }

  /**
   * Re-evaluates the instances of the pending items, lowest evaluation rank first, so that each
   * is taken once: whatever an item depends on ranks lower.
   */
  /** @internal */
  propagate(pending: Set<TemplateItem>, toggled: Node[]): void {
    while (pending.size) {
      let next: TemplateItem | undefined;
      for (const item of pending) if (!next || this.rank.get(item)! < this.rank.get(next)!) next = item;
      pending.delete(next!);
      for (const node of this.instances.get(next!.linkId) ?? []) {
        const own = this.holds(node);
        if (own === node.own) continue;
        node.own = own;
        this.refresh(node, toggled, pending);
      }
    }
  }

  /** Sets `enabled` from the parent and the node's own conditions, down the subtree. */
  private refresh(node: Node, toggled: Node[], pending: Set<TemplateItem>): void {
    const enabled = node.own && (node.up?.enabled ?? true);
    if (enabled === node.enabled) return;
    node.enabled = enabled;
    this.total += enabled ? node.weight : -node.weight;
    toggled.push(node);
    for (const d of this.questionnaire.dependants.get(node.item.linkId) ?? []) pending.add(d);
    for (const child of node.children) this.refresh(child, toggled, pending);
  }

  /** Evaluates a new subtree, then what looks at its items. */
  /** @internal */
  settle(added: Node, toggled: Node[]): void {
    const fresh: Node[] = [];
    const collect = (n: Node) => {
      fresh.push(n);
      n.children.forEach(collect);
    };
    collect(added);
    fresh.sort((a, b) => this.rank.get(a.item)! - this.rank.get(b.item)!);
    const pending = new Set<TemplateItem>();
    for (const n of fresh) {
      n.own = this.holds(n);
      n.enabled = n.own && (n.up?.enabled ?? true);
      if (n.enabled) this.total += n.weight;
      for (const d of this.questionnaire.dependants.get(n.item.linkId) ?? []) pending.add(d);
    }
    toggled.push(added);
    this.propagate(pending, toggled);
  }

  private node(id: string): Node {
    const node = this.byId.get(id);
    if (!node) throw new RangeError(`No item instance "${id}"`);
    return node;
  }

  private repeating(id: string): Node {
    const node = this.node(id);
    if (node.item.type !== 'group' || !node.item.repeats) {
      throw new ValidationError([
        { path: node.item.path, message: `item "${node.item.linkId}" is not a repeating group`, code: 'not-repeating' },
      ]);
    }
    return node;
  }

  /** Sets a question's answers, its weight and the score, and re-evaluates its dependants. */
  private assign(node: Node, answers: readonly Answer[], toggled: Node[]): void {
    const before = node.enabled ? node.weight : 0;
    node.answers = answers;
    node.weight = this.weightOf(node);
    this.calculator?.changed(false);
    if (!node.enabled) return;
    this.total += node.weight - before;
    this.propagate(new Set(this.questionnaire.dependants.get(node.item.linkId)), toggled);
  }

  // — expressions (SDC) —

  /** What the calculations may use of the engine. */
  private host(): CalculationHost {
    return {
      questionnaire: this.questionnaire,
      root: this.root,
      status: () => this.base.status,
      alive: (node) => this.byId.has(node.id),
      assign: (node, answers, toggled) => this.assign(node, answers, toggled),
      enable: (node, own, toggled) => {
        node.own = own;
        const pending = new Set<TemplateItem>();
        this.refresh(node, toggled, pending);
        this.propagate(pending, toggled);
      },
    };
  }

  /** Runs the calculations after a change, and says what they did. */
  /** @internal */
  finish(toggled: Node[]): Change {
    if (!this.calculator) return { toggled, calculated: [] };
    const calculated: Node[] = [];
    try {
      this.calculator.calculate(toggled, calculated);
      return { toggled, calculated };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return { toggled, calculated, calculationError: error };
    }
  }

  // — scores, problems, output —

  /** @internal */
  weightOf(node: Node): number {
    let sum = 0;
    for (const answer of node.answers) {
      const value = answerValue(answer);
      if (!value) continue;
      const option = node.item.options?.find((o) => equals(o.value, value));
      const weight = option?.weight ?? (value.kind === 'coding' ? codingWeight(value.value) : undefined);
      if (weight !== undefined) sum += weight;
    }
    return sum;
  }

  private check(node: Node): Problem[] {
    if (!node.enabled) return [];
    const { item } = node;
    const problems: Problem[] = [];
    const { minOccurs, maxOccurs } = item;
    if (item.type === 'group') {
      if (item.required && !answeredBelow(node)) problems.push({ code: 'required-missing' });
      // The repetitions are counted once, on the first of them.
      const counted = minOccurs !== undefined || maxOccurs !== undefined;
      const repetitions = counted ? node.up!.children.filter((c) => c.item === item) : [];
      if (counted && repetitions[0] === node) {
        const answered = repetitions.filter(answeredBelow).length;
        if (minOccurs !== undefined && answered < minOccurs) problems.push({ code: 'min-occurs', limit: minOccurs });
        if (maxOccurs !== undefined && repetitions.length > maxOccurs) {
          problems.push({ code: 'max-occurs', limit: maxOccurs });
        }
      }
      return problems;
    }
    if (item.type === 'display') return problems;
    const count = node.answers.length;
    if ((item.required || (minOccurs ?? 0) > 0) && !count) problems.push({ code: 'required-missing' });
    else if (minOccurs !== undefined && count < minOccurs) problems.push({ code: 'min-occurs', limit: minOccurs });
    if (maxOccurs !== undefined && count > maxOccurs) problems.push({ code: 'max-occurs', limit: maxOccurs });
    node.answers.forEach((answer, answerIndex) => {
      const key = answerKey(answer);
      const raw = key && answer[key];
      if (!key || !isWellFormed(key.slice('value'.length), raw)) {
        problems.push({ code: 'invalid-format', answerIndex });
        return;
      }
      if (item.maxLength !== undefined && typeof raw === 'string' && characters(raw) > item.maxLength) {
        problems.push({ code: 'max-length', answerIndex, limit: item.maxLength });
      }
      const value = answerValue(answer)!;
      const bounded: Value =
        value.kind === 'quantity' && value.value.value !== undefined
          ? { kind: 'number', value: value.value.value }
          : value;
      if (item.minValue && (compare(bounded, item.minValue) ?? 0) < 0) {
        problems.push({ code: 'min-value', answerIndex, limit: item.minValue.value as number | string });
      }
      if (item.maxValue && (compare(bounded, item.maxValue) ?? 0) > 0) {
        problems.push({ code: 'max-value', answerIndex, limit: item.maxValue.value as number | string });
      }
      const listed = item.options?.some((o) => equals(o.value, value));
      const free = item.type === 'open-choice' && value.kind === 'string';
      if (item.options && !listed && !free) problems.push({ code: 'not-an-option', answerIndex });
    });
    return problems;
  }

  private output(node: Node, finished: boolean): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const child of node.children) {
      if (finished && !child.enabled) continue;
      const items = this.output(child, finished);
      if (child.item.type === 'group' || child.item.type === 'display') {
        if (items.length) out.push({ linkId: child.item.linkId, ...child.extra, item: items });
        continue;
      }
      if (!child.answers.length) continue;
      const answer = child.answers.map((a, i) => (i === 0 && items.length ? { ...a, item: items } : { ...a }));
      out.push({ linkId: child.item.linkId, ...child.extra, answer });
    }
    return out;
  }
}

const ORDER_TESTS: Readonly<Record<'>' | '<' | '>=' | '<=', (order: number) => boolean>> = {
  '>': (o) => o > 0,
  '<': (o) => o < 0,
  '>=': (o) => o >= 0,
  '<=': (o) => o <= 0,
};

/** The weight a published response's coding carries itself (`ordinalValue` / `itemWeight`). */
function codingWeight(coding: Coding): number | undefined {
  for (const ext of extensionsOf(coding.extension)) {
    if (ext.url === EXT.ordinalValue || ext.url === EXT.itemWeight) {
      const n = ext.valueDecimal ?? ext.valueInteger;
      if (typeof n === 'number' && Number.isFinite(n)) return n;
    }
  }
  return undefined;
}

/** FHIR's maxLength counts characters: code points, not UTF-16 units. */
function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function answeredBelow(node: Node): boolean {
  return node.children.some((c) => (c.enabled && c.answers.length > 0) || answeredBelow(c));
}
