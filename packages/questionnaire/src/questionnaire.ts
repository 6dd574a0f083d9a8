/**
 * A published FHIR R4 Questionnaire, parsed into the template the engine runs: checked first for
 * its shape (`@saumaton/core/schema`), then item by item for what the engine supports. Anything
 * it does not support, or a template that is broken, is a `ValidationError` whose issues each
 * name the item (linkId), the construct and the path in the JSON: never a form shown without
 * the construct. The elements the engine does not read are kept as published (`resource`).
 */
import { ValidationError, type ValidationIssue } from '@saumaton/core';
import {
  EXT,
  ITEM_CONTROL_SYSTEM,
  REFUSED_EXTENSIONS,
  extensionsOf,
  isRecord,
  recordsOf,
  type Answer,
  type AnswerKey,
  type Coding,
  type Extension,
} from './fhir.js';
import type { Expression } from './expressions.js';
import { isWellFormed, kindOfSuffix, valueOf, type Value, type ValueKind } from './values.js';
import { translatableOf, type Translatable, type TranslationProblem } from './translations.js';
import { partOf, type Parts } from './parts.js';

export const ITEM_TYPES = [
  'group',
  'display',
  'boolean',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'text',
  'url',
  'choice',
  'open-choice',
  'quantity',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const ITEM_CONTROLS = ['radio-button', 'check-box', 'drop-down', 'slider', 'help'] as const;
export type ItemControl = (typeof ITEM_CONTROLS)[number];

export const OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;
export type Operator = (typeof OPERATORS)[number];

/** One `enableWhen` condition. */
export interface Condition {
  /** The linkId of the question it looks at. */
  readonly question: string;
  readonly operator: Operator;
  /** What the answers are compared with; for `exists`, whether an answer should exist. */
  readonly value: Value;
}

/** One choice of a `choice` or `open-choice` item, from `answerOption` or a contained ValueSet. */
export interface AnswerChoice {
  /** The answer this choice gives, as the response holds it (`{ valueCoding: {…} }`). */
  readonly answer: Answer;
  readonly value: Value;
  /** Its `ordinalValue` / `itemWeight`, counted by the score. */
  readonly weight?: number;
  readonly initialSelected: boolean;
  /** What the choice says, with its translations: a coding's `display`, or the `valueString`. */
  readonly label?: Translatable;
}

/** The texts of an item with their translations (`textIn()` gives one in a language). */
export interface ItemTexts {
  readonly text?: Translatable;
  readonly prefix?: Translatable;
  /** The `display` of its `questionnaire-unit`. */
  readonly unit?: Translatable;
}

/** One item of the template. */
export interface TemplateItem {
  readonly linkId: string;
  readonly type: ItemType;
  /** As published, in the Questionnaire's `language`; `texts.text` has its translations. */
  readonly text?: string;
  readonly prefix?: string;
  /** `text`, `prefix` and the unit's display with their translations. */
  readonly texts: ItemTexts;
  readonly required: boolean;
  readonly repeats: boolean;
  readonly readOnly: boolean;
  /** `questionnaire-hidden`: answered and counted, not shown. */
  readonly hidden: boolean;
  readonly maxLength?: number;
  readonly minValue?: Value;
  readonly maxValue?: Value;
  /** `entryFormat`: a hint of the format to type, as published (`YYYY-MM-DD`). */
  readonly entryFormat?: string;
  readonly control?: ItemControl;
  /** `questionnaire-unit`: the unit of a decimal, integer or quantity answer. */
  readonly unit?: Coding;
  readonly sliderStep?: number;
  /** `questionnaire-minOccurs` / `maxOccurs`: how many answers (a question) or repetitions (a group). */
  readonly minOccurs?: number;
  readonly maxOccurs?: number;
  /** The choices of a `choice` / `open-choice` item. */
  readonly options?: readonly AnswerChoice[];
  /** Answers a new response starts with (`initial`, or the options `initialSelected`). */
  readonly initial: readonly Answer[];
  readonly enableWhen: readonly Condition[];
  readonly enableBehavior: 'all' | 'any';
  /** SDC `calculatedExpression` (FHIRPath): the answer, computed until the user edits it. */
  readonly calculatedExpression?: string;
  /** SDC `initialExpression` (FHIRPath): the answer a new response starts with. */
  readonly initialExpression?: string;
  /** SDC `enableWhenExpression` (FHIRPath): enabled when it gives `true`. */
  readonly enableWhenExpression?: string;
  /** SDC `variable`s (FHIRPath) in scope for the item and its descendants, in order. */
  readonly variables: readonly Expression[];
  /** The `value[x]` keys an answer of this item may have. */
  readonly answerKeys: readonly AnswerKey[];
  readonly children: readonly TemplateItem[];
  readonly parent: TemplateItem | undefined;
  /** Where it is in the Questionnaire JSON (`item.0.item.2`). */
  readonly path: string;
  /** The item as published. */
  readonly source: Readonly<Record<string, unknown>>;
}

/** A parsed Questionnaire. */
export interface Questionnaire {
  /** The resource as published, every element kept. */
  readonly resource: Readonly<Record<string, unknown>>;
  /** The language its texts are written in (`language`), translations aside. */
  readonly language?: string;
  /** Its `title`, with its translations. */
  readonly title?: Translatable;
  readonly items: readonly TemplateItem[];
  readonly byLinkId: ReadonlyMap<string, TemplateItem>;
  /**
   * Every item in an order where an item comes after its parent and after every question its
   * `enableWhen` looks at: evaluating in this order takes each item once.
   */
  readonly evaluationOrder: readonly TemplateItem[];
  /** For a linkId, the items whose `enableWhen` looks at it. */
  readonly dependants: ReadonlyMap<string, readonly TemplateItem[]>;
  /** The questionnaire's own `variable`s, in order. */
  readonly variables: readonly Expression[];
  /** True when some item or variable is a FHIRPath expression: the engine then needs `create()`. */
  readonly hasExpressions: boolean;
  /**
   * The parts of the engine it was parsed with (`parts.ts`): the engine of a template with
   * repeating groups finds `repetitions` here.
   * @internal
   */
  readonly parts: Parts;
}

/**
 * The shape of the JSON, checked before anything is read from it: where an element is given, it
 * must be of its type. Only the elements given are looked at and nothing is copied (a schema's
 * copy of a 1000-item template was a walk as long as the parse itself); a problem is `invalid`,
 * with its path, as a schema would say it.
 */
type Shape = (value: unknown, path: string, issues: ValidationIssue[]) => void;

const wrong = (issues: ValidationIssue[], path: string, value: unknown, expected: string) =>
  void issues.push({ path, message: value === undefined ? 'is required' : `must be ${expected}`, code: 'invalid' });
const primitive =
  (is: (value: unknown) => boolean, expected: string): Shape =>
  (value, path, issues) => {
    if (!is(value)) wrong(issues, path, value, expected);
  };
const string = primitive((x) => typeof x === 'string', 'a string');
const boolean = primitive((x) => typeof x === 'boolean', 'true or false');
const list =
  (each: Shape): Shape =>
  (value, path, issues) => {
    if (Array.isArray(value)) value.forEach((x, i) => each(x, at(path, i), issues));
    else wrong(issues, path, value, 'a list');
  };
/**
 * An object whose `entries` are checked where given; `required` ones also when absent. The keys
 * given are looked at, not every entry: an item has a few of the fifteen.
 */
const object =
  (entries: Readonly<Record<string, Shape>>, required: readonly string[] = []): Shape =>
  (value, path, issues) => {
    if (!isRecord(value)) return wrong(issues, path, value, 'an object');
    for (const key of required) if (value[key] === undefined) entries[key]!(undefined, at(path, key), issues);
    for (const key in value) {
      if (value[key] !== undefined && Object.hasOwn(entries, key)) entries[key]!(value[key], at(path, key), issues);
    }
  };
const extensions = list(object({ url: string }, ['url']));
const ITEM: Shape = object(
  {
    linkId: string,
    type: string,
    text: string,
    prefix: string,
    required: boolean,
    repeats: boolean,
    readOnly: boolean,
    maxLength: primitive(Number.isFinite, 'a number'),
    enableBehavior: primitive((x) => x === 'all' || x === 'any', 'one of all, any'),
    enableWhen: list(object({ question: string, operator: string }, ['question', 'operator'])),
    answerValueSet: string,
    answerOption: list(object({ initialSelected: boolean, extension: extensions })),
    initial: list(object({})),
    extension: extensions,
    item: list((value, path, issues) => ITEM(value, path, issues)),
  },
  ['linkId', 'type'],
);
const QUESTIONNAIRE: Shape = object(
  {
    resourceType: primitive((x) => x === 'Questionnaire', '"Questionnaire"'),
    extension: extensions,
    contained: list(object({ resourceType: string, id: string }, ['resourceType'])),
    item: list(ITEM),
  },
  ['resourceType'],
);

interface RawQuestionnaire {
  readonly resourceType: 'Questionnaire';
  readonly extension?: readonly Extension[];
  readonly contained?: readonly Contained[];
  readonly item?: readonly RawItem[];
  readonly [key: string]: unknown;
}

interface RawItem {
  readonly linkId: string;
  readonly type: string;
  readonly text?: string;
  readonly prefix?: string;
  readonly required?: boolean;
  readonly repeats?: boolean;
  readonly readOnly?: boolean;
  readonly maxLength?: number;
  readonly enableBehavior?: 'all' | 'any';
  readonly enableWhen?: readonly (Record<string, unknown> & { question: string; operator: string })[];
  readonly answerValueSet?: string;
  readonly answerOption?: readonly (Record<string, unknown> & {
    initialSelected?: boolean;
    extension?: readonly Extension[];
  })[];
  readonly initial?: readonly Record<string, unknown>[];
  readonly extension?: readonly Extension[];
  readonly item?: readonly RawItem[];
  readonly [key: string]: unknown;
}

export type Contained = Record<string, unknown> & { resourceType: string; id?: string };

const SIMPLE_KEY: Partial<Record<ItemType, AnswerKey>> = {
  boolean: 'valueBoolean',
  decimal: 'valueDecimal',
  integer: 'valueInteger',
  date: 'valueDate',
  dateTime: 'valueDateTime',
  time: 'valueTime',
  string: 'valueString',
  text: 'valueString',
  url: 'valueUri',
  quantity: 'valueQuantity',
};
const OPTION_KEYS = ['valueCoding', 'valueString', 'valueInteger', 'valueDate'] as const;
const ORDERED: readonly ValueKind[] = ['number', 'temporal', 'time', 'quantity'];
const MAX_LENGTH_TYPES: readonly ItemType[] = ['boolean', 'decimal', 'integer', 'string', 'text', 'url', 'open-choice'];

/** Problems found while parsing: each names an item and the construct. */
export class Issues {
  readonly list: ValidationIssue[] = [];
  /** `what` says the construct and that it is not supported (`type "attachment" is not supported`). */
  unsupported(path: string, linkId: string | undefined, what: string): void {
    this.list.push({ path, message: `${who(linkId)}${what}`, code: 'unsupported' });
  }
  invalid(path: string, linkId: string | undefined, problem: string, code = 'invalid'): void {
    this.list.push({ path, message: `${who(linkId)}${problem}`, code });
  }
  /** `element[key]` with its translations; a broken translation is `invalid`. */
  translatable(
    element: Readonly<Record<string, unknown>>,
    key: string,
    language: string | undefined,
    path: string,
    linkId: string | undefined,
  ): Translatable | undefined {
    const problems: TranslationProblem[] = [];
    const found = translatableOf(element, key, language, path, problems);
    for (const p of problems) this.invalid(p.path, linkId, p.problem);
    return found;
  }
}
const who = (linkId: string | undefined) => (linkId === undefined ? 'the questionnaire: ' : `item "${linkId}": `);
const at = (path: string, key: string | number) => (path ? `${path}.${key}` : `${key}`);

export const numberOf = (ext: Extension): number | undefined => {
  const n = ext.valueDecimal ?? ext.valueInteger;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

/** The `value[x]` of an element: its suffix (`Coding`) and value, or undefined if none or several. */
function choiceValue(element: Record<string, unknown>, prefix: string): { suffix: string; raw: unknown } | undefined {
  let found: { suffix: string; raw: unknown } | undefined;
  for (const key in element) {
    if (!key.startsWith(prefix) || key.length === prefix.length) continue;
    const first = key.charAt(prefix.length);
    if (first !== first.toUpperCase()) continue;
    if (found) return undefined;
    found = { suffix: key.slice(prefix.length), raw: element[key] };
  }
  return found;
}

/** The weight a choice carries: `ordinalValue` / `itemWeight` on the option or its coding. */
export function weightOf(...extensionLists: unknown[]): number | undefined {
  for (const list of extensionLists) {
    if (list === undefined) continue;
    for (const ext of extensionsOf(list)) {
      if (ext.url === EXT.ordinalValue || ext.url === EXT.itemWeight || ext.url === EXT.valueSetOrdinalValue) {
        const n = numberOf(ext);
        if (n !== undefined) return n;
      }
    }
  }
  return undefined;
}

function checkExtensions(
  issues: Issues,
  path: string,
  linkId: string | undefined,
  element: Record<string, unknown>,
): void {
  const list = element.extension;
  const modifiers = element.modifierExtension;
  if (list === undefined && modifiers === undefined) return;
  if (Array.isArray(list)) {
    list.forEach((ext: unknown, i) => {
      const refused = isRecord(ext) && typeof ext.url === 'string' ? REFUSED_EXTENSIONS[ext.url] : undefined;
      if (refused) issues.unsupported(at(path, `extension.${i}`), linkId, refused);
    });
  }
  if (Array.isArray(modifiers)) {
    modifiers.forEach((ext: unknown, i) =>
      issues.unsupported(
        at(path, `modifierExtension.${i}`),
        linkId,
        `modifierExtension "${String(isRecord(ext) ? ext.url : ext)}" is not supported (it changes the meaning of the element)`,
      ),
    );
  }
}

interface Draft {
  readonly raw: RawItem;
  readonly item: TemplateItem;
}

/**
 * Parses a Questionnaire as published, with the parts of the engine at hand (`parts.ts`; the
 * package's `parseQuestionnaire` gives every part, `loadQuestionnaire` loads them). Throws a
 * `ValidationError` listing every problem, each with the path (`item.0.item.2.type`), a message
 * naming the linkId and the construct, and a code: `unsupported` (the engine does not do this
 * yet), `invalid` (the template is broken) or `enable-when-cycle`; `PartMissing` when the
 * template needs a part that is not among `parts`.
 */
export function parseWith(parts: Parts, json: unknown): Questionnaire {
  const shapeIssues: ValidationIssue[] = [];
  QUESTIONNAIRE(json, '', shapeIssues);
  if (shapeIssues.length) throw new ValidationError(shapeIssues);
  // A copy of the top level only: the items are read where they are, never changed.
  const resource = { ...(json as RawQuestionnaire) };
  const issues = new Issues();
  const language = typeof resource.language === 'string' && resource.language ? resource.language : undefined;
  const title = issues.translatable(resource, 'title', language, '', undefined);
  checkExtensions(issues, '', undefined, resource);
  const variables: Expression[] = [];
  (resource.extension ?? []).forEach((ext, i) => {
    if (ext.url !== EXT.variable) return;
    const variable = partOf(parts, 'expressions').fhirPathOf(
      issues,
      `extension.${i}`,
      undefined,
      'variable',
      ext,
      true,
    );
    if (variable) variables.push(variable);
  });
  const contained = resource.contained ?? [];
  const drafts: Draft[] = [];
  const byLinkId = new Map<string, TemplateItem>();

  const build = (raw: RawItem, path: string, parent: TemplateItem | undefined): TemplateItem => {
    const item = buildItem(issues, raw, path, parent, contained, language, parts);
    if (byLinkId.has(raw.linkId)) issues.invalid(at(path, 'linkId'), raw.linkId, 'the linkId is used twice');
    byLinkId.set(raw.linkId, item);
    drafts.push({ raw, item });
    (item.children as TemplateItem[]).push(
      ...(raw.item ?? []).map((child, i) => build(child, at(path, `item.${i}`), item)),
    );
    return item;
  };
  const items = (resource.item ?? []).map((raw, i) => build(raw, `item.${i}`, undefined));

  // Conditions can be checked only once every item is known.
  for (const { raw, item } of drafts) {
    if (raw.enableWhen?.length)
      (item.enableWhen as Condition[]).push(...conditionsOf(issues, raw, item.path, byLinkId));
  }
  if (issues.list.length) throw new ValidationError(issues.list);

  const dependants = new Map<string, TemplateItem[]>();
  for (const { item } of drafts) {
    for (const c of item.enableWhen) {
      const list = dependants.get(c.question) ?? [];
      if (!list.includes(item)) list.push(item);
      dependants.set(c.question, list);
    }
  }
  const evaluationOrder = orderForEvaluation(
    drafts.map((d) => d.item),
    byLinkId,
    dependants,
    parts,
  );
  const hasExpressions =
    variables.length > 0 ||
    drafts.some(
      ({ item }) =>
        item.variables.length > 0 ||
        item.calculatedExpression !== undefined ||
        item.initialExpression !== undefined ||
        item.enableWhenExpression !== undefined,
    );
  return {
    resource,
    ...(language === undefined ? {} : { language }),
    ...(title ? { title } : {}),
    items,
    byLinkId,
    evaluationOrder,
    dependants,
    variables,
    hasExpressions,
    parts,
  };
}

function buildItem(
  issues: Issues,
  raw: RawItem,
  path: string,
  parent: TemplateItem | undefined,
  contained: readonly Contained[],
  language: string | undefined,
  parts: Parts,
): TemplateItem {
  const linkId = raw.linkId;
  // More than one instance of an item: its engine needs the part that keeps repetitions.
  if (raw.repeats && raw.type === 'group') partOf(parts, 'repetitions');
  checkExtensions(issues, path, linkId, raw);
  const type = raw.type as ItemType;
  if (!(ITEM_TYPES as readonly string[]).includes(raw.type)) {
    issues.unsupported(at(path, 'type'), linkId, `type "${raw.type}" is not supported`);
  }
  if (parent && parent.type === 'display') {
    issues.invalid(path, linkId, `a display item ("${parent.linkId}") cannot have items under it`);
  }
  if (parent && parent.repeats && parent.type !== 'group') {
    issues.unsupported(path, linkId, `an item under a repeating question ("${parent.linkId}") is not supported`);
  }
  const isQuestion = type !== 'group' && type !== 'display';

  const ext: {
    minValue?: Value;
    maxValue?: Value;
    entryFormat?: string;
    control?: ItemControl;
    unit?: Coding;
    unitLabel?: Translatable;
    sliderStep?: number;
    hidden?: boolean;
    calculatedExpression?: string;
    initialExpression?: string;
    enableWhenExpression?: string;
    minOccurs?: number;
    maxOccurs?: number;
  } = {};
  const variables: Expression[] = [];
  raw.extension?.forEach((e, i) => {
    const where = at(path, `extension.${i}`);
    switch (e.url) {
      case EXT.minValue:
      case EXT.maxValue: {
        const key = e.url === EXT.minValue ? 'minValue' : 'maxValue';
        const found = choiceValue(e, 'value');
        const value = found && valueOf(found.suffix, found.raw);
        const fits = value && isWellFormed(found.suffix, found.raw) && limitFits(type, value.kind);
        if (!fits) issues.invalid(where, linkId, `${key} must be a value of the item's type (${type})`);
        else ext[key] = value;
        break;
      }
      case EXT.entryFormat:
        if (typeof e.valueString === 'string') ext.entryFormat = e.valueString;
        break;
      case EXT.hidden:
        ext.hidden = e.valueBoolean === true;
        break;
      case EXT.unit:
        if (isRecord(e.valueCoding)) {
          ext.unit = e.valueCoding;
          ext.unitLabel = issues.translatable(e.valueCoding, 'display', language, `${where}.valueCoding`, linkId);
        }
        break;
      case EXT.sliderStepValue:
        if (typeof e.valueInteger === 'number') ext.sliderStep = e.valueInteger;
        break;
      case EXT.itemControl: {
        const concept = isRecord(e.valueCodeableConcept) ? e.valueCodeableConcept : {};
        const codings = recordsOf(concept.coding).filter(
          (c) => c.system === undefined || c.system === ITEM_CONTROL_SYSTEM,
        );
        const code = typeof codings[0]?.code === 'string' ? codings[0].code : undefined;
        if (code && (ITEM_CONTROLS as readonly string[]).includes(code)) ext.control = code as ItemControl;
        else issues.unsupported(where, linkId, `itemControl "${String(code)}" is not supported`);
        break;
      }
      case EXT.calculatedExpression:
      case EXT.initialExpression:
      case EXT.enableWhenExpression: {
        const key =
          e.url === EXT.calculatedExpression
            ? 'calculatedExpression'
            : e.url === EXT.initialExpression
              ? 'initialExpression'
              : 'enableWhenExpression';
        const found = partOf(parts, 'expressions').fhirPathOf(issues, where, linkId, key, e, false);
        if (found) ext[key] = found.expression;
        break;
      }
      case EXT.minOccurs:
      case EXT.maxOccurs: {
        const key = e.url === EXT.minOccurs ? 'minOccurs' : 'maxOccurs';
        const n = e.valueInteger;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
          issues.invalid(where, linkId, `${key} must be a valueInteger of 0 or more`);
        } else if (!raw.repeats && (key === 'maxOccurs' || n > 1)) {
          issues.invalid(where, linkId, `${key} ${n} needs an item that repeats`);
        } else {
          ext[key] = n;
        }
        break;
      }
      case EXT.variable: {
        const found = partOf(parts, 'expressions').fhirPathOf(issues, where, linkId, 'variable', e, true);
        if (found) variables.push(found);
        break;
      }
    }
  });

  if (raw.maxLength !== undefined && !MAX_LENGTH_TYPES.includes(type)) {
    issues.invalid(at(path, 'maxLength'), linkId, `maxLength cannot be given for a ${type} item`);
  }
  if (!isQuestion && (raw.required || raw.readOnly) && type === 'display') {
    issues.invalid(path, linkId, 'a display item cannot be required or read-only');
  }

  // Choices.
  let options: AnswerChoice[] | undefined;
  if (raw.answerOption && raw.answerValueSet) {
    issues.invalid(path, linkId, 'answerOption and answerValueSet cannot both be given');
  }
  if (raw.answerOption) {
    if (type !== 'choice' && type !== 'open-choice') {
      issues.invalid(at(path, 'answerOption'), linkId, `answerOption cannot be given for a ${type} item`);
    }
    options = [];
    raw.answerOption.forEach((option, i) => {
      const where = at(path, `answerOption.${i}`);
      checkExtensions(issues, where, linkId, option);
      const found = choiceValue(option, 'value');
      const key = found && (`value${found.suffix}` as AnswerKey);
      if (!found || !key || !(OPTION_KEYS as readonly string[]).includes(key)) {
        issues.unsupported(
          where,
          linkId,
          found ? `answerOption value${found.suffix} is not supported` : 'an answerOption needs exactly one value[x]',
        );
        return;
      }
      if (!isWellFormed(found.suffix, found.raw)) {
        issues.invalid(where, linkId, `answerOption ${key} is not a well-formed value`);
        return;
      }
      const coding = key === 'valueCoding' ? (found.raw as Coding) : undefined;
      const weight = weightOf(option.extension, coding?.extension);
      const label = coding
        ? issues.translatable(coding, 'display', language, `${where}.valueCoding`, linkId)
        : key === 'valueString'
          ? issues.translatable(option, 'valueString', language, where, linkId)
          : undefined;
      options!.push({
        answer: { [key]: found.raw },
        value: valueOf(found.suffix, found.raw)!,
        ...(weight === undefined ? {} : { weight }),
        initialSelected: option.initialSelected === true,
        ...(label ? { label } : {}),
      });
    });
  } else if (raw.answerValueSet !== undefined) {
    if (type !== 'choice' && type !== 'open-choice') {
      issues.invalid(at(path, 'answerValueSet'), linkId, `answerValueSet cannot be given for a ${type} item`);
    } else {
      options = partOf(parts, 'valueSets').valueSetChoices(
        issues,
        at(path, 'answerValueSet'),
        linkId,
        raw.answerValueSet,
        contained,
        language,
      );
    }
  } else if (type === 'choice') {
    issues.invalid(path, linkId, 'a choice item needs answerOption or answerValueSet');
  }

  const answerKeys: AnswerKey[] = [];
  const simple = SIMPLE_KEY[type];
  if (simple) answerKeys.push(simple);
  if (type === 'choice' || type === 'open-choice') {
    const keys = new Set<AnswerKey>((options ?? []).map((o) => Object.keys(o.answer)[0] as AnswerKey));
    if (!keys.size) keys.add('valueCoding');
    if (type === 'open-choice') keys.add('valueString');
    answerKeys.push(...keys);
  }

  // Initial answers.
  const initial: Answer[] = [];
  if (raw.initial) {
    if (!isQuestion) issues.invalid(at(path, 'initial'), linkId, `a ${type} item cannot have initial answers`);
    if (raw.answerOption) issues.invalid(at(path, 'initial'), linkId, 'with answerOption, use initialSelected');
    if (raw.initial.length > 1 && !raw.repeats) {
      issues.invalid(at(path, 'initial'), linkId, 'several initial answers for an item that does not repeat');
    }
    raw.initial.forEach((init, i) => {
      const where = at(path, `initial.${i}`);
      const found = choiceValue(init, 'value');
      const key = found && (`value${found.suffix}` as AnswerKey);
      if (!found || !key || !answerKeys.includes(key) || !isWellFormed(found.suffix, found.raw)) {
        issues.invalid(where, linkId, `initial must be one well-formed ${answerKeys.join(' or ') || 'value'}`);
      } else {
        initial.push({ [key]: found.raw });
      }
    });
  }
  for (const option of options ?? []) if (option.initialSelected) initial.push(option.answer);
  if (options && initial.length > 1 && !raw.repeats) {
    issues.invalid(path, linkId, 'several answerOptions are initialSelected for an item that does not repeat');
  }

  if ((ext.calculatedExpression ?? ext.initialExpression) !== undefined && !isQuestion) {
    issues.invalid(path, linkId, `a ${type} item cannot have a calculated or initial answer`);
  }
  if (ext.initialExpression !== undefined && initial.length) {
    issues.invalid(path, linkId, 'initial answers and an initialExpression cannot both be given');
  }
  if (ext.enableWhenExpression !== undefined && raw.enableWhen?.length) {
    issues.invalid(path, linkId, 'enableWhen and an enableWhenExpression cannot both be given');
  }
  if ((raw.enableWhen?.length ?? 0) > 1 && raw.enableBehavior === undefined) {
    issues.invalid(at(path, 'enableBehavior'), linkId, 'enableBehavior must be given with more than one enableWhen');
  }

  const text = issues.translatable(raw, 'text', language, path, linkId);
  const prefix = issues.translatable(raw, 'prefix', language, path, linkId);
  const texts: { -readonly [K in keyof ItemTexts]: ItemTexts[K] } = {};
  if (text) texts.text = text;
  if (prefix) texts.prefix = prefix;
  if (ext.unitLabel) texts.unit = ext.unitLabel;
  const item: { -readonly [K in keyof TemplateItem]: TemplateItem[K] } = {
    linkId,
    type,
    texts,
    required: raw.required === true,
    repeats: raw.repeats === true,
    readOnly: raw.readOnly === true,
    hidden: ext.hidden === true,
    initial,
    enableWhen: [],
    enableBehavior: raw.enableBehavior ?? 'all',
    variables,
    answerKeys,
    children: [],
    parent,
    path,
    source: raw,
  };
  // The optional elements only where given: assigned, not spread (a spread per element and item
  // was a tenth of the parse of a large template).
  if (raw.text !== undefined) item.text = raw.text;
  if (raw.prefix !== undefined) item.prefix = raw.prefix;
  if (raw.maxLength !== undefined) item.maxLength = raw.maxLength;
  if (options) item.options = options;
  for (const key in ext) {
    const value = ext[key as keyof typeof ext];
    if (value !== undefined && key !== 'unitLabel' && key !== 'hidden') (item as Record<string, unknown>)[key] = value;
  }
  return item;
}

/** Whether a minValue / maxValue of this kind can bound answers of `type`. */
function limitFits(type: ItemType, kind: ValueKind): boolean {
  switch (type) {
    case 'integer':
    case 'decimal':
    case 'quantity':
      return kind === 'number';
    case 'date':
    case 'dateTime':
      return kind === 'temporal';
    case 'time':
      return kind === 'time';
    default:
      return false;
  }
}

function conditionsOf(
  issues: Issues,
  raw: RawItem,
  path: string,
  byLinkId: ReadonlyMap<string, TemplateItem>,
): Condition[] {
  const conditions: Condition[] = [];
  (raw.enableWhen ?? []).forEach((when, i) => {
    const where = at(path, `enableWhen.${i}`);
    checkExtensions(issues, where, raw.linkId, when);
    const target = byLinkId.get(when.question);
    if (!target) {
      issues.invalid(where, raw.linkId, `enableWhen looks at "${when.question}", which is not in the questionnaire`);
      return;
    }
    if (target.type === 'group' || target.type === 'display') {
      issues.invalid(where, raw.linkId, `enableWhen looks at "${when.question}", a ${target.type}, not a question`);
      return;
    }
    if (!(OPERATORS as readonly string[]).includes(when.operator)) {
      issues.invalid(where, raw.linkId, `enableWhen operator "${when.operator}" is not an R4 operator`);
      return;
    }
    const operator = when.operator as Operator;
    const found = choiceValue(when, 'answer');
    const kind = found && kindOfSuffix(found.suffix);
    if (!found || !kind) {
      issues.unsupported(
        where,
        raw.linkId,
        found ? `enableWhen answer${found.suffix} is not supported` : 'an enableWhen needs exactly one answer[x]',
      );
      return;
    }
    if (!isWellFormed(found.suffix, found.raw) && !(found.suffix === 'String' && typeof found.raw === 'string')) {
      issues.invalid(where, raw.linkId, `enableWhen answer${found.suffix} is not a well-formed value`);
      return;
    }
    if (operator === 'exists') {
      if (kind !== 'boolean') issues.invalid(where, raw.linkId, 'enableWhen "exists" takes answerBoolean');
    } else {
      const targetKinds = target.answerKeys.map((k) => kindOfSuffix(k.slice('value'.length)));
      if (!targetKinds.includes(kind)) {
        issues.invalid(
          where,
          raw.linkId,
          `enableWhen answer${found.suffix} can never match the answers of "${target.linkId}" (${target.type})`,
        );
        return;
      }
      if (operator !== '=' && operator !== '!=' && !ORDERED.includes(kind)) {
        issues.invalid(where, raw.linkId, `enableWhen "${operator}" cannot order answer${found.suffix}`);
        return;
      }
    }
    conditions.push({ question: when.question, operator, value: valueOf(found.suffix, found.raw)! });
  });
  return conditions;
}

/**
 * An order where each item comes after its parent and after the questions its enableWhen looks
 * at: depth first, in document order (one visit per item and condition). A cycle (an item
 * enabled by its own descendant, or two items enabling each other) is refused, naming the items
 * that cannot be ordered (`stuckIn`, in `cycles.ts`).
 */
function orderForEvaluation(
  items: readonly TemplateItem[],
  byLinkId: ReadonlyMap<string, TemplateItem>,
  dependants: ReadonlyMap<string, readonly TemplateItem[]>,
  parts: Parts,
): TemplateItem[] {
  const order: TemplateItem[] = [];
  const done = new Set<TemplateItem>();
  const visiting = new Set<TemplateItem>();
  const visit = (item: TemplateItem): boolean => {
    if (done.has(item)) return true;
    if (visiting.has(item)) return false;
    visiting.add(item);
    if (item.parent && !visit(item.parent)) return false;
    for (const c of item.enableWhen) if (!visit(byLinkId.get(c.question)!)) return false;
    done.add(item);
    order.push(item);
    return true;
  };
  for (const item of items) if (!visit(item)) partOf(parts, 'cycles').stuckIn(items, dependants);
  return order;
}
