import { msg, str } from '@lit/localize';
import { adoptStyles, html, nothing, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  AssessmentTemplateSchema,
  ValidationError,
  parseVersioned,
  recognizeError,
  type AnyAdapter,
  type Assessment,
} from '@saumaton/core';
import {
  Announcer,
  FocusController,
  LoadController,
  MissingAdapterError,
  SaumatonElement,
  SaumatonErrorEvent,
  formStyles,
  getLocale,
  renderEmpty,
  renderError,
  renderLoading,
  warnOnce,
} from '@saumaton/elements';
import {
  QuestionnaireEngine,
  loadQuestionnaire,
  parseLoaded,
  preloadParts,
  type Answer,
  type Change,
  type ItemNode,
  type Questionnaire,
} from '@saumaton/questionnaire/lazy';
import { answerFromText } from './answers.js';
import { assessmentStyles } from './assessment-styles.js';
import type { SaumatonAssessmentSubmittedEvent } from './events/saumaton-assessment-submitted.js';
import { SaumatonChangeEvent } from './events/saumaton-change.js';
import type { SaumatonSavedEvent } from '@saumaton/elements';
import { Part } from './part.js';
import type { RecordBridge } from './record/bridge.js';
import { problemMessage } from './labels.js';
import { assessmentLocaleLoaders } from './locales.js';
import {
  childrenView,
  idOf,
  itemText,
  itemView,
  loadViews,
  onControlEvent,
  say,
  type ItemContext,
  type Problems,
  type RepetitionInfo,
} from './views/items.js';

/** A template ready to answer: as parsed, and its engine holding the answers. */
interface Loaded {
  readonly questionnaire: Questionnaire;
  readonly engine: QuestionnaireEngine;
}

/** The events `<saumaton-need-assessment>` fires, as its `addEventListener` types them. */
export interface NeedAssessmentEventMap extends HTMLElementEventMap {
  'saumaton-change': SaumatonChangeEvent;
  'saumaton-error': SaumatonErrorEvent;
  'saumaton-saved': SaumatonSavedEvent<'assessment'>;
  'saumaton-assessment-submitted': SaumatonAssessmentSubmittedEvent;
}

/** How long the widget waits for its adapter before it warns (once, in the console). */
const ADAPTER_GRACE_MS = 3000;

/**
 * A service-need assessment form, rendered from its template: a FHIR R4 Questionnaire with the
 * SDC rules done as the specifications say (`@saumaton/questionnaire`). Items whose `enableWhen`
 * does not hold are not shown, and appear the moment an answer enables them; groups are
 * fieldsets, repeating groups get add and remove buttons, help items are the hint of their
 * question, sliders show their value, required items say so in words, and problems are shown at
 * the item once it has been answered or left (all of them after `checkAnswers()`) and announced.
 *
 * @summary The service-need assessment form (FHIR Questionnaire renderer).
 * @tag saumaton-need-assessment
 *
 * The template comes from the `template` property (a Questionnaire given as JSON, no adapter
 * needed), or from the adapter's `getTemplate(templateId)`. Given `assessment-id`, the widget
 * is the assessment itself: its initiation and deadlines, answers kept on this device at once and
 * saved with `ifMatch`, completing and amending, a summary for the client; `meter-id` adds the
 * client's meter readings as a trend and a table. A template the renderer does not
 * support, or a malformed one, gives the error state naming the items.
 *
 * @fires {SaumatonChangeEvent} saumaton-change - The user changed an answer or added or removed a repetition. `detail: { linkId, itemId, answers }`; the whole QuestionnaireResponse is `value`.
 * @fires {SaumatonErrorEvent} saumaton-error - The template could not be loaded or shown. `detail: { error }`: a `ValidationError` lists what the template or the response breaks, naming the items.
 * @fires {SaumatonSavedEvent<'assessment'>} saumaton-saved - The adapter confirmed a save of the assessment (its answers, its completion, an amendment). `detail: { kind: 'assessment', value, version }`.
 * @fires {SaumatonAssessmentSubmittedEvent} saumaton-assessment-submitted - The assessment was completed, or the amendment of a completed one saved. `detail: { assessment, version }`.
 *
 * @csspart state - The loading, empty and error panels.
 * @csspart form - The form.
 */
