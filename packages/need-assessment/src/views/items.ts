/**
 * The items of a Questionnaire as Lit templates, functions of one item instance and the
 * callbacks of `ItemContext` (no `this`). Every control has its label in the same shadow root;
 * groups and sets of choices are `fieldset`s with a `legend`; hints (help items, the entry
 * format) and errors are tied to the control with `aria-describedby`.
 */
import { msg, str } from '@lit/localize';
import { html as litHtml, nothing, type TemplateResult } from 'lit';
import {
  inLanguage,
  sameLanguage,
  textIn,
  type Answer,
  type ItemNode,
  type Questionnaire,
  type TemplateItem,
  type Translatable,
} from '@saumaton/questionnaire/lazy';
import { answerText, bounds, choiceControl, choiceIndex, choiceLabel, ownAnswer } from '../answers.js';
import type * as Repetitions from './repetitions.js';
import type * as Slider from './slider.js';

/** What the item templates need from the widget. */
export interface ItemContext {
  /** The language to show the template's texts in: the widget's locale. */
  language(): string;
  /** The item instance with this id, if it is still there. */
  node(id: string): ItemNode | undefined;
  /** An item instance's template, or nothing while it is disabled or hidden (cached by the widget). */
  child(node: ItemNode, repetition?: RepetitionInfo): TemplateResult | typeof nothing;
  /** The messages to show at the item now; undefined until its answers are checked (answered or left). */
  problems(node: ItemNode): Problems;
  /** The text of control `index` as the user typed it, when it is not (yet) an answer. */
  draft(node: ItemNode, index: number): string | undefined;
  /** A text control changed (`input`). */
  onText(node: ItemNode, index: number, text: string): void;
  /** A control was left or committed (`change`): its problems are shown from now on. */
  onCommit(node: ItemNode): void;
  onBoolean(node: ItemNode, value: boolean | undefined): void;
  /**
   * The choices now selected (indices into the item's options) and the user's own text;
   * `fromOwn` when the user typed in the own-text field rather than picking a choice.
   */
  onChoices(node: ItemNode, chosen: readonly number[], own: string, fromOwn: boolean): void;
  onAddRepetition(node: ItemNode): void;
  onRemoveRepetition(node: ItemNode): void;
}

export const idOf = (node: ItemNode) => `q-${node.id}`;

/**
 * `html` with the templates' strings shorn of the whitespace that only lays out the source (a run
 * with a line break): a form of 300 items had some 1900 text nodes of nothing but whitespace,
 * each cloned, walked by Lit and laid out. Made once per template. A space that must stay
 * between two tags is written `&#32;`.
 */
const compact = new WeakMap<TemplateStringsArray, TemplateStringsArray>();
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let tight = compact.get(strings);
  if (!tight) {
    // Between tags, or between a tag and a binding, it goes; inside a tag it is one space.
    const trimmed = strings.map((s) =>
      s.replace(/(>?)\s*\n\s*(<?)/g, (_, end: string, start: string) => (end || start ? end + start : ' ')),
    );
    compact.set(strings, (tight = Object.assign(trimmed, { raw: trimmed })));
  }
  return litHtml(tight, ...values);
}

/**
 * The views only some templates use, each a module of its own: repeating groups (their add and
 * remove buttons, and the keyed list that keeps each repetition's controls), and sliders. Loaded
 * by `loadViews` before the first render of a template that uses them.
 */
let repetitions: typeof Repetitions | undefined;
let slider: typeof Slider | undefined;

/** What of the lazily loaded views a template uses, found once per template. */
const viewsUsed = new WeakMap<Questionnaire, { readonly repetitions: boolean; readonly slider: boolean }>();

/**
 * Loads the views `questionnaire` uses that are not loaded yet; undefined when there are none to
 * load (most templates), so that the widget renders at once.
 */
export function loadViews(questionnaire: Questionnaire): Promise<void> | undefined {
  let used = viewsUsed.get(questionnaire);
  if (!used) {
    let repeating = false;
    let sliders = false;
    for (const item of questionnaire.byLinkId.values()) {
      repeating ||= item.type === 'group' && item.repeats;
      sliders ||= item.control === 'slider';
    }
    viewsUsed.set(questionnaire, (used = { repetitions: repeating, slider: sliders }));
  }
  const loads: Promise<unknown>[] = [];
  if (used.repetitions && !repetitions) loads.push(import('./repetitions.js').then((m) => (repetitions = m)));
  if (used.slider && !slider) loads.push(import('./slider.js').then((m) => (slider = m)));
  return loads.length ? Promise.all(loads).then(() => undefined) : undefined;
}

