import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import {
  AssessmentSchema,
  AssessmentTemplateSchema,
  OfflineError,
  ValidationError,
  checkAssessment,
  checkAssessmentTransition,
  newId,
  parseVersioned,
  todayInFinland,
  type Assessment,
  type AssessmentStatus,
  type AssessmentTemplate,
  type Client,
  type ClientView,
  type Edit,
  type QuestionnaireResponseItem,
  type ValidationIssue,
  type Versioned,
} from '@saumaton/core';
import {
  ResourceController,
  formatDate,
  readClient,
  renderConflict,
  renderEmpty,
  renderError,
  renderLoading,
  warnOnce,
} from '@saumaton/elements';
import { SaumatonAssessmentSubmittedEvent } from '../events/saumaton-assessment-submitted.js';
import { completionView, clientViewProblems } from '../views/completion.js';
import { deadlinesView } from '../views/deadlines.js';
import { initiationFormView, initiationFromDraft, type InitiationDraft } from '../views/initiation-form.js';
import { summaryView } from '../views/summary.js';
import { DraftStore, draftIdOf, type AssessmentDraft } from './draft-store.js';
import { recordStyles } from '../record-styles.js';
import { changedItems } from './answer-diff.js';
import { clientViewFrom, clientViewItems } from './client-view.js';
import type { RecordBridge } from './bridge.js';

/** Which assessment: one that exists, or a new one for a client with a template. */
export type AssessmentRef =
  { readonly assessmentId: string } | { readonly clientId: string; readonly templateId: string };

/** What the record shows besides the assessment: its template, its client, the draft this device kept. */
export interface RecordContext {
  readonly template: AssessmentTemplate;
  readonly client: Client | undefined;
  readonly draft: AssessmentDraft | undefined;
}

/** How long the answers rest before they are saved on their own (a calm moment). */
export const CALM_MS = 8000;
/** After a save that could not reach the service: the waits before each try, then the last one repeated. */
const RETRY_MS = [5000, 15000, 30000, 60000];

/**
 * The service-need assessment as a record: reads the `Assessment` and its template through the
 * adapter, keeps every change on this device at once (`DraftStore`, whatever the adapter is),
 * saves to the adapter on request and on a calm moment (always with `ifMatch`), waits while the
 * service cannot be reached, shows a conflict with the user's answers kept, completes and amends.
 * Loaded by `<saumaton-need-assessment>` only when it is given an assessment (`assessment-id`,
 * or `client-id` with `template-id` for a new one): a form that only renders a template never
 * downloads it.
 */
export class AssessmentRecord implements ReactiveController {
  readonly resource: ResourceController<Assessment, RecordContext, AssessmentRef>;
  private readonly drafts = DraftStore.shared();

  /** The record whose answers the form shows (by identity of what the resource loaded). */
  private shown: Versioned<Assessment> | undefined;
  /** The version the answers in the form are based on: the `ifMatch` of the next save. */
  private base: string | null = null;
  /** The answers or the client's view changed since the adapter last confirmed a save. */
  private unsaved = false;
  /** The answers came from this device's draft, not from the service. */
  private restored: { readonly at: string; readonly stale: boolean } | undefined;
  /** The last draft revision this tab wrote or restored. */
  private revision: number | undefined;
  private writing: Promise<void> | undefined;
  private writeAgain = false;
  private draftQueued = false;
  private persistent = true;
  /** Another tab on this device wrote the same assessment's draft. */
  private otherTab: AssessmentDraft | undefined;
  private stopWatching: (() => void) | undefined;
  private watchedId: string | undefined;

  private clientView: ClientView | undefined;
  private completionProblems: { clientView?: string; reason?: string } = {};
  private completing = false;
  private amending = false;
  private showSummary = false;
  private initiation: InitiationDraft = { grounds: [] };
  private initiationProblems: Partial<Record<keyof InitiationDraft, string>> = {};
  private versions: readonly Versioned<Assessment>[] | undefined;
  private earlier: Versioned<Assessment> | undefined;

  private offline = typeof navigator !== 'undefined' && !navigator.onLine;
  private calmTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;