export class NeedAssessment extends SaumatonElement<NeedAssessmentEventMap> {
  static override styles = [...SaumatonElement.styles, formStyles, assessmentStyles];
  static override localeLoaders = assessmentLocaleLoaders;

  /** The template to read through the adapter's `getTemplate`, when no `template` is given. */
  @property({ attribute: 'template-id', reflect: true }) templateId?: string;

  /** The template as a FHIR R4 Questionnaire (JSON). Takes precedence over `template-id`; needs no adapter. */
  @property({ attribute: false }) template?: Readonly<Record<string, unknown>>;

  /**
   * The assessment to show and go on with, read through the adapter's `getAssessment` (its
   * template through `getTemplate`): the widget then keeps every change on this device, saves
   * with `ifMatch`, shows the deadlines, completes and amends (see the README).
   */
  @property({ attribute: 'assessment-id', reflect: true }) assessmentId?: string;

  /** The client: with `template-id` and no `assessment-id`, a professional may start a new assessment. */
  @property({ attribute: 'client-id', reflect: true }) clientId?: string;

  /**
   * A meter (a template with the meter extension, such as the life-situation meter) whose
   * readings of the client (`client-id`) are shown as a trend, with a data table; with `editable`
   * a professional adds a reading. Beside an assessment, a reading added belongs to it.
   */
  @property({ attribute: 'meter-id', reflect: true }) meterId?: string;

  /** Lets a professional viewer answer, save, complete and amend an assessment (with `assessment-id` or `client-id`). */
  @property({ type: Boolean, reflect: true }) editable = false;

  private readonly focusing = new FocusController(this);
  private readonly announcer = new Announcer(this);
  private readonly loader = new LoadController<Loaded | null>(this, (error) => {
    if (error instanceof ValidationError) {
      warnOnce(`assessment:template:${error.message}`, `the template cannot be shown: ${error.message}`);
    }
    this.dispatchEvent(new SaumatonErrorEvent(error));
  });

  /** The response given through `value`, for the next engine made. */
  private given: unknown;
  /** What the last load was made from, to tell when it changes. */
  private loadedFrom: { adapter?: AnyAdapter; templateId?: string; template?: object } | undefined;
  private adapterTimer: ReturnType<typeof setTimeout> | undefined;
  /** The template of the current load, once parsed. */
  private parsed: Questionnaire | undefined;
  /** Views the parsed template uses are still loading (`loadViews`). */
  private viewsPending = false;
  /** The template of the assessment shown (its record put it in). */
  private recordTemplate: Readonly<Record<string, unknown>> | undefined;
  /** The assessment as a record: loaded only for an assessment, never for a bare template. */
  private readonly record = new Part(
    this.lazyModule(
      // Its summary reads the saved answers with the engine's constructor: the engine's part for
      // reading a response comes with it.
      () => preloadParts('responses').then(() => import('./record/assessment-record.js')),
    ),
    (module) => new module.AssessmentRecord(this.bridge),
  );
  /** The meter's readings: loaded only with `meter-id`. */
  private readonly meter = new Part(
    this.lazyModule(() => import('./record/meter-record.js')),
    (module) => new module.MeterRecord(this.bridge),
  );
  /** The words for why a template cannot be shown, and its error state: loaded only when one is refused. */
  private readonly naming = this.lazyModule(() => import('./template-issues.js'));
  /** Whether the naming was asked for, and whether it could not be loaded. */
  private namingState: 'asked' | 'failed' | undefined;
  /** Styles a lazily loaded part brought with it, adopted beside the element's own. */
  private readonly addedStyles = new Set<CSSResultOrNative>();

