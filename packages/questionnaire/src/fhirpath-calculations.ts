/**
 * The SDC expressions (`calculatedExpression`, `initialExpression`, `enableWhenExpression`,
 * `variable`) through HL7's `fhirpath` package: FHIRPath, its R4 model and the engine's part that
 * runs them. `QuestionnaireEngine.create()` loads this module by a dynamic import, and only for a
 * template that has an expression: a bundler splits it, FHIRPath and the model into chunks of
 * their own, and a form without expressions never loads them (nor carries this code).
 */
import { ValidationError } from '@saumaton/core';
import type { Node } from './engine.js';
import type { ExpressionEvaluator } from './expressions.js';
import type { Answer, Coding } from './fhir.js';
import { isRecord } from './fhir.js';
import type { Questionnaire, TemplateItem } from './questionnaire.js';
import { equals } from './values.js';

/** What the calculations need of the engine that loaded them. */
export interface CalculationHost {
  readonly questionnaire: Questionnaire;
  /** The instance above the top level. */
  readonly root: Node;
  /** The response's status now. */
  status(): unknown;
  /** Whether the instance is still in the form (not removed). */
  alive(node: Node): boolean;
  /** Sets a question's answers and re-evaluates what depends on them. */
  assign(node: Node, answers: readonly Answer[], toggled: Node[]): void;
  /** Sets whether the instance's own condition (its enableWhenExpression) holds, and what follows from it. */
  enable(node: Node, own: boolean, toggled: Node[]): void;
}

/** What makes the calculations of one engine, once FHIRPath is loaded. */
export type Calculations = (host: CalculationHost) => Calculator;