/** The messages shown at an item; undefined until its answers are checked (answered or left). */
export type Problems = readonly string[] | undefined;

/**
 * `aria-invalid` once the item's answers have been checked; before that the control claims
 * nothing (an absent attribute is the same as `false`), so a new form sets no attribute for it.
 */
export const invalid = (problems: Problems) => (problems ? String(problems.length > 0) : nothing);

/**
 * A template's text in `language`; a text in another language (no translation) is marked with
 * its own `lang`, so that it is read out in that language.
 */
export function say(text: Translatable | undefined, language: string): TemplateResult | string | undefined {
  const found = inLanguage(text, language);
  if (!found) return undefined;
  return found.language && !sameLanguage(found.language, language)
    ? html`<span lang=${found.language}>${found.text}</span>`
    : found.text;
}

/** An item's text in `language`, else its linkId. */
export const itemText = (item: TemplateItem, language: string): string =>
  textIn(item.texts.text, language) ?? item.linkId;

/**
 * An item's label: its prefix and text, a repetition's number, and "(required)" in words when it
 * is required. Most have none of these: their label is the text itself, no template of its own.
 */
export function itemLabel(node: ItemNode, ctx: ItemContext, number?: string): TemplateResult | string {
  const item = node.item;
  const language = ctx.language();
  const text = say(item.texts.text, language) ?? item.linkId;
  const prefix = say(item.texts.prefix, language);
  if (!prefix && !number && !node.required) return text;
  return html`${prefix ? html`<span class="prefix">${prefix}</span>` : nothing}${text}${number ?? nothing}${
    node.required ? html` <span class="required">${msg('(required)')}</span>` : nothing
  }`;
}

const isHelp = (item: TemplateItem) => item.type === 'display' && item.control === 'help';
/** Whether a template item has help items under it, asked once per item of the template. */
const withHelp = new WeakMap<TemplateItem, boolean>();
const NONE: readonly ItemNode[] = [];

/** The help items under a question (`itemControl` help), shown as its hint. */
function helpOf(node: ItemNode): readonly ItemNode[] {
  let has = withHelp.get(node.item);
  if (has === undefined) withHelp.set(node.item, (has = node.item.children.some(isHelp)));
  return has ? node.children.filter((c) => isHelp(c.item)) : NONE;
}

/** The items under an instance that are shown as items of their own (all but its help items). */
function nestedOf(node: ItemNode): readonly ItemNode[] {
  if (!node.children.length) return NONE;
  return helpOf(node).length ? node.children.filter((c) => !isHelp(c.item)) : node.children;
}

export function hints(node: ItemNode, ctx: ItemContext): TemplateResult | typeof nothing {
  const format = node.item.entryFormat;
  const help = helpOf(node);
  if (!help.length && !format) return nothing;
  const shown = help.filter((h) => h.enabled);
  if (!shown.length && !format) return nothing;
  return html`<span class="hint" id=${`${idOf(node)}-hint`}
    >${shown.map((h) => html`<span>${say(h.item.texts.text, ctx.language()) ?? ''} </span>`)}${
      format ? html`<span>${msg(str`Format: ${format}`)}</span>` : nothing
    }</span
  >`;
}

export function errors(problems: Problems, node: ItemNode): TemplateResult | typeof nothing {
  return problems?.length
    ? html`<span class="field-error" id=${`${idOf(node)}-error`}>${problems.join(' ')}</span>`
    : nothing;
}

export function describedBy(node: ItemNode, problems: Problems): string | typeof nothing {
  const ids = [];
  if (node.item.entryFormat || helpOf(node).some((h) => h.enabled)) ids.push(`${idOf(node)}-hint`);
  if (problems?.length) ids.push(`${idOf(node)}-error`);
  return ids.length ? ids.join(' ') : nothing;
}