  /** The engine the items were rendered from: a new one drops the caches below. */
  private shownEngine: QuestionnaireEngine | undefined;
  /** Counts up: each change to what is shown takes a number never used before. */
  private stamp = 0;
  /** Per item instance, the stamp of its last change since the epoch (see `child`). */
  private readonly versions = new Map<string, number>();
  /** The stamp of the last change to everything at once: the locale, `checkAnswers()`, a new engine. */
  private epoch = 0;
  private shownLocale = '';
  /** Texts as typed, per item instance and control, kept even when they are not an answer yet. */
  private readonly drafts = new Map<string, Map<number, string>>();
  /** The item instances whose problems are shown: answered or left. */
  private readonly touched = new Set<string>();
  private showAllProblems = false;

  /**
   * The answers as a FHIR R4 QuestionnaireResponse. Set it to go on with a saved response (its
   * initial values are never applied again); read it for the answers as they are now (a new
   * object each time). Answers of items that became disabled stay in a response in progress.
   * Until a template is shown, it reads back what was set.
   */
  get value(): Record<string, unknown> | undefined {
    const engine = this.engine;
    return engine ? engine.toResponse() : (this.given as Record<string, unknown> | undefined);
  }

  set value(response: Record<string, unknown> | undefined) {
    this.given = response;
    const questionnaire = this.parsed;
    // Parsed already: a new engine for the same template. Still loading: the load takes it up.
    if (questionnaire && this.loader.state.status !== 'loading') {
      // Reading a response may load the engine's part for it: updateComplete waits for it.
      this.settleAfter(this.loader.run(async () => this.build(questionnaire)));
    }
  }

  /** The engine of the template shown, once ready. */
  private get engine(): QuestionnaireEngine | undefined {
    const state = this.loader.state;
    return state.status === 'ready' ? state.value?.engine : undefined;
  }

  /** Loads the template again, as the error state's "Try again" does (and the assessment, when one is shown). */
  reload(): Promise<void> {
    this.loadedFrom = undefined;
    if (this.record.value) return this.record.value.resource.reload();
    return this.sync() ?? Promise.resolve();
  }

  /**
   * Saves the answers of the assessment shown to the adapter now (the widget also does on a calm
   * moment). Resolves to true once the adapter confirmed it; false when there was nothing to save,
   * it may not be changed here, or the save failed (the widget shows why and keeps the answers).
   */
  save(): Promise<boolean> {
    return this.record.value?.save() ?? Promise.resolve(false);
  }

  /**
   * Completes the assessment shown (or saves the amendment of a completed one), as its button
   * does: checks every answer and the client's own view, leaves out answers of disabled items,
   * and fires `saumaton-assessment-submitted` once saved. Resolves to true when it was saved.
   */
  complete(): Promise<boolean> {
    return this.record.value?.complete() ?? Promise.resolve(false);
  }

  /**
   * Shows the problems of every enabled item (required answers missing, values out of range),
   * announces how many there are and moves focus to the first. Returns true when there are none.
   */
  checkAnswers(): boolean {
    const engine = this.engine;
    if (!engine) return false;
    const found = engine.validate();
    this.showAllProblems = true;
    this.everything();
    if (found.length === 0) {
      this.announcer.announce(msg('Every answer is in order.'));
      return true;
    }
    this.announcer.announce(
      found.length === 1 ? msg('One answer needs attention.') : msg(str`${found.length} answers need attention.`),
    );
    const first = found[0]!.node;
    this.focusing.focusAfterUpdate(() => this.firstControl(first));
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Load at once, without waiting for the first render (which waits for the page's strings).
    this.attachParts();
    void this.sync();
  }

  /** An assessment (rather than a bare template) is shown. */
  private get recordMode(): boolean {
    return !!(this.assessmentId || (this.clientId && this.templateId));
  }

  /** Loads the record and the meter the first time they are asked for. */
  private attachParts(): void {
    if (this.recordMode) this.record.want();
    if (this.clientId && this.meterId) this.meter.want();
  }

  /**
   * Adopts `styles` in the shadow root beside the element's own: a part loaded later (the
   * record, the meter) brings its CSS with it, so a form that never needs them never loads them.
   */
  private addStyles(styles: readonly CSSResultOrNative[]): void {
    const before = this.addedStyles.size;
    for (const style of styles) this.addedStyles.add(style);
    if (this.addedStyles.size === before) return;
    adoptStyles(this.renderRoot as ShadowRoot, [...NeedAssessment.elementStyles, ...this.addedStyles]);
  }

  /** What the record and the meter may read and do of the element (see `RecordBridge`). */
  private readonly bridge: RecordBridge = {
    host: this,
    assessmentId: () => this.assessmentId,
    meterId: () => this.meterId,
    clientId: () => this.clientId,
    templateId: () => this.templateId,
    editable: () => this.editable,
    adapter: () => this.resolvedAdapter,
    viewer: () => this.resolvedViewer,
    locale: () => getLocale(),
    show: (template, response) => {
      this.recordTemplate = template;
      this.given = response;
      this.loadedFrom = undefined;
      void this.sync();
    },
    response: (status) => this.engine?.toResponse(status ? { status } : {}),
    questionnaire: () => this.engine && this.parsed,
    checkAnswers: () => this.checkAnswers(),
    problemCount: () => this.engine?.validate().length ?? 0,
    announce: (message) => this.announcer.announce(message),
    focus: (selector) => this.focusing.focusAfterUpdate(selector),
    settle: (work) => this.settleAfter(work),
    addStyles: (styles) => this.addStyles(styles),
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.adapterTimer);
    this.adapterTimer = undefined;
  }