/** FHIRPath functions that read the clock. */
const CLOCK = /\b(?:now|today|timeOfDay)\s*\(/;

/** Loads FHIRPath and the R4 model. */
export async function loadCalculations(): Promise<Calculations> {
  const evaluator = await loadFhirPath();
  return (host) => new Calculator(host, evaluator);
}

/** Runs a questionnaire's expressions on the engine's instances. */
export class Calculator {
  /** The response as expressions see it, until something changes. */
  private view: View | undefined;
  /** See `expressionNodes()`. */
  private withExpressions: Node[] | undefined;
  /** A copy of the questionnaire for `%questionnaire` (FHIRPath may annotate what it is given). */
  private readonly questionnaire: unknown;

  constructor(
    private readonly host: CalculationHost,
    private readonly evaluator: ExpressionEvaluator,
  ) {
    this.questionnaire = structuredClone(host.questionnaire.resource);
  }

  /** Answers changed (`structure`: instances were added or removed): what expressions see is made again. */
  changed(structure: boolean): void {
    this.view = undefined;
    if (structure) this.withExpressions = undefined;
  }

  /**
   * The first calculation. A new response takes the initial expressions first. A loaded one keeps
   * a calculated answer that differs from what the calculation gives now: the user edited it, or
   * it was computed from "now", and either way it stays theirs.
   */
  start(fresh: boolean): void {
    if (fresh) {
      this.initialExpressions(this.host.root);
      this.calculate([], []);
      return;
    }
    const loaded = new Map<Node, readonly Answer[]>();
    for (const node of this.expressionNodes()) {
      if (node.item.calculatedExpression !== undefined && node.answers.length) loaded.set(node, node.answers);
    }
    this.calculate([], []);
    let restored = false;
    for (const [node, answers] of loaded) {
      if (JSON.stringify(answers) === JSON.stringify(node.answers)) continue;
      node.edited = true;
      this.host.assign(node, answers, []);
      restored = true;
    }
    if (restored) this.calculate([], []);
  }

  /**
   * The instances with a calculated or enableWhen expression, in document order; found again only
   * after instances were added or removed.
   */
  private expressionNodes(): Node[] {
    if (this.withExpressions) return this.withExpressions;
    const found: Node[] = [];
    const walk = (node: Node) => {
      for (const child of node.children) {
        if (child.item.calculatedExpression !== undefined || child.item.enableWhenExpression !== undefined) {
          found.push(child);
        }
        walk(child);
      }
    };
    walk(this.host.root);
    this.withExpressions = found;
    return found;
  }

  /** Applies `initialExpression`s to the unanswered questions of a new subtree, in document order. */
  initialExpressions(from: Node): void {
    const walk = (node: Node) => {
      for (const child of node.children) {
        const { initialExpression } = child.item;
        if (initialExpression !== undefined && !child.answers.length) {
          this.host.assign(child, toAnswers(child.item, this.run(child, initialExpression)), []);
        }
        walk(child);
      }
    };
    if (from !== this.host.root && from.item.initialExpression !== undefined) {
      this.host.assign(from, toAnswers(from.item, this.run(from, from.item.initialExpression)), []);
    }
    walk(from);
  }

  /**
   * SDC's evaluation: every calculated and enableWhen expression in document order, depth first,
   * again until nothing changes. Calculations that have not settled after one round more than
   * there are of them form a cycle: a `calculation-cycle` error naming the items, never a hang.
   */
  calculate(toggled: Node[], calculated: Node[]): void {
    const targets = this.expressionNodes();
    // An expression that reads the clock is evaluated once per calculation: the clock moves between
    // rounds (by a millisecond in Firefox), and its value would otherwise never settle.
    const clockRead = new Map<Node, readonly Answer[]>();
    for (let round = 0; round <= targets.length + 1; round++) {
      const changed: Node[] = [];
      for (const node of targets) {
        if (!this.host.alive(node)) continue;
        const { enableWhenExpression, calculatedExpression } = node.item;
        if (enableWhenExpression !== undefined) {
          const own = this.run(node, enableWhenExpression)[0] === true;
          if (own !== node.own) {
            this.host.enable(node, own, toggled);
            this.view = undefined;
            changed.push(node);
          }
        }
        if (calculatedExpression !== undefined && !node.edited && node.enabled) {
          const reads = CLOCK.test(calculatedExpression);
          const answers = (reads && clockRead.get(node)) || toAnswers(node.item, this.run(node, calculatedExpression));
          if (reads) clockRead.set(node, answers);
          if (JSON.stringify(answers) !== JSON.stringify(node.answers)) {
            this.host.assign(node, answers, toggled);
            if (!calculated.includes(node)) calculated.push(node);
            changed.push(node);
          }
        }
      }
      if (!changed.length) return;
      if (round > targets.length) {
        throw new ValidationError(
          changed.map((node) => ({
            path: node.item.path,
            message: `item "${node.item.linkId}": its expression does not settle (a calculation cycle)`,
            code: 'calculation-cycle',
          })),
        );
      }
    }
  }

  /** Evaluates an expression of `node` with `%resource`, `%context`, `%questionnaire`, `%qitem` and the variables in scope. */
  private run(node: Node, expression: string): unknown[] {
    const view = this.currentView();
    return this.evaluator.evaluate(
      node.item.linkId,
      expression,
      view.json.get(node),
      'QuestionnaireResponse.item',
      this.scope(node, view),
    );
  }

  /** The variables in scope at `node` (the questionnaire's, then each ancestor's and its own). */
  private scope(node: Node, view: View): Record<string, unknown> {
    const known = view.scopes.get(node);
    if (known) return known;
    const outer = node.up === this.host.root || !node.up ? this.rootScope(view) : this.scope(node.up, view);
    const context = view.json.get(node);
    const env: Record<string, unknown> = { ...outer, context, qitem: node.item.source };
    for (const variable of node.item.variables) {
      env[variable.name!] = this.evaluator.evaluate(
        node.item.linkId,
        variable.expression,
        context,
        'QuestionnaireResponse.item',
        env,
      );
    }
    view.scopes.set(node, env);
    return env;
  }

  private rootScope(view: View): Record<string, unknown> {
    const known = view.scopes.get(this.host.root);
    if (known) return known;
    const env: Record<string, unknown> = {
      resource: view.resource,
      rootResource: view.resource,
      context: view.resource,
      questionnaire: this.questionnaire,
    };
    for (const variable of this.host.questionnaire.variables) {
      env[variable.name!] = this.evaluator.evaluate(undefined, variable.expression, view.resource, undefined, env);
    }
    view.scopes.set(this.host.root, env);
    return env;
  }

  /**
   * The response as expressions see it: every instance, answers of enabled items only (a
   * disabled item counts as unanswered, as in enableWhen).
   */
  private currentView(): View {
    if (this.view) return this.view;
    const json = new Map<Node, Record<string, unknown>>();
    const build = (node: Node): Record<string, unknown>[] =>
      node.children.map((child) => {
        const entry: Record<string, unknown> = { linkId: child.item.linkId };
        json.set(child, entry);
        const items = build(child);
        const answers = child.enabled ? child.answers.map((a) => ({ ...a })) : [];
        if (answers.length) {
          entry.answer = answers;
          if (items.length) (answers[0] as Record<string, unknown>).item = items;
        } else if (items.length) {
          entry.item = items;
        }
        return entry;
      });
    const resource = { resourceType: 'QuestionnaireResponse', status: this.host.status(), item: build(this.host.root) };
    this.view = { resource, json, scopes: new Map() };
    return this.view;
  }
}

interface View {
  readonly resource: Record<string, unknown>;
  readonly json: Map<Node, Record<string, unknown>>;
  readonly scopes: Map<Node, Record<string, unknown>>;
}

/** What an expression gave, as answers the item can take (the first only, unless it repeats). */
function toAnswers(item: TemplateItem, results: readonly unknown[]): Answer[] {
  const answers: Answer[] = [];
  for (const result of results) {
    const answer = toAnswer(item, result);
    if (answer) answers.push(answer);
    if (answers.length && !item.repeats) break;
  }
  return answers;
}

function toAnswer(item: TemplateItem, result: unknown): Answer | undefined {
  const unit = item.unit;
  switch (item.type) {
    case 'boolean':
      return typeof result === 'boolean' ? { valueBoolean: result } : undefined;
    case 'decimal':
      return typeof result === 'number' ? { valueDecimal: result } : undefined;
    case 'integer':
      return typeof result === 'number' ? { valueInteger: result } : undefined;
    case 'date':
      return typeof result === 'string' ? { valueDate: result } : undefined;
    case 'dateTime':
      return typeof result === 'string' ? { valueDateTime: result } : undefined;
    case 'time':
      return typeof result === 'string' ? { valueTime: result } : undefined;
    case 'string':
    case 'text':
      return typeof result === 'string' || typeof result === 'number' ? { valueString: String(result) } : undefined;
    case 'url':
      return typeof result === 'string' ? { valueUri: result } : undefined;
    case 'quantity':
      if (typeof result === 'number') {
        return {
          valueQuantity: {
            value: result,
            ...((unit?.display ?? unit?.code) ? { unit: unit.display ?? unit.code } : {}),
            ...(unit?.system ? { system: unit.system } : {}),
            ...(unit?.code ? { code: unit.code } : {}),
          },
        };
      }
      return isRecord(result) && typeof result.value === 'number' ? { valueQuantity: { ...result } } : undefined;
    case 'choice':
    case 'open-choice': {
      if (isRecord(result) && typeof result.code === 'string') {
        const coding = result as Coding;
        const listed = item.options?.find(
          (o) => o.value.kind === 'coding' && equals(o.value, { kind: 'coding', value: coding }),
        );
        return { valueCoding: listed ? listed.answer.valueCoding : { ...coding } };
      }
      const key = typeof result === 'string' ? 'valueString' : typeof result === 'number' ? 'valueInteger' : undefined;
      return key && item.answerKeys.includes(key) ? { [key]: result } : undefined;
    }
    default:
      return undefined;
  }
}

type Compiled = (resource: unknown, env?: Record<string, unknown>) => unknown[];

/** Loads FHIRPath and the part of the R4 model a Questionnaire's expressions need. */
async function loadFhirPath(): Promise<ExpressionEvaluator> {
  const [{ default: fhirpath }, { data }] = await Promise.all([import('fhirpath'), import('./generated/r4-model.js')]);
  const model = r4Model(data);
  const compiled = new Map<string, Compiled>();
  return {
    evaluate(linkId, expression, context, base, variables) {
      const key = `${base ?? ''}\n${expression}`;
      try {
        let run = compiled.get(key);
        if (!run) {
          run = fhirpath.compile(base ? { base, expression } : expression, model as never) as Compiled;
          compiled.set(key, run);
        }
        return run(context, { ...variables });
      } catch (error) {
        throw new ValidationError(
          [
            {
              path: '',
              message: `${linkId === undefined ? 'the questionnaire' : `item "${linkId}"`}: the expression "${expression}" failed: ${String(error instanceof Error ? error.message : error)}`,
              code: 'expression-error',
            },
          ],
          { cause: error },
        );
      }
    },
  };
}

/** fhirpath's model object from the generated tables, as its own `fhir-context/r4` makes it. */
function r4Model(data: Readonly<Record<string, unknown>>) {
  const type2Parent = data.type2Parent as Record<string, string>;
  const path2Type = { ...(data.path2Type as Record<string, string | { code: string; refType: string[] }>) };
  const path2TypeWithoutElements: Record<string, string> = {};
  const path2RefType: Record<string, string[]> = {};
  for (const [path, type] of Object.entries(path2Type)) {
    if (typeof type === 'object') {
      path2RefType[path] = type.refType;
      path2Type[path] = type.code;
      path2TypeWithoutElements[path] = type.code;
    } else if (type !== 'Element' && type !== 'BackboneElement') {
      path2TypeWithoutElements[path] = type;
    }
  }
  const hash = (list: readonly string[]) => Object.fromEntries(list.map((k) => [k, true]));
  return {
    version: 'r4',
    score: {
      extensionURI: [
        'http://hl7.org/fhir/StructureDefinition/ordinalValue',
        'http://hl7.org/fhir/StructureDefinition/itemWeight',
      ],
    },
    choiceTypePaths: data.choiceTypePaths,
    pathsDefinedElsewhere: data.pathsDefinedElsewhere,
    type2Parent,
    path2Type,
    path2Repeating: hash(data.path2Repeating as string[]),
    resourcesWithUrlParam: {},
    availableTypes: new Set([...Object.keys(type2Parent), ...Object.values(type2Parent)]),
    path2TypeWithoutElements,
    path2RefType,
  };
}