/** An item instance: a group, a display text or a question. */
export function itemView(node: ItemNode, ctx: ItemContext, repetition?: RepetitionInfo): TemplateResult {
  const item = node.item;
  if (item.type === 'group') return groupView(node, ctx, repetition);
  if (item.type === 'display') return html`<p class="display" id=${idOf(node)}>${itemLabel(node, ctx)}</p>`;
  const problems = ctx.problems(node);
  const body =
    item.type === 'boolean'
      ? booleanView(node, ctx, problems)
      : item.type === 'choice' || item.type === 'open-choice'
        ? choiceView(node, ctx, problems)
        : slider && item.control === 'slider' && (item.type === 'integer' || item.type === 'decimal')
          ? slider.sliderView(node, ctx, problems)
          : textView(node, ctx, problems);
  const nested = nestedOf(node);
  return nested.length ? html`${body}${childrenView(nested, ctx)}` : body;
}

/** Where a repetition of a repeating group stands among its siblings. */
export interface RepetitionInfo {
  readonly index: number;
  readonly count: number;
  readonly last: boolean;
}

function groupView(node: ItemNode, ctx: ItemContext, repetition: RepetitionInfo | undefined): TemplateResult {
  const item = node.item;
  const problems = ctx.problems(node);
  return html`<fieldset class="group" id=${idOf(node)} aria-describedby=${describedBy(node, problems)}>
      <legend>
        ${itemLabel(node, ctx, repetition && repetition.count > 1 ? ` (${repetition.index + 1})` : undefined)}
      </legend>
      ${hints(node, ctx)}${errors(problems, node)}${childrenView(nestedOf(node), ctx)}
      ${repetition && repetitions && !item.readOnly ? repetitions.removeButton(node, ctx, repetition) : nothing}
    </fieldset>
    ${repetition?.last && repetitions && !item.readOnly ? repetitions.addButton(node, ctx) : nothing}`;
}

/** Items under one parent, keyed by instance, repeating groups with their add and remove buttons. */
export function childrenView(children: readonly ItemNode[], ctx: ItemContext): TemplateResult {
  // Where each repetition of a repeating group stands: one pass over the siblings.
  let byLinkId: Map<string, ItemNode[]> | undefined;
  for (const c of children) {
    if (c.item.type !== 'group' || !c.item.repeats) continue;
    byLinkId ??= new Map();
    let list = byLinkId.get(c.item.linkId);
    if (!list) byLinkId.set(c.item.linkId, (list = []));
    list.push(c);
  }
  // Without repeating groups the children are always the same instances in the same places:
  // rendered in order, with no keys to keep.
  if (!byLinkId || !repetitions) return html`<div class="items">${children.map((c) => ctx.child(c))}</div>`;
  return repetitions.repeatedChildren(children, byLinkId, ctx);
}

function booleanView(node: ItemNode, ctx: ItemContext, problems: Problems): TemplateResult {
  const id = idOf(node);
  const value = node.answers[0]?.valueBoolean;
  // `|| nothing`: a binding left at nothing touches no DOM, so a new form sets no attribute it does not need.
  const disabled = node.item.readOnly || nothing;
  const wrong = invalid(problems);
  return html`<fieldset class="boolean" id=${id} aria-describedby=${describedBy(node, problems)}>
    <legend>${itemLabel(node, ctx)}</legend>
    ${hints(node, ctx)}
    <div class="options">
      <label
        ><input
          type="radio"
          name=${id}
          id=${`${id}-yes`}
          .checked=${value === true || nothing}
          ?disabled=${disabled}
          aria-invalid=${wrong}
        />${msg('Yes')}</label
      >&#32;<label
        ><input
          type="radio"
          name=${id}
          id=${`${id}-no`}
          .checked=${value === false || nothing}
          ?disabled=${disabled}
          aria-invalid=${wrong}
        />${msg('No')}</label
      >
      ${
        value !== undefined && !node.item.readOnly
          ? html`<button type="button" id=${`${id}-clear`} @click=${() => ctx.onBoolean(node, undefined)}>
              ${msg('Clear answer')}
            </button>`
          : nothing
      }
    </div>
    ${errors(problems, node)}
  </fieldset>`;
}

/**
 * The `input` and `change` events of every control, handled once at the form rather than by a
 * listener per control (a 300-item form would add some 600). The id of the control names the
 * item instance: `q-<id>`, `q-<id>-<n>` for the n-th control of a repeating question or the
 * n-th option of a choice, `q-<id>-yes` / `-no` for a boolean, `q-<id>-own` for the text of
 * an open choice (the engine's instance ids have no `-`).
 */