  /**
   * A template without expressions, once given, is parsed and its engine made at once (the
   * engine of one with expressions waits for FHIRPath, and a template using a part of the engine
   * or a view not loaded yet waits for it): the update that would come before that load settles,
   * a microtask later, would show the loading state only to replace it.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const parsed = this.parsed;
    const settling =
      this.loader.state.status === 'loading' && parsed !== undefined && !parsed.hasExpressions && !this.viewsPending;
    return super.shouldUpdate(changed) && !settling;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.attachParts();
    void this.sync();
    const engine = this.engine;
    if (engine !== this.shownEngine) {
      this.shownEngine = engine;
      this.everything();
      this.drafts.clear();
      this.touched.clear();
      this.showAllProblems = false;
    }
    const locale = getLocale();
    if (locale !== this.shownLocale) {
      this.shownLocale = locale;
      this.everything();
    }
  }

  // ---- loading ------------------------------------------------------------------------------

  /** Loads afresh when the template, its id or the adapter in effect has changed since the last load. */
  private sync(): Promise<void> | undefined {
    // An assessment brings its own template, read with it by its record.
    const template = this.recordMode ? this.recordTemplate : this.template;
    const templateId = template || this.recordMode ? undefined : this.templateId;
    const adapter = template || !templateId ? undefined : this.resolvedAdapter;
    const last = this.loadedFrom;
    if (last && last.template === template && last.templateId === templateId && last.adapter === adapter) return;
    this.loadedFrom = { template, templateId, adapter };
    this.parsed = undefined;
    clearTimeout(this.adapterTimer);
    this.adapterTimer = undefined;
    if (template) {
      const loading = this.loader.run(async () => {
        const parsed = this.parse(template);
        return this.build(parsed instanceof Promise ? await parsed : parsed);
      });
      // A template given needs nothing from afar, unless a part of the engine or a view it uses
      // is still to load: updateComplete waits for that, as it did when there was nothing to load.
      this.settleAfter(loading);
      return loading;
    }
    if (!templateId) {
      this.loader.wait();
      this.loader.setValue(null);
      return;
    }
    if (!adapter) {
      // Waiting for the portal's script to set the adapter is normal: loading, no error event.
      this.loader.wait();
      if (this.isConnected) {
        this.adapterTimer = setTimeout(() => {
          if (!this.resolvedAdapter && this.isConnected) {
            warnOnce(
              'assessment:no-adapter',
              `an assessment has had no adapter for ${ADAPTER_GRACE_MS / 1000} s: set its adapter or template property, or wrap it in <saumaton-provider>.`,
            );
          }
        }, ADAPTER_GRACE_MS);
      }
      return;
    }
    return this.loader.run(async (signal) => {
      if (typeof adapter.getTemplate !== 'function') {
        warnOnce('assessment:methods', 'the adapter has no getTemplate().');
        throw new MissingAdapterError();
      }
      const answer = await adapter.getTemplate(templateId, { signal }).catch((error: unknown) => {
        throw recognizeError(error);
      });
      const read = parseVersioned(AssessmentTemplateSchema, answer);
      if (read.value.id !== templateId) {
        throw new ValidationError([{ path: 'id', message: 'is not the template asked for' }]);
      }
      signal.throwIfAborted();
      const parsed = await this.parse(read.value);
      signal.throwIfAborted();
      return this.build(parsed);
    });
  }