  constructor(private readonly bridge: RecordBridge) {
    bridge.addStyles([recordStyles]);
    this.resource = new ResourceController<Assessment, RecordContext, AssessmentRef>(bridge.host, {
      kind: 'assessment',
      adapter: () => bridge.adapter(),
      requires: ['getAssessment', 'getTemplate'],
      ref: () => {
        const assessmentId = bridge.assessmentId();
        if (assessmentId) return { assessmentId };
        const clientId = bridge.clientId();
        const templateId = bridge.templateId();
        return clientId && templateId ? { clientId, templateId } : undefined;
      },
      read: async (adapter, ref, signal) => {
        if (!('assessmentId' in ref)) return null;
        const record = parseVersioned(AssessmentSchema, await adapter.getAssessment!(ref.assessmentId, { signal }));
        if (record.value.id !== ref.assessmentId) {
          throw new ValidationError([{ path: 'id', message: 'is not the assessment asked for' }]);
        }
        return record;
      },
      context: async (adapter, assessment, signal) => {
        const [template, client, draft] = await Promise.all([
          adapter.getTemplate!(assessment.template.id, { signal }).then((answer) => {
            const read = parseVersioned(AssessmentTemplateSchema, answer).value;
            if (read.id !== assessment.template.id) {
              throw new ValidationError([{ path: 'template.id', message: 'is not the template asked for' }]);
            }
            return read;
          }),
          readClient(adapter, assessment.clientId, signal),
          this.drafts.get(draftIdOf({ assessmentId: assessment.id })).catch(() => undefined),
        ]);
        return { template, client, draft };
      },
      write: async (adapter, value, ifMatch, signal) => {
        if (typeof adapter.saveAssessment !== 'function')
          throw new ValidationError([{ path: '', message: 'the adapter cannot save assessments' }]);
        // The version the answers were based on, which for a restored draft may be older than
        // the one shown: a save over someone else's newer version must meet the conflict.
        const match = ifMatch === null ? null : (this.base ?? ifMatch);
        return parseVersioned(AssessmentSchema, await adapter.saveAssessment(value, match, { signal }));
      },
      parse: (answer) => parseVersioned(AssessmentSchema, answer),
      check: (before, after) => newlyBroken(before, after),
      subscribe: (adapter, assessment, listener) =>
        adapter.subscribe?.({ kind: 'assessment', assessmentId: assessment.id }, listener),
      auditOf: (assessment) => ({ id: assessment.id, clientId: assessment.clientId }),
      busy: () => this.unsaved,
      onReset: () => this.reset(),
      onRemoteChange: (record) => {
        this.present(record, undefined);
        bridge.announce(msg('Someone else saved a new version of the assessment. It is shown now.'));
      },
      onSaved: (saved, created) => this.saved(saved, created),
      onConflict: () => {
        // Their version is the one to save on top of now; the answers in the form stay mine.
        this.base = this.resource.value?.record.version ?? this.base;
        bridge.focus('#conflict-heading');
      },
    });
    bridge.host.addController(this);
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  hostConnected(): void {
    addEventListener('online', this.onOnline);
    addEventListener('offline', this.onOffline);
    document.addEventListener('visibilitychange', this.onHidden);
    void this.drafts.persistent().then((kept) => {
      if (kept !== this.persistent) {
        this.persistent = kept;
        this.bridge.host.requestUpdate();
      }
    });
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    removeEventListener('offline', this.onOffline);
    document.removeEventListener('visibilitychange', this.onHidden);
    clearTimeout(this.calmTimer);
    clearTimeout(this.retryTimer);
    this.unwatch();
  }

  /** Before each render: a record loaded and not yet in the form goes into it, with this device's draft if there is one. */
  hostUpdate(): void {
    const loaded = this.resource.value;
    if (!loaded || this.shown) return;
    const { record, context } = loaded;
    const draft = context.draft;
    this.present(record, draft && draft.assessmentId === record.value.id ? draft : undefined);
  }

  private reset(): void {
    clearTimeout(this.calmTimer);
    clearTimeout(this.retryTimer);
    this.retries = 0;
    this.shown = undefined;
    this.base = null;
    this.unsaved = false;
    this.restored = undefined;
    this.revision = undefined;
    this.otherTab = undefined;
    this.clientView = undefined;
    this.completionProblems = {};
    this.completing = false;
    this.amending = false;
    this.showSummary = false;
    this.versions = undefined;
    this.earlier = undefined;
    this.unwatch();
  }

  /** Puts `record` into the form: its own answers, or those of `draft` kept on this device. */
  private present(record: Versioned<Assessment>, draft: AssessmentDraft | undefined): void {
    const loaded = this.resource.value;
    if (!loaded) return;
    this.shown = record;
    const assessment = record.value;
    if (draft) {
      this.base = draft.baseVersion;
      this.clientView = draft.clientView;
      this.revision = draft.revision;
      this.unsaved = true;
      this.restored = { at: draft.updatedAt, stale: draft.baseVersion !== record.version };
      this.amending = assessment.status !== 'in-progress' && draft.extra?.amending === true;
      this.bridge.show(loaded.context.template, responseOf(draft.answers, 'in-progress'));
    } else {
      this.base = record.version;
      this.clientView = assessment.clientView;
      this.unsaved = false;
      this.restored = undefined;
      // A new assessment with no answers yet gets the template's initial values; any other
      // response is answers someone gave, and initial values never go over them.
      this.bridge.show(
        loaded.context.template,
        assessment.answers.length ? responseOf(assessment.answers, assessment.status) : undefined,
      );
    }
    this.watch(draftIdOf({ assessmentId: assessment.id }));
    if (!this.versions && assessment.status !== 'in-progress') void this.readVersions();
  }

  // ---- drafts on this device ------------------------------------------------------------------

  /** The user changed an answer: keep it on this device at once, and save on the next calm moment. */
  changed(): void {
    if (!this.shown || !this.canAnswer) return;
    this.unsaved = true;
    this.completionProblems = {};
    this.keepDraft();
    this.calmSoon();
    this.bridge.host.requestUpdate();
  }

  private keepDraft(): void {
    if (this.draftQueued) return;
    this.draftQueued = true;
    // Changes made in one task (a paste, a removed repetition) are written once.
    queueMicrotask(() => {
      this.draftQueued = false;
      this.writeDraft();
    });
  }

  private writeDraft(): void {
    if (this.writing) {
      this.writeAgain = true;
      return;
    }
    const write = async (): Promise<void> => {
      do {
        this.writeAgain = false;
        const shown = this.shown;
        if (!shown) return;
        const stored = await this.drafts.put({
          id: draftIdOf({ assessmentId: shown.value.id }),
          assessmentId: shown.value.id,
          baseVersion: this.base,
          answers: answersOf(this.bridge.response()),
          ...(this.clientView ? { clientView: this.clientView } : {}),
          ...(this.amending ? { extra: { amending: true } } : {}),
        });
        this.revision = stored.revision;
      } while (this.changedMeanwhile());
    };
    this.writing = write()
      .catch((error: unknown) => {
        warnOnce('assessment:draft', `the answers could not be kept on this device: ${String(error)}`);
        this.persistent = false;
        this.bridge.host.requestUpdate();
      })
      .finally(() => {
        this.writing = undefined;
      });
    this.bridge.settle(this.writing);
  }

  /** A change arrived while the draft was being written (read through a call: it changes across an await). */
  private changedMeanwhile(): boolean {
    return this.writeAgain;
  }

  /** Waits until every change made so far is on this device. */
  private async flushDraft(): Promise<void> {
    while (this.draftQueued || this.writing) {
      if (this.draftQueued) await Promise.resolve();
      if (this.writing) await this.writing;
    }
  }

  private watch(id: string): void {
    if (this.watchedId === id) return;
    this.unwatch();
    this.watchedId = id;
    this.stopWatching = this.drafts.watch(id, (draft) => {
      // Another tab wrote this assessment's draft (or saved it and removed it): say so, and let
      // the user choose; neither tab's answers are replaced without a word.
      if (draft) {
        this.otherTab = draft;
        this.bridge.announce(msg('The same assessment was changed in another window on this device.'));
      } else {
        this.otherTab = undefined;
      }
      this.bridge.host.requestUpdate();
    });
  }

  private unwatch(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.watchedId = undefined;
  }

  /** Shows the answers the other tab kept, in place of this tab's. */
  private takeOtherTab(): void {
    const draft = this.otherTab;
    const loaded = this.resource.value;
    if (!draft || !loaded) return;
    this.otherTab = undefined;
    this.present(loaded.record, draft);
    this.bridge.announce(msg('The answers from the other window are shown now.'));
  }

  /** Keeps this tab's answers: they become the device's draft again. */
  private keepThisTab(): void {
    this.otherTab = undefined;
    this.unsaved = true;
    this.keepDraft();
    this.bridge.announce(msg('Your answers in this window are kept.'));
    this.bridge.host.requestUpdate();
  }

  // ---- saving ---------------------------------------------------------------------------------

  /** True when the viewer may change this assessment here and the adapter can save it. */
  get canEdit(): boolean {
    const viewer = this.bridge.viewer();
    return this.bridge.editable() && viewer?.kind === 'professional' && this.resource.can('saveAssessment');
  }

  /** True when the answers in the form may be changed now: in progress, or being amended. */
  get canAnswer(): boolean {
    const status = this.shown?.value.status;
    return (
      this.canEdit && (status === 'in-progress' || (this.amending && (status === 'completed' || status === 'amended')))
    );
  }

  private calmSoon(): void {
    clearTimeout(this.calmTimer);
    if (this.amending) return; // an amendment is saved whole, when the user says so
    this.calmTimer = setTimeout(() => void this.save({ quiet: true }), CALM_MS);
  }

  private readonly onHidden = (): void => {
    if (document.visibilityState === 'hidden' && this.unsaved && !this.amending) void this.save({ quiet: true });
  };

  private readonly onOnline = (): void => {
    this.offline = false;
    this.bridge.host.requestUpdate();
    if (this.unsaved && this.waitingForService) void this.save({ quiet: true });
  };

  private readonly onOffline = (): void => {
    this.offline = true;
    this.bridge.host.requestUpdate();
  };

  /** The last save could not reach the service: the answers wait on this device. */
  private get waitingForService(): boolean {
    const edit = this.resource.edit;
    return edit.status === 'failed' && edit.error instanceof OfflineError;
  }

  /**
   * Saves the answers to the adapter (status unchanged), with `ifMatch`. Resolves to true once
   * the adapter confirmed it; the draft on this device is then removed, unless the answers
   * changed meanwhile.
   */
  async save(options: { quiet?: boolean } = {}): Promise<boolean> {
    clearTimeout(this.calmTimer);
    // An amendment is saved whole, by completing it again: its drafts stay on this device.
    if (!this.unsaved || !this.canAnswer || this.amending || this.resource.saving) return false;
    if (this.resource.edit.status === 'conflict') return false; // the user chooses first
    return this.send(this.answersEdit(), options.quiet ?? false);
  }

  private async send(edit: Edit<Assessment>, quiet: boolean): Promise<boolean> {
    await this.flushDraft();
    const revision = this.revision;
    const conflict = this.resource.edit.status === 'conflict';
    const saved = conflict ? await this.resource.keepMine(edit) : await this.resource.save(edit);
    if (saved) {
      this.retries = 0;
      clearTimeout(this.retryTimer);
      // Only now is the draft no longer needed: removed if nothing was typed during the save.
      const shown = this.shown;
      if (shown) {
        const removed = await this.drafts
          .delete(draftIdOf({ assessmentId: shown.value.id }), revision)
          .catch(() => false);
        if (removed || revision === undefined) {
          this.unsaved = false;
          this.restored = undefined;
        }
      }
      if (!quiet) this.bridge.announce(msg('The assessment was saved.'));
      this.bridge.host.requestUpdate();
    } else if (this.waitingForService) {
      this.retryLater();
    }
    return saved;
  }

  private retryLater(): void {
    clearTimeout(this.retryTimer);
    const wait = RETRY_MS[Math.min(this.retries, RETRY_MS.length - 1)]!;
    this.retries++;
    this.retryTimer = setTimeout(() => {
      if (this.unsaved && this.waitingForService) void this.send(this.answersEdit(), true);
    }, wait);
  }

  private saved(saved: Versioned<Assessment>, created: boolean): void {
    this.shown = saved;
    this.base = saved.version;
    if (created) {
      this.present(saved, undefined);
      this.bridge.announce(msg('The assessment was started.'));
      this.bridge.focus('h2');
    }
    if (saved.value.status !== 'in-progress') {
      this.amending = false;
      this.versions = undefined;
      void this.readVersions();
    }
  }

  /**
   * The client's own view: from the template's own items when it asks for it (see
   * `CLIENT_VIEW_EXTENSION`), else as given in the completion form.
   */
  private viewOf(answers: readonly QuestionnaireResponseItem[]): ClientView | undefined {
    const items = clientViewItems(this.bridge.questionnaire());
    return items ? clientViewFrom(items, answers) : this.clientView;
  }

  /** The answers and the client's view as they are in the form, on top of `current`. */
  private answersEdit(): Edit<Assessment> {
    const answers = answersOf(this.bridge.response());
    const clientView = this.viewOf(answers);
    return {
      summary: msg('your answers'),
      apply: (current) => ({ ...withClientView(current, clientView), answers, updatedAt: new Date().toISOString() }),
    };
  }

  // ---- completing and amending ----------------------------------------------------------------

  /**
   * Completes the assessment (or saves the amendment of a completed one): every answer checked,
   * the client's own view or the obstacle to it required, answers of disabled items left out.
   * Fires `saumaton-assessment-submitted` once the adapter confirmed it.
   */
  async complete(): Promise<boolean> {
    const shown = this.shown;
    if (!shown || !this.canAnswer || this.resource.saving) return false;
    this.completing = true;
    const answersOk = this.bridge.checkAnswers();
    const answers = answersOf(this.bridge.response('completed'));
    const clientView = this.viewOf(answers);
    this.completionProblems = clientViewProblems(clientView);
    const viewOk = Object.keys(this.completionProblems).length === 0;
    this.bridge.host.requestUpdate();
    if (!answersOk) return false; // the form announced the problems and focused the first
    if (!viewOk) {
      this.bridge.announce(msg('Record the client’s own view, or why it could not be obtained.'));
      this.bridge.focus('.completion input[type=radio], .completion .problem');
      return false;
    }
    const now = new Date().toISOString();
    const edit: Edit<Assessment> = {
      summary: shown.value.status === 'in-progress' ? msg('completing the assessment') : msg('the amendment'),
      apply: (current) => ({
        ...withClientView(current, clientView),
        answers,
        status: (current.status === 'in-progress' ? 'completed' : 'amended') satisfies AssessmentStatus,
        completedAt: now,
        updatedAt: now,
      }),
    };
    const saved = await this.send(edit, true);
    const record = this.resource.value?.record;
    if (saved && record) {
      this.completing = false;
      this.bridge.show(this.resource.value.context.template, responseOf(record.value.answers, record.value.status));
      this.bridge.announce(
        record.value.status === 'amended' ? msg('The amendment was saved.') : msg('The assessment was completed.'),
      );
      this.bridge.host.dispatchEvent(
        new SaumatonAssessmentSubmittedEvent({ assessment: record.value, version: record.version }),
      );
    }
    return saved;
  }

  private amend(): void {
    this.amending = true;
    this.completing = true;
    this.bridge.announce(msg('You can change the answers now. The completed version stays readable.'));
    this.bridge.host.requestUpdate();
  }

  private async readVersions(): Promise<void> {
    const adapter = this.bridge.adapter();
    const shown = this.shown;
    if (!adapter?.listAssessmentVersions || !shown) return;
    try {
      const versions = await adapter.listAssessmentVersions(shown.value.id);
      this.versions = versions
        .map((v) => {
          try {
            return parseVersioned(AssessmentSchema, v);
          } catch {
            return undefined;
          }
        })
        .filter(
          (v): v is Versioned<Assessment> =>
            !!v && v.version !== this.shown?.version && v.value.status !== 'in-progress',
        );
    } catch {
      this.versions = [];
    }
    this.bridge.host.requestUpdate();
  }

  /** Records that the summary was given to the client today (bookkeeping a completed assessment allows). */
  private async summaryGiven(): Promise<void> {
    const today = todayInFinland();
    await this.send(
      { summary: msg('the summary given to the client'), apply: (current) => ({ ...current, summaryGivenAt: today }) },
      false,
    );
  }

  // ---- a new assessment -----------------------------------------------------------------------

  private async start(): Promise<void> {
    const clientId = this.bridge.clientId();
    const templateId = this.bridge.templateId();
    if (!clientId || !templateId) return;
    const made = initiationFromDraft(this.initiation);
    if ('problems' in made) {
      this.initiationProblems = made.problems;
      this.bridge.announce(msg('Check the starting details.'));
      this.bridge.host.requestUpdate();
      this.bridge.focus('[aria-invalid="true"]');
      return;
    }
    this.initiationProblems = {};
    const assessment: Assessment = {
      id: newId('assessment'),
      clientId,
      template: { id: templateId },
      status: 'in-progress',
      initiation: made.initiation,
      answers: [],
      updatedAt: new Date().toISOString(),
    };
    await this.resource.create({ summary: msg('starting the assessment'), apply: () => assessment });
  }

  // ---- rendering ------------------------------------------------------------------------------

  /** The form is to be shown read-only. */
  get readOnly(): boolean {
    return !!this.shown && !this.canAnswer;
  }

  /** The whole record around `form` (the rendered items), or its loading, empty or error state. */
  render(
    form: () => TemplateResult,
    title: string | TemplateResult | undefined,
    meter: TemplateResult | typeof nothing,
  ): TemplateResult {
    const state = this.resource.state;
    switch (state.status) {
      case 'idle':
      case 'loading':
        return renderLoading(msg('Loading the assessment…'));
      case 'error':
        return renderError(state.error, () => void this.resource.reload());
      case 'ready':
        break;
    }
    const loaded = this.resource.value;
    if (!loaded) return this.renderNew();
    const assessment = loaded.record.value;
    const inTemplate = !!clientViewItems(this.bridge.questionnaire());
    return html`<article class="record" aria-labelledby="record-title">
      <header class="no-print">
        <h2 id="record-title" tabindex="-1">${title ?? msg('Service-need assessment')}</h2>
        ${deadlinesView({
          initiation: assessment.initiation,
          status: assessment.status,
          ...(assessment.completedAt ? { completedAt: assessment.completedAt } : {}),
          today: todayInFinland(),
        })}
      </header>
      <div class="no-print">${this.renderNotices()} ${this.renderSaveProblem()}</div>
      <div class="answers no-print">
        ${
          this.readOnly
            ? html`<fieldset class="read-only" disabled>
                <legend class="visually-hidden">${msg('Answers (read only)')}</legend>
                ${form()}
              </fieldset>`
            : form()
        }
      </div>
      ${
        this.canAnswer && (this.completing || this.amending || assessment.status === 'in-progress')
          ? html`<div class="completion no-print">
              ${
                inTemplate && this.completionProblems.clientView
                  ? html`<p class="problem" role="alert" tabindex="-1">${this.completionProblems.clientView}</p>`
                  : nothing
              }
              ${completionView(
                {
                  ...(this.clientView ? { clientView: this.clientView } : {}),
                  problems: this.completionProblems,
                  busy: this.resource.saving,
                  answersProblemCount: this.completing ? this.bridge.problemCount() : 0,
                  inTemplate,
                },
                {
                  clientView: (view) => {
                    this.clientView = view;
                    this.changed();
                  },
                  complete: () => void this.complete(),
                },
              )}
            </div>`
          : nothing
      }
      ${meter} ${this.renderActions(assessment)} ${this.renderVersions()}
      ${this.renderSummary(loaded.context, assessment)}
    </article>`;
  }

  private renderNew(): TemplateResult {
    if (!this.canEdit) return renderEmpty(msg('This client has no assessment to show.'));
    return html`<article class="record" aria-labelledby="record-title">
      <h2 id="record-title" tabindex="-1">${msg('A new service-need assessment')}</h2>
      ${this.renderSaveProblem()}
      ${initiationFormView(
        this.initiation,
        { problems: this.initiationProblems, today: todayInFinland(), busy: this.resource.saving },
        {
          change: (draft) => {
            this.initiation = draft;
            this.bridge.host.requestUpdate();
          },
          submit: () => void this.start(),
        },
      )}
    </article>`;
  }

  private renderNotices(): TemplateResult {
    const notices: TemplateResult[] = [];
    if (this.restored) {
      notices.push(
        html`<p class="notice restored">
          <strong>${msg('Restored from this device, not yet saved.')}</strong>
          ${msg(str`These answers were kept on this device on ${formatDate(this.restored.at)}.`)}
          ${
            this.restored.stale
              ? msg('Someone has saved the assessment since; saving shows you what changed.')
              : msg('Save them to keep them in the service.')
          }
        </p>`,
      );
    }
    if (this.otherTab) {
      notices.push(
        html`<div class="notice other-tab" role="status">
          <p>
            <strong>${msg('Changed in another window.')}</strong>
            ${msg(str`The same assessment was changed in another window on this device at ${formatDate(this.otherTab.updatedAt)}.`)}
          </p>
          <button type="button" @click=${() => this.takeOtherTab()}>${msg('Show the answers from that window')}</button>
          <button type="button" @click=${() => this.keepThisTab()}>${msg('Keep the answers in this window')}</button>
        </div>`,
      );
    }
    if (this.offline || this.waitingForService) {
      notices.push(
        html`<p class="notice offline">
          <strong>${msg('No connection to the service.')}</strong>
          ${msg('Your answers are kept on this device and are saved when the connection returns.')}
        </p>`,
      );
    }
    if (!this.persistent && this.canAnswer) {
      notices.push(
        html`<p class="notice">
          ${msg('This browser does not let the answers be kept on this device: save them before you close the page.')}
        </p>`,
      );
    }
    return html`${notices}`;
  }

  private renderSaveProblem(): TemplateResult | typeof nothing {
    const edit = this.resource.edit;
    switch (edit.status) {
      case 'conflict': {
        const mine = this.bridge.response();
        const changes = changedItems(
          answersOf(mine),
          edit.theirs.value.answers,
          this.bridge.questionnaire(),
          this.bridge.locale(),
        );
        return renderConflict({
          changes: changes.length ? changes : [msg('Their version has other details than yours.')],
          mine: msg('your answers as they are in the form now.'),
          busy: this.resource.saving,
          onKeepMine: () => void this.send(this.answersEdit(), false),
          onUseTheirs: () => void this.useTheirs(),
        });
      }
      case 'failed':
        if (edit.error instanceof OfflineError) return nothing; // said by the offline notice
        return renderError(edit.error, () => void this.send(this.answersEdit(), false), 'save');
      case 'invalid':
        return html`<div class="state error" role="alert">
          <p>${msg('The assessment could not be saved:')}</p>
          <ul>
            ${edit.issues.map((issue) => html`<li>${issue.message}</li>`)}
          </ul>
        </div>`;
      default:
        return nothing;
    }
  }

  private async useTheirs(): Promise<void> {
    const loaded = this.resource.value;
    if (!loaded) return;
    this.resource.discard();
    const shown = this.shown;
    if (shown) await this.drafts.delete(draftIdOf({ assessmentId: shown.value.id })).catch(() => false);
    this.shown = undefined;
    this.present(loaded.record, undefined);
    this.bridge.announce(msg('Their version is shown now.'));
  }

  private renderActions(assessment: Assessment): TemplateResult {
    const edit = this.resource.edit;
    const status = this.resource.saving
      ? msg('Saving…')
      : this.unsaved
        ? msg('Changes are kept on this device and not yet saved.')
        : msg('All answers are saved.');
    return html`<div class="actions no-print">
      ${
        this.canAnswer && !this.amending && edit.status !== 'conflict'
          ? html`<button
              type="button"
              class="primary"
              aria-disabled=${this.resource.saving || !this.unsaved ? 'true' : 'false'}
              @click=${() => void this.save()}
            >
              ${msg('Save')}
            </button>`
          : nothing
      }
      ${
        this.canEdit && !this.amending && (assessment.status === 'completed' || assessment.status === 'amended')
          ? html`<button type="button" @click=${() => this.amend()}>${msg('Amend the assessment')}</button>`
          : nothing
      }
      <button
        type="button"
        aria-expanded=${this.showSummary ? 'true' : 'false'}
        @click=${() => {
          this.showSummary = !this.showSummary;
          this.bridge.host.requestUpdate();
        }}
      >
        ${msg('Summary for the client')}
      </button>
      ${this.canAnswer ? html`<p class="save-state">${status}</p>` : nothing}
    </div>`;
  }

  private renderVersions(): TemplateResult | typeof nothing {
    const versions = this.versions;
    if (!versions?.length) return nothing;
    return html`<section class="versions no-print" aria-labelledby="versions-heading">
      <h3 id="versions-heading">${msg('Earlier versions')}</h3>
      <ul>
        ${versions.map(
          (v) =>
            html`<li>
              ${v.value.status === 'amended' ? msg('Amended') : msg('Completed')}
              ${v.value.completedAt ? formatDate(v.value.completedAt) : nothing}
              <button
                type="button"
                aria-expanded=${this.earlier === v ? 'true' : 'false'}
                @click=${() => {
                  this.earlier = this.earlier === v ? undefined : v;
                  this.bridge.host.requestUpdate();
                }}
              >
                ${msg('Show this version')}
              </button>
            </li>`,
        )}
      </ul>
      ${
        this.earlier && this.bridge.questionnaire()
          ? summaryView({
              assessment: this.earlier.value,
              questionnaire: this.bridge.questionnaire()!,
              language: this.bridge.locale(),
            })
          : nothing
      }
    </section>`;
  }

  private renderSummary(context: RecordContext, assessment: Assessment): TemplateResult | typeof nothing {
    const questionnaire = this.bridge.questionnaire();
    if (!this.showSummary || !questionnaire) return nothing;
    const client = context.client;
    const current: Assessment = {
      ...withClientView(assessment, this.clientView),
      answers: answersOf(this.bridge.response('completed')),
    };
    return html`<section class="client-summary" aria-label=${msg('Summary for the client')}>
      ${summaryView({
        assessment: current,
        questionnaire,
        language: client?.languageOfService ?? this.bridge.locale(),
        ...(client ? { clientName: client.name } : {}),
      })}
      <div class="actions no-print">
        <button type="button" @click=${() => print()}>${msg('Print the summary')}</button>
        ${
          this.canEdit && assessment.status !== 'in-progress' && !assessment.summaryGivenAt
            ? html`<button type="button" @click=${() => void this.summaryGiven()}>
                ${msg('Record that the summary was given to the client')}
              </button>`
            : assessment.summaryGivenAt
              ? html`<p>${msg(str`Given to the client on ${formatDate(assessment.summaryGivenAt.slice(0, 10))}.`)}</p>`
              : nothing
        }
      </div>
    </section>`;
  }
}

/** A QuestionnaireResponse holding `answers`, for the form. */
function responseOf(answers: readonly QuestionnaireResponseItem[], status: AssessmentStatus): Record<string, unknown> {
  return { resourceType: 'QuestionnaireResponse', status, item: answers };
}

function answersOf(response: Record<string, unknown> | undefined): QuestionnaireResponseItem[] {
  const items = response?.item;
  return Array.isArray(items) ? (items as QuestionnaireResponseItem[]) : [];
}

function withClientView(assessment: Assessment, view: ClientView | undefined): Assessment {
  if (view) return { ...assessment, clientView: view };
  const { clientView: _dropped, ...rest } = assessment;
  return rest;
}

/**
 * What a save would newly break: the assessment rules and the change of status. Rules the
 * version read already broke (data written by another system) do not stop the user saving.
 */
function newlyBroken(before: Assessment | undefined, after: Assessment): ValidationIssue[] {
  const known = new Set(before ? checkAssessment(before).map((i) => `${i.code}@${i.path}`) : []);
  return [
    ...checkAssessment(after).filter((i) => !known.has(`${i.code}@${i.path}`)),
    ...checkAssessmentTransition(before, after),
  ];
}