export function onControlEvent(event: Event, ctx: ItemContext): void {
  const control = event.target as HTMLInputElement;
  const [id, suffix] = control.closest('[id]')?.id.slice(2).split('-') ?? [];
  const node = id ? ctx.node(id) : undefined;
  if (!node) return;
  const type = node.item.type;
  const change = event.type === 'change';
  if (type === 'boolean') {
    if (change) ctx.onBoolean(node, suffix === 'yes');
  } else if (type === 'choice' || type === 'open-choice') {
    // A choice is made on change; the own text is taken as typed, and committed on change.
    const own = suffix === 'own';
    if (change !== own) {
      const { chosen, own: text } = readChoices(control.closest('.choice-item')!);
      ctx.onChoices(node, chosen, text, own);
    }
    if (change) ctx.onCommit(node);
  } else if (change) {
    ctx.onCommit(node);
  } else {
    ctx.onText(node, Number(suffix ?? 0), control.value);
  }
}

/** The chosen option indices and the user's own text, read from a choice item's controls. */
function readChoices(container: Element): { chosen: number[]; own: string } {
  const chosen: number[] = [];
  // The options' inputs are in the order of the options.
  container.querySelectorAll<HTMLInputElement>('.options input').forEach((input, i) => {
    if (input.checked) chosen.push(i);
  });
  for (const selectEl of container.querySelectorAll<HTMLSelectElement>('select')) {
    for (const o of selectEl.selectedOptions) if (o.value !== '') chosen.push(Number(o.value));
  }
  const own = container.querySelector<HTMLInputElement>('input[data-own]')?.value ?? '';
  return { chosen, own };
}

function choiceView(node: ItemNode, ctx: ItemContext, problems: Problems): TemplateResult {
  const item = node.item;
  const id = idOf(node);
  const options = item.options ?? [];
  const chosen = new Set(node.answers.map((a: Answer) => choiceIndex(item, a)).filter((i) => i >= 0));
  const control = choiceControl(item);
  const wrong = invalid(problems);
  const readOnly = item.readOnly || nothing;
  const described = describedBy(node, problems);

  const own =
    item.type === 'open-choice'
      ? html`<div class="field">
          <label for=${`${id}-own`}>${msg('Other, please specify')}</label>
          <input
            id=${`${id}-own`}
            data-own
            type="text"
            autocomplete="off"
            .value=${ctx.draft(node, 0) ?? ownAnswer(item, node.answers)}
            ?readonly=${readOnly}
            aria-invalid=${wrong}
          />
        </div>`
      : nothing;
  if (control === 'select') {
    return html`<div class="field choice-item">
      <label for=${id}>${itemLabel(node, ctx)}</label>
      ${hints(node, ctx)}
      <select
        id=${id}
        ?multiple=${item.repeats}
        ?disabled=${readOnly}
        aria-required=${node.required ? 'true' : nothing}
        aria-invalid=${wrong}
        aria-describedby=${described}
      >
        ${item.repeats ? nothing : html`<option value="" ?selected=${chosen.size === 0}>${msg('Choose…')}</option>`}
        ${options.map(
          (o, i) =>
            html`<option value=${i} ?selected=${chosen.has(i)} lang=${optionLanguage(o.label, ctx.language())}>
              ${choiceLabel(o, ctx.language())}
            </option>`,
        )}
      </select>
      ${own}${errors(problems, node)}
    </div>`;
  }
  // One template per input type: an input made as text and then given its type would be made twice.
  const box =
    control === 'checkbox'
      ? (label: unknown, checked: boolean, i: number) =>
          html`<label
            ><input
              type="checkbox"
              name=${id}
              id=${`${id}-${i}`}
              .checked=${checked || nothing}
              ?disabled=${readOnly}
              aria-invalid=${wrong}
            />${label}</label
          >`
      : (label: unknown, checked: boolean, i: number) =>
          html`<label
            ><input
              type="radio"
              name=${id}
              id=${`${id}-${i}`}
              .checked=${checked || nothing}
              ?disabled=${readOnly}
              aria-invalid=${wrong}
            />${label}</label
          >`;
  return html`<fieldset class="choices choice-item" id=${id} aria-describedby=${described}>
    <legend>${itemLabel(node, ctx)}</legend>
    ${hints(node, ctx)}
    <div class=${options.length > 4 ? 'options vertical' : 'options'}>
      ${options.map((o, i) => box(say(o.label, ctx.language()) ?? choiceLabel(o, ctx.language()), chosen.has(i), i))}
    </div>
    ${own}${errors(problems, node)}
  </fieldset>`;
}