  /**
   * The template parsed: at once when the parts of the engine it uses are loaded (every template
   * without a contained ValueSet, a repeating group or an enableWhen cycle), else once they are.
   */
  private parse(json: unknown): Questionnaire | Promise<Questionnaire> {
    // Keep the template with the error, so the error state can name its items.
    const named = (error: unknown): never => {
      if (error instanceof ValidationError) templateOf.set(error, json);
      throw error;
    };
    try {
      return parseLoaded(json) ?? loadQuestionnaire(json).catch(named);
    } catch (error) {
      return named(error);
    }
  }

  /** The engine of a parsed template, once the views the template uses are loaded. */
  private async build(questionnaire: Questionnaire): Promise<Loaded> {
    this.parsed = questionnaire;
    const views = loadViews(questionnaire);
    this.viewsPending = views !== undefined;
    const engine = await QuestionnaireEngine.create(questionnaire, this.given);
    if (views) {
      // A template with repeating groups or sliders renders right the first time.
      await views;
      this.viewsPending = false;
    }
    return { questionnaire, engine };
  }

  // ---- answering ----------------------------------------------------------------------------

  /** Marks an item instance and its ancestors for rendering again. */
  private touch(node: ItemNode): void {
    const stamp = ++this.stamp;
    for (let n: ItemNode | undefined = node; n; n = n.parent) this.versions.set(n.id, stamp);
  }

  /** Marks every item instance for rendering again. */
  private everything(): void {
    this.versions.clear();
    this.epoch = ++this.stamp;
  }

  private applied(node: ItemNode, change: Change, answers: readonly Answer[]): void {
    this.touch(node);
    for (const t of change.toggled) this.touch(t);
    for (const c of change.calculated) this.touch(c);
    if (change.calculationError) this.dispatchEvent(new SaumatonErrorEvent(change.calculationError));
    this.requestUpdate();
    this.dispatchEvent(new SaumatonChangeEvent({ linkId: node.item.linkId, itemId: node.id, answers }));
    this.record.value?.changed();
  }

  private setAnswers(node: ItemNode, answers: readonly Answer[]): void {
    const engine = this.engine;
    if (!engine) return;
    let change: Change;
    try {
      change = engine.setAnswers(node.id, answers);
    } catch (error) {
      // The controls only offer answers the item takes; a refusal is a bug to report, not a crash.
      warnOnce(`assessment:answer:${node.item.linkId}`, `an answer was refused: ${String(error)}`);
      return;
    }
    this.applied(node, change, answers);
  }

  private draftsOf(node: ItemNode): Map<number, string> {
    let drafts = this.drafts.get(node.id);
    if (!drafts) this.drafts.set(node.id, (drafts = new Map<number, string>()));
    return drafts;
  }

  /** Announces an item's problems when leaving it brought new ones. */
  private commit(node: ItemNode): void {
    const before = this.problems(node)?.join(' ');
    this.touched.add(node.id);
    this.touch(node);
    this.requestUpdate();
    const after = this.problems(node) ?? [];
    if (after.length && after.join(' ') !== before) {
      this.announcer.announce(`${itemText(node.item, this.shownLocale)}: ${after.join(' ')}`);
    }
  }

  /** The messages shown at an item instance; undefined until its answers are checked (answered or left). */
  private problems(node: ItemNode): Problems {
    const engine = this.engine;
    if (!engine || !(this.showAllProblems || this.touched.has(node.id))) return undefined;
    const messages = engine.problemsOf(node.id).map(problemMessage);
    const drafts = this.drafts.get(node.id);
    if (drafts) {
      for (const text of drafts.values()) {
        if (answerFromText(node.item, text) === undefined) {
          messages.unshift(msg('Check the format of the answer.'));
          break;
        }
      }
    }
    return [...new Set(messages)];
  }

