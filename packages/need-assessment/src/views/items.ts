/**
 * The items of a Questionnaire as Lit templates, functions of one item instance and the
 * callbacks of `ItemContext` (no `this`). Every control has its label in the same shadow root;
 * groups and sets of choices are `fieldset`s with a `legend`; hints (help items, the entry
 * format) and errors are tied to the control with `aria-describedby`.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  inLanguage,
  sameLanguage,
  textIn,
  type Answer,
  type ItemNode,
  type TemplateItem,
  type Translatable,
} from '@saumaton/questionnaire';
import { answerText, bounds, choiceControl, choiceIndex, choiceLabel, ownAnswer } from '../answers.js';

/** What the item templates need from the widget. */
export interface ItemContext {
  /** The language to show the template's texts in: the widget's locale. */
  language(): string;
  /** An item instance's template, or nothing while it is disabled or hidden (cached by the widget). */
  child(node: ItemNode, repetition?: RepetitionInfo): TemplateResult | typeof nothing;
  /** The messages to show at the item now. */
  problems(node: ItemNode): readonly string[];
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

function itemLabel(item: TemplateItem, ctx: ItemContext): TemplateResult | string {
  const language = ctx.language();
  const text = say(item.texts.text, language) ?? item.linkId;
  const prefix = say(item.texts.prefix, language);
  // Most items have no prefix: their label is the text itself, with no template of its own to make.
  return prefix ? html`<span class="prefix">${prefix}</span>${text}` : text;
}

function requiredMark(node: ItemNode): TemplateResult | typeof nothing {
  return node.required ? html` <span class="required">${msg('(required)')}</span>` : nothing;
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

function hints(node: ItemNode, ctx: ItemContext): TemplateResult | typeof nothing {
  const help = helpOf(node).filter((h) => h.enabled);
  const format = node.item.entryFormat;
  if (!help.length && !format) return nothing;
  return html`<span class="hint" id=${`${idOf(node)}-hint`}
    >${help.map((h) => html`<span>${say(h.item.texts.text, ctx.language()) ?? ''} </span>`)}${
      format ? html`<span>${msg(str`Format: ${format}`)}</span>` : nothing
    }</span
  >`;
}

function errors(problems: readonly string[], node: ItemNode): TemplateResult | typeof nothing {
  return problems.length
    ? html`<span class="field-error" id=${`${idOf(node)}-error`}>${problems.join(' ')}</span>`
    : nothing;
}

function describedBy(node: ItemNode, problems: readonly string[]): string | typeof nothing {
  const ids = [];
  if (helpOf(node).some((h) => h.enabled) || node.item.entryFormat) ids.push(`${idOf(node)}-hint`);
  if (problems.length) ids.push(`${idOf(node)}-error`);
  return ids.length ? ids.join(' ') : nothing;
}

/** An item instance: a group, a display text or a question. */
export function itemView(node: ItemNode, ctx: ItemContext, repetition?: RepetitionInfo): TemplateResult {
  const item = node.item;
  if (item.type === 'group') return groupView(node, ctx, repetition);
  if (item.type === 'display') return html`<p class="display" id=${idOf(node)}>${itemLabel(item, ctx)}</p>`;
  const problems = ctx.problems(node);
  const body =
    item.type === 'boolean'
      ? booleanView(node, ctx, problems)
      : item.type === 'choice' || item.type === 'open-choice'
        ? choiceView(node, ctx, problems)
        : item.control === 'slider' && (item.type === 'integer' || item.type === 'decimal')
          ? sliderView(node, ctx, problems)
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
  const label = itemText(item, ctx.language());
  return html`<fieldset class="group" id=${idOf(node)} aria-describedby=${describedBy(node, problems)}>
      <legend>
        ${itemLabel(item, ctx)}${repetition && repetition.count > 1 ? ` (${repetition.index + 1})` : nothing}${requiredMark(node)}
      </legend>
      ${hints(node, ctx)} ${errors(problems, node)} ${childrenView(nestedOf(node), ctx)}
      ${
        repetition && !item.readOnly
          ? html`<div class="repetition-actions">
              <button type="button" id=${`${idOf(node)}-remove`} @click=${() => ctx.onRemoveRepetition(node)}>
                ${msg(str`Remove ${label} (${repetition.index + 1})`)}
              </button>
            </div>`
          : nothing
      }
    </fieldset>
    ${
      repetition?.last && !item.readOnly
        ? html`<button type="button" class="link" id=${`${idOf(node)}-add`} @click=${() => ctx.onAddRepetition(node)}>
            ${msg(str`Add another: ${label}`)}
          </button>`
        : nothing
    }`;
}

/** Items under one parent, keyed by instance, repeating groups with their add and remove buttons. */
export function childrenView(children: readonly ItemNode[], ctx: ItemContext): TemplateResult {
  // Where each repetition of a repeating group stands: one pass over the siblings.
  const repetitions = new Map<ItemNode, RepetitionInfo>();
  const byLinkId = new Map<string, ItemNode[]>();
  for (const c of children) {
    if (c.item.type !== 'group' || !c.item.repeats) continue;
    let list = byLinkId.get(c.item.linkId);
    if (!list) byLinkId.set(c.item.linkId, (list = []));
    list.push(c);
  }
  for (const list of byLinkId.values()) {
    list.forEach((c, index) => repetitions.set(c, { index, count: list.length, last: index === list.length - 1 }));
  }
  return html`<div class="items">
    ${repeat(
      children,
      (c) => c.id,
      (c) => ctx.child(c, repetitions.get(c)),
    )}
  </div>`;
}

function booleanView(node: ItemNode, ctx: ItemContext, problems: readonly string[]): TemplateResult {
  const id = idOf(node);
  const value = node.answers[0]?.valueBoolean;
  const disabled = node.item.readOnly;
  const option = (answer: boolean, text: string) =>
    html`<label
      ><input
        type="radio"
        name=${id}
        id=${`${id}-${answer ? 'yes' : 'no'}`}
        .checked=${value === answer}
        ?disabled=${disabled}
        aria-invalid=${problems.length ? 'true' : 'false'}
        @change=${() => ctx.onBoolean(node, answer)}
      />${text}</label
    >`;
  return html`<fieldset class="boolean" id=${id} aria-describedby=${describedBy(node, problems)}>
    <legend>${itemLabel(node.item, ctx)}${requiredMark(node)}</legend>
    ${hints(node, ctx)}
    <div class="options">
      ${option(true, msg('Yes'))} ${option(false, msg('No'))}
      ${
        value !== undefined && !disabled
          ? html`<button type="button" id=${`${id}-clear`} @click=${() => ctx.onBoolean(node, undefined)}>
              ${msg('Clear answer')}
            </button>`
          : nothing
      }
    </div>
    ${errors(problems, node)}
  </fieldset>`;
}

/** The chosen option indices and the user's own text, read from a choice item's controls. */
function readChoices(container: Element): { chosen: number[]; own: string } {
  const chosen: number[] = [];
  for (const input of container.querySelectorAll<HTMLInputElement>('input[data-option]')) {
    if (input.checked) chosen.push(Number(input.dataset.option));
  }
  for (const selectEl of container.querySelectorAll<HTMLSelectElement>('select')) {
    for (const o of selectEl.selectedOptions) if (o.value !== '') chosen.push(Number(o.value));
  }
  const own = container.querySelector<HTMLInputElement>('input[data-own]')?.value ?? '';
  return { chosen, own };
}

function choiceView(node: ItemNode, ctx: ItemContext, problems: readonly string[]): TemplateResult {
  const item = node.item;
  const id = idOf(node);
  const options = item.options ?? [];
  const chosen = new Set(node.answers.map((a: Answer) => choiceIndex(item, a)).filter((i) => i >= 0));
  const control = choiceControl(item);
  const invalid = problems.length ? 'true' : 'false';
  const described = describedBy(node, problems);
  const changed = (e: Event, fromOwn = false) => {
    const { chosen: picked, own } = readChoices((e.currentTarget as Element).closest('.choice-item')!);
    ctx.onChoices(node, picked, own, fromOwn);
  };
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
            ?readonly=${item.readOnly}
            aria-invalid=${invalid}
            @input=${(e: Event) => changed(e, true)}
            @change=${() => ctx.onCommit(node)}
          />
        </div>`
      : nothing;
  if (control === 'select') {
    return html`<div class="field choice-item">
      <label for=${id}>${itemLabel(item, ctx)}${requiredMark(node)}</label>
      ${hints(node, ctx)}
      <select
        id=${id}
        ?multiple=${item.repeats}
        ?disabled=${item.readOnly}
        aria-required=${node.required ? 'true' : 'false'}
        aria-invalid=${invalid}
        aria-describedby=${described}
        @change=${(e: Event) => {
          changed(e);
          ctx.onCommit(node);
        }}
      >
        ${item.repeats ? nothing : html`<option value="" ?selected=${chosen.size === 0}>${msg('Choose…')}</option>`}
        ${options.map(
          (o, i) =>
            html`<option value=${i} ?selected=${chosen.has(i)} lang=${optionLanguage(o.label, ctx.language())}>
              ${choiceLabel(o, ctx.language())}
            </option>`,
        )}
      </select>
      ${own} ${errors(problems, node)}
    </div>`;
  }
  const type = control === 'checkbox' ? 'checkbox' : 'radio';
  return html`<fieldset class="choices choice-item" id=${id} aria-describedby=${described}>
    <legend>${itemLabel(item, ctx)}${requiredMark(node)}</legend>
    ${hints(node, ctx)}
    <div class="options ${options.length > 4 ? 'vertical' : ''}">
      ${options.map(
        (o, i) =>
          html`<label
            ><input
              type=${type}
              name=${id}
              id=${`${id}-${i}`}
              data-option=${i}
              .checked=${chosen.has(i)}
              ?disabled=${item.readOnly}
              aria-invalid=${invalid}
              @change=${(e: Event) => {
                changed(e);
                ctx.onCommit(node);
              }}
            />${say(o.label, ctx.language()) ?? choiceLabel(o, ctx.language())}</label
          >`,
      )}
    </div>
    ${own} ${errors(problems, node)}
  </fieldset>`;
}

/** The `lang` of an option whose text is not in `language`. */
function optionLanguage(label: Translatable | undefined, language: string): string | typeof nothing {
  const found = inLanguage(label, language)?.language;
  return found && !sameLanguage(found, language) ? found : nothing;
}

function sliderView(node: ItemNode, ctx: ItemContext, problems: readonly string[]): TemplateResult {
  const id = idOf(node);
  const item = node.item;
  const { min = '0', max = '10', step = '1' } = bounds(item);
  const text = answerText(item, node.answers[0]);
  return html`<div class="field">
    <label for=${id} id=${`${id}-label`}>${itemLabel(item, ctx)}${requiredMark(node)}</label>
    ${hints(node, ctx)}
    <div class="slider">
      <input
        type="range"
        id=${id}
        min=${min}
        max=${max}
        step=${step === 'any' ? '1' : step}
        .value=${text || min}
        ?disabled=${item.readOnly}
        aria-valuetext=${text === '' ? msg('Not answered') : text}
        aria-invalid=${problems.length ? 'true' : 'false'}
        aria-describedby=${describedBy(node, problems)}
        @input=${(e: Event) => ctx.onText(node, 0, (e.target as HTMLInputElement).value)}
        @change=${() => ctx.onCommit(node)}
      />
      <output for=${id} aria-hidden="true">${text === '' ? '–' : text}</output>
    </div>
    ${errors(problems, node)}
  </div>`;
}

const INPUT_TYPES: Partial<Record<TemplateItem['type'], string>> = {
  date: 'date',
  dateTime: 'datetime-local',
  time: 'time',
  url: 'url',
};

function textView(node: ItemNode, ctx: ItemContext, problems: readonly string[]): TemplateResult {
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
    const onInput = (e: Event) => ctx.onText(node, index, (e.target as HTMLInputElement).value);
    if (item.type === 'text') {
      return html`<textarea
        id=${controlId}
        rows="3"
        .value=${value}
        ?readonly=${item.readOnly}
        maxlength=${item.maxLength ?? nothing}
        aria-label=${common.label}
        aria-required=${node.required ? 'true' : 'false'}
        aria-invalid=${problems.length ? 'true' : 'false'}
        aria-describedby=${describedBy(node, problems)}
        @input=${onInput}
        @change=${() => ctx.onCommit(node)}
      ></textarea>`;
    }
    return html`<input
      id=${controlId}
      type=${INPUT_TYPES[item.type] ?? 'text'}
      inputmode=${numeric ? (item.type === 'integer' ? 'numeric' : 'decimal') : nothing}
      autocomplete="off"
      .value=${value}
      ?readonly=${item.readOnly}
      min=${!numeric && min !== undefined ? min : nothing}
      max=${!numeric && max !== undefined ? max : nothing}
      maxlength=${item.maxLength ?? nothing}
      aria-label=${common.label}
      aria-required=${node.required ? 'true' : 'false'}
      aria-invalid=${problems.length ? 'true' : 'false'}
      aria-describedby=${describedBy(node, problems)}
      @input=${onInput}
      @change=${() => ctx.onCommit(node)}
    />`;
  };
  const unit = textIn(item.texts.unit, ctx.language()) ?? item.unit?.code;
  const withUnit = (i: number) =>
    unit ? html`<span class="with-unit">${control(i)}<span class="unit">${unit}</span></span>` : control(i);
  return html`<div class="field">
    <label for=${id}>${itemLabel(item, ctx)}${requiredMark(node)}</label>
    ${hints(node, ctx)} ${item.repeats ? indices.map(withUnit) : withUnit(0)} ${errors(problems, node)}
  </div>`;
}