/** The `lang` of an option whose text is not in `language`. */
function optionLanguage(label: Translatable | undefined, language: string): string | typeof nothing {
  const found = inLanguage(label, language)?.language;
  return found && !sameLanguage(found, language) ? found : nothing;
}

const INPUT_TYPES: Partial<Record<TemplateItem['type'], string>> = {
  date: 'date',
  dateTime: 'datetime-local',
  time: 'time',
  url: 'url',
};

function textView(node: ItemNode, ctx: ItemContext, problems: Problems): TemplateResult {
  const item = node.item;
  const id = idOf(node);
  // A repeating question: one control per answer, and an empty one after them for the next.
  const indices = item.repeats ? Array.from({ length: node.answers.length + 1 }, (_, i) => i) : [0];
  const numeric = item.type === 'integer' || item.type === 'decimal' || item.type === 'quantity';
  const { min, max } = bounds(item);
  const control = (index: number) => {
    const controlId = index === 0 ? id : `${id}-${index}`;
    const value = ctx.draft(node, index) ?? answerText(item, node.answers[index]);
    const common = {
      label: index === 0 ? nothing : `${itemText(item, ctx.language())} (${index + 1})`,
    };
    if (item.type === 'text') {
      return html`<textarea
        id=${controlId}
        rows="3"
        .value=${value}
        ?readonly=${item.readOnly || nothing}
        maxlength=${item.maxLength ?? nothing}
        aria-label=${common.label}
        aria-required=${node.required ? 'true' : nothing}
        aria-invalid=${invalid(problems)}
        aria-describedby=${describedBy(node, problems)}
      ></textarea>`;
    }
    return html`<input
      id=${controlId}
      type=${INPUT_TYPES[item.type] ?? nothing}
      inputmode=${numeric ? (item.type === 'integer' ? 'numeric' : 'decimal') : nothing}
      autocomplete="off"
      .value=${value}
      ?readonly=${item.readOnly || nothing}
      min=${!numeric && min !== undefined ? min : nothing}
      max=${!numeric && max !== undefined ? max : nothing}
      maxlength=${item.maxLength ?? nothing}
      aria-label=${common.label}
      aria-required=${node.required ? 'true' : nothing}
      aria-invalid=${invalid(problems)}
      aria-describedby=${describedBy(node, problems)}
    />`;
  };
  const unit = textIn(item.texts.unit, ctx.language()) ?? item.unit?.code;
  const label = itemLabel(node, ctx);
  const hint = hints(node, ctx);
  const error = errors(problems, node);
  if (!item.repeats && !unit && !item.readOnly && item.maxLength === undefined && (numeric || !(min ?? max))) {
    // Most questions: one control with nothing rare to say, in the field's own template (a form
    // of 300 items makes some 200 of them: a template instance and six bindings fewer each).
    if (item.type === 'text') {
      return html`<div class="field">
        <label for=${id}>${label}</label>${hint}<textarea
          id=${id}
          rows="3"
          .value=${ctx.draft(node, 0) ?? answerText(item, node.answers[0])}
          aria-required=${node.required ? 'true' : nothing}
          aria-invalid=${invalid(problems)}
          aria-describedby=${describedBy(node, problems)}
        ></textarea
        >${error}
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${label}</label>${hint}<input
        id=${id}
        type=${INPUT_TYPES[item.type] ?? nothing}
        inputmode=${numeric ? (item.type === 'integer' ? 'numeric' : 'decimal') : nothing}
        autocomplete="off"
        .value=${ctx.draft(node, 0) ?? answerText(item, node.answers[0])}
        aria-required=${node.required ? 'true' : nothing}
        aria-invalid=${invalid(problems)}
        aria-describedby=${describedBy(node, problems)}
      />${error}
    </div>`;
  }
  const withUnit = (i: number) =>
    unit ? html`<span class="with-unit">${control(i)}<span class="unit">${unit}</span></span>` : control(i);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint}${item.repeats ? indices.map(withUnit) : withUnit(0)}${error}
  </div>`;
}