  private firstControl(node: ItemNode): HTMLElement | null {
    const root = this.renderRoot as ShadowRoot;
    const at = root.getElementById(idOf(node));
    if (!at) return null;
    if (at.matches('input, select, textarea')) return at;
    return at.querySelector<HTMLElement>('input:not([disabled]), select, textarea, button');
  }

  private readonly ctx: ItemContext = {
    language: () => this.shownLocale,
    // A control's instance is in the engine while the control is in the form.
    node: (id) => this.engine?.get(id),
    child: (node, repetition) => this.child(node, repetition),
    problems: (node) => this.problems(node),
    draft: (node, index) => this.drafts.get(node.id)?.get(index),
    onText: (node, index, text) => {
      const drafts = this.draftsOf(node);
      drafts.set(index, text);
      const answer = answerFromText(node.item, text);
      if (answer === undefined) {
        // Not an answer yet: kept as typed, and the answer it replaces is withdrawn.
        this.touch(node);
        this.requestUpdate();
        if (!node.item.repeats && node.answers.length) this.setAnswers(node, []);
        return;
      }
      if (!node.item.repeats) {
        this.setAnswers(node, answer ? [answer] : []);
        return;
      }
      const answers = [...node.answers];
      if (answer) answers[index] = answer;
      else if (index < answers.length) {
        answers.splice(index, 1);
        // The controls after it move up: their texts are the answers again.
        this.drafts.delete(node.id);
      }
      this.setAnswers(node, answers);
    },
    onCommit: (node) => this.commit(node),
    onBoolean: (node, value) => {
      this.setAnswers(node, value === undefined ? [] : [{ valueBoolean: value }]);
      if (value === undefined) this.focusing.focusAfterUpdate(`#${CSS.escape(`${idOf(node)}-yes`)}`);
      this.commit(node);
    },
    onChoices: (node, chosen, own, fromOwn) => {
      const options = node.item.options ?? [];
      const picked = chosen.map((i) => options[i]!.answer);
      const ownAnswer = own.trim() ? [{ valueString: own }] : [];
      if (fromOwn) this.draftsOf(node).set(0, own);
      else if (!node.item.repeats) this.drafts.delete(node.id);
      const answers = node.item.repeats
        ? [...picked, ...ownAnswer]
        : fromOwn
          ? ownAnswer.length
            ? ownAnswer
            : picked.slice(0, 1)
          : picked.slice(0, 1);
      this.setAnswers(node, answers);
    },
    onAddRepetition: (node) => {
      const engine = this.engine;
      if (!engine) return;
      const change = engine.addRepetition(node.id);
      if (node.parent) this.touch(node.parent);
      this.applied(change.added, change, []);
      this.announcer.announce(msg('A new one was added.'));
      this.focusing.focusAfterUpdate(() => this.firstControl(change.added));
    },
    onRemoveRepetition: (node) => {
      const engine = this.engine;
      if (!engine) return;
      const siblings = (node.parent?.children ?? engine.items).filter((c) => c.item.linkId === node.item.linkId);
      const index = siblings.indexOf(node);
      const next = siblings[index + 1];
      const previous = siblings[index - 1];
      const change = engine.removeRepetition(node.id);
      if (node.parent) this.touch(node.parent);
      for (const s of siblings) this.touch(s);
      this.touched.delete(node.id);
      this.drafts.delete(node.id);
      this.applied(change.added ?? node.parent ?? node, change, []);
      this.announcer.announce(msg('Removed.'));
      const added = change.added;
      this.focusing.focusAfterUpdate(() =>
        added
          ? this.firstControl(added)
          : next
            ? this.firstControl(next)
            : previous
              ? (this.renderRoot as ShadowRoot).getElementById(`${idOf(previous)}-add`)
              : null,
      );
    },
  };

  /**
   * The input and change events of every control, handled once at the form; in the capture
   * phase, so that an event dispatched without `bubbles` (by a script) is not missed.
   */
  private readonly onControl = { handleEvent: (event: Event) => onControlEvent(event, this.ctx), capture: true };

  // ---- rendering ----------------------------------------------------------------------------

  /**
   * An item instance's template, rendered again only when its version (the stamp `touch` gave
   * it and its ancestors, else the epoch's) or its place among repetitions changed: an answer
   * re-renders the path to what it toggled, never the whole form. One value to compare per item
   * (an array of five, copied and compared per item, was a cost of the first render).
   */
  private child(node: ItemNode, repetition?: RepetitionInfo): TemplateResult | typeof nothing {
    if (!node.enabled || node.item.hidden) return nothing;
    const version = this.versions.get(node.id) ?? this.epoch;
    return guard([repetition ? `${version} ${repetition.index} ${repetition.count} ${repetition.last}` : version], () =>
      itemView(node, this.ctx, repetition),
    ) as TemplateResult;
  }

  protected override render(): TemplateResult {
    return html`${this.renderRecord() ?? this.renderMeterAlone() ?? this.renderState()} ${this.announcer.render()}`;
  }

  /** The meter's trend and readings; nothing without `meter-id` and `client-id`. */
  private renderMeter(): TemplateResult | typeof nothing {
    if (!(this.clientId && this.meterId)) return nothing;
    return this.meter.render((meter) => meter.render(), msg('Loading the readings…'));
  }

  /** A meter on its own (no assessment, no template). */
  private renderMeterAlone(): TemplateResult | undefined {
    if (!(this.clientId && this.meterId) || this.template || this.templateId) return undefined;
    return html`<div class="meter-alone" part="form">${this.renderMeter()}</div>`;
  }

  /** An assessment around the form; undefined for a bare template. */
  private renderRecord(): TemplateResult | undefined {
    if (!this.recordMode) return undefined;
    const parsed = this.engine && this.parsed;
    return this.record.render(
      (record) =>
        record.render(
          () => this.renderState(false),
          parsed ? say(parsed.title, this.shownLocale) : undefined,
          this.renderMeter(),
        ),
      msg('Loading the assessment…'),
    );
  }

  private renderState(titled = true): TemplateResult {
    const state = this.loader.state;
    switch (state.status) {
      case 'idle':
      case 'loading':
        return renderLoading(msg('Loading the assessment…'));
      case 'error':
        return this.renderProblem(state.error);
      case 'ready':
        return state.value
          ? this.renderForm(state.value, titled)
          : renderEmpty(msg('No assessment template was chosen.'));
    }
  }

  private renderProblem(error: unknown): TemplateResult {
    const template = error instanceof ValidationError ? templateOf.get(error) : undefined;
    const naming = this.naming.value;
    if (template !== undefined && naming)
      return naming.refusalView(error as ValidationError, template, () => void this.reload());
    if (template !== undefined && this.namingState !== 'failed') {
      // The words for a refused template load on the first refusal: until then it is still loading.
      if (!this.namingState) {
        this.namingState = 'asked';
        this.naming.run(
          () => undefined,
          () => (this.namingState = 'failed'),
        );
      }
      return renderLoading(msg('Loading the assessment…'));
    }
    return renderError(error, () => void this.reload());
  }

  private renderForm({ questionnaire, engine }: Loaded, titled: boolean): TemplateResult {
    const title = titled ? say(questionnaire.title, this.shownLocale) : undefined;
    return html`<div class="assessment" part="form" @input=${this.onControl} @change=${this.onControl}>
      ${title ? html`<h2>${title}</h2>` : nothing} ${childrenView(engine.items, this.ctx)}
    </div>`;
  }
}

/** The template a parse error came from, for naming its items in the error state. */
const templateOf = new WeakMap<ValidationError, unknown>();

// In the class's own module, so that its declaration file carries it to every user of the
// package (a type-only import of a module of its own would be dropped from the .d.ts).
declare module '@saumaton/elements' {
  interface SavedRecords {
    /**
     * `<saumaton-need-assessment>`: the assessment as saved (each save of the answers, its
     * completion, each amendment). Completion also fires `saumaton-assessment-submitted`.
     */
    readonly assessment: Assessment;
  }
}
