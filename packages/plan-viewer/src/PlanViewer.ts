import { msg } from '@lit/localize';
import { adoptStyles, html, nothing, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  NotFoundError,
  planPermissions,
  recognizeError,
  todayInFinland,
  type ClientPlan,
  type OrganizationRef,
  type PlanPart,
  type PlanPermissions,
  type PlanRef,
  type PlanGoal,
  type Versioned,
} from '@saumaton/core';
import {
  Announcer,
  FocusController,
  ResourceController,
  SaumatonElement,
  formStyles,
  getLocale,
  renderEmpty,
  renderError,
  renderLoading,
  type SaumatonErrorEvent,
  type SaumatonSavedEvent,
} from '@saumaton/elements';
import type * as Editing from './forms/plan-forms.js';
import type * as Trends from './goal-trend.js';
import type * as History from './history/history.js';
import { planLocaleLoaders } from './locales.js';
import { planStyles } from './plan-styles.js';
import { partOf, partsWith, readPart, readPlan, readPlanUpdate } from './plan-data.js';
import { planView } from './views/plan.js';
import type { PartSlots } from './views/parts.js';

/** Who the plan is shown to: the professionals' full plan, or the client's plain-language copy. */
export type PlanViewerMode = 'professional' | 'client';

/**
 * The events `<saumaton-plan-viewer>` fires, as its `addEventListener` types them: a host listening
 * on the element reads the saved plan or part without narrowing by `kind` first.
 */
export interface PlanViewerEventMap extends HTMLElementEventMap {
  'saumaton-saved': SaumatonSavedEvent<'plan' | 'plan-part'>;
  'saumaton-error': SaumatonErrorEvent;
}

/**
 * The shared client plan (asiakassuunnitelma / klientplan, SHL § 39): every section, each
 * producer's part under its producer with who last changed it and when, the client's and the
 * professional's views side by side, goals with their means and, where a goal follows a
 * life-situation meter's area, its trend. The plan is a planning and coordination tool: a service
 * listed in it is not a granted service, and the view says so.
 *
 * The plan is `plan-id`, or the plan of the client `client-id`. The adapter needs `getPlan`.
 * With `editable`, a professional viewer edits their own organisation's part (`savePlanPart`,
 * sent with the part's version) and, when their organisation is the plan's organiser, the common
 * sections (`savePlanCommon`): the views, meeting frequency, strengths, goals and the next review
 * date, and records a review (the client's and the team's feedback, the goals evaluated, the next
 * review) in the follow-up. A client viewer adds their own views where `allowClientView` is set. Everything else is
 * read-only (`planPermissions`).
 *
 * @summary The shared client plan: every section, each producer's part, both views side by side.
 * @tag saumaton-plan-viewer
 *
 * @fires {SaumatonSavedEvent<'plan' | 'plan-part'>} saumaton-saved - A change reached the backend. `detail: { kind: 'plan', value, version }` for the common sections (the whole plan as shown), `{ kind: 'plan-part', value, version }` for a producer's part.
 * @fires {SaumatonErrorEvent} saumaton-error - Loading or saving failed. `detail: { error }` with the adapter's error.
 *
 * @csspart state - The loading, empty, error and conflict panels.
 * @csspart plan - The whole plan.
 * @csspart header - The plan's header.
 * @csspart disclaimer - The statement that the plan is not a decision.
 * @csspart turvakielto - For professionals: the marker that the client has non-disclosure for safety.
 * @csspart section - Each section of the plan.
 * @csspart view - The client's or the professional's view.
 * @csspart views-differ - The note that the two views differ.
 * @csspart producer-part - One producer's part.
 * @csspart service - One planned service.
 * @csspart chain - One service chain with its steps.
 * @csspart goal - One goal.
 * @csspart next-review - The next review date and whether it is due.
 *
 * @cssprop --saumaton-color-notice - Background of the disclaimer, the turvakielto marker and the note on differing views.
 */
export class PlanViewer extends SaumatonElement<PlanViewerEventMap> {
  static override styles = [...SaumatonElement.styles, formStyles, planStyles];
  static override localeLoaders = planLocaleLoaders;

  /** The plan to show. Takes precedence over `client-id`. */
  @property({ attribute: 'plan-id', reflect: true }) planId?: string;

  /** The client whose plan to show (the active one, else a draft, on hold, completed). */
  @property({ attribute: 'client-id', reflect: true }) clientId?: string;

  /** `professional` (default): the whole plan; `client`: the client's copy in plain language, no internal notes. */
  @property({ reflect: true }) mode: PlanViewerMode = 'professional';

  /** Offer editing where the viewer may edit (`planPermissions`). */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** The host lets a client (or their representative) add their own view. Default `false`. */
  @property({ attribute: false }) allowClientView = false;

  @state() private editing: Editing.OpenForm | undefined;

  /** The parts as the last live update carried them: newer than those read with the plan. */
  @state() private pushedParts: readonly PlanPart[] | undefined;

  private readonly focusing = new FocusController(this);
  private readonly announcer = new Announcer(this);

  /** The forms and what they save with, loaded once the viewer may edit something. */
  private readonly tools = this.lazyModule<typeof Editing>(() => import('./forms/plan-forms.js'));
  private formsMade: Editing.PlanForms | undefined;

  /** The open form's life (typing, saving, the conflict), once the forms have loaded. */
  private get forms(): Editing.PlanForms | undefined {
    const tools = this.tools.value;
    return (this.formsMade ??= tools
      ? new tools.PlanForms({
          form: () => this.editing,
          setForm: (form) => (this.editing = form),
          plan: this.planResource,
          part: this.ownPart,
          viewer: () => this.resolvedViewer,
          focus: (selector) => this.focusing.focusAfterUpdate(selector),
          announce: (message) => this.announcer.announce(message),
          close: () => this.closeForm(),
        })
      : undefined);
  }

  /** The goals' meter trends, loaded when a goal follows a meter area. */
  private readonly trendsModule = this.lazyModule<typeof Trends>(() => import('./goal-trend.js'));
  private trends: Trends.GoalTrends | undefined;

  /** The plan's history (`listPlanVersions`), loaded when the user opens it. */
  private readonly historyModule = this.lazyModule<typeof History>(() => import('./history/history.js'));
  private history: History.PlanHistoryPanel | undefined;
  private readonly addedStyles = new Set<CSSResultOrNative>();

  /** The plan: its common sections with every part, the version the common sections'. */
  private readonly planResource: ResourceController<ClientPlan, undefined, PlanRef> = new ResourceController<
    ClientPlan,
    undefined,
    PlanRef
  >(this, {
    kind: 'plan',
    adapter: () => this.resolvedAdapter,
    requires: ['getPlan'],
    ref: () => (this.planId ? { planId: this.planId } : this.clientId ? { clientId: this.clientId } : undefined),
    read: async (adapter, ref, signal) => {
      try {
        const record = readPlan(await adapter.getPlan!(ref, { signal }), ref);
        this.planJustRead = record;
        return record;
      } catch (error) {
        if (recognizeError(error) instanceof NotFoundError) return null;
        throw error;
      }
    },
    context: () => Promise.resolve(undefined),
    write: async (adapter, next, ifMatch, signal): Promise<Versioned<ClientPlan>> => {
      if (typeof adapter.savePlanCommon !== 'function') throw new Error('the adapter cannot save a plan');
      const { parts: _parts, ...common } = next;
      const saved = await adapter.savePlanCommon(common, ifMatch, { signal });
      return readPlanUpdate(saved, this.planResource.value?.record.value ?? next);
    },
    parse: (answer): Versioned<ClientPlan> => readPlanUpdate(answer, this.planResource.value?.record.value),
    check: (before, after) => this.tools.value?.checkCommon(before, after) ?? [],
    // Every push carries every part: another producer's saved part is shown at once, even when
    // the common sections (whose version the controller compares) did not change.
    subscribe: (adapter, plan, listener) =>
      adapter.subscribe?.({ kind: 'plan', planId: plan.id }, (answer) => {
        try {
          const pushed = readPlan(answer).value;
          if (pushed.id === plan.id) this.pushedParts = pushed.parts;
        } catch {
          // A malformed push: the parts shown stay.
        }
        listener(answer);
      }),
    auditOf: (plan) => ({ id: plan.id, clientId: plan.clientId }),
    onReset: () => {
      this.editing = undefined;
      this.pushedParts = undefined;
      this.trends?.stop();
    },
    // A review only adds to the plan: someone else's version is shown and the review lands on it.
    busy: () => this.editing?.kind === 'common',
    onRemoteChange: () => this.announcer.announce(msg('Someone else updated the plan.')),
    onSaved: () => this.onSaved(),
    onConflict: () => this.focusing.focusAfterUpdate('#conflict-heading'),
  });

  /** The plan as `planResource` last read it, until the update that shows it has run. */
  private planJustRead: Versioned<ClientPlan> | undefined;

  /** The viewer's own part, loaded only when they may edit it: saved with its own version. */
  private readonly ownPart = new ResourceController<PlanPart, undefined, { planId: string; producerId: string }>(this, {
    kind: 'plan-part',
    adapter: () => this.resolvedAdapter,
    requires: ['getPlan'],
    ref: () => {
      const plan = this.planResource.value?.record.value;
      const producerId = this.ownProducerId;
      return plan && producerId && this.permissions?.parts(producerId) ? { planId: plan.id, producerId } : undefined;
    },
    read: async (adapter, ref, signal) => {
      // Its first load comes in the update that shows the plan just read: the part is in it, with
      // its version, so the plan is not read twice. A retry or a conflict reads it afresh.
      const shown = this.planJustRead;
      this.planJustRead = undefined;
      if (shown?.value.id === ref.planId) return partOf(shown.value, ref.producerId);
      return partOf(readPlan(await adapter.getPlan!({ planId: ref.planId }, { signal })).value, ref.producerId);
    },
    context: () => Promise.resolve(undefined),
    write: async (adapter, next, ifMatch, signal) => {
      if (typeof adapter.savePlanPart !== 'function') throw new Error('the adapter cannot save a part');
      const planId = this.planResource.value?.record.value.id ?? '';
      return readPart(await adapter.savePlanPart(planId, next, ifMatch, { signal }), next.producer.id);
    },
    parse: (answer) => readPart(answer, this.ownProducerId ?? ''),
    check: (before, after) => this.tools.value?.checkPart(before, after) ?? [],
    subscribe: (adapter, part, listener) => {
      const planId = this.planResource.value?.record.value.id;
      if (!planId) return undefined;
      return adapter.subscribe?.({ kind: 'plan', planId }, (plan) => {
        try {
          const own = partOf(readPlan(plan).value, part.producer.id);
          if (own) listener(own);
        } catch {
          // A malformed plan from the backend: the part shown stays.
        }
      });
    },
    auditOf: (part) => ({
      id: `${this.planResource.value?.record.value.id ?? ''}/${part.producer.id}`,
      clientId: this.planResource.value?.record.value.clientId,
    }),
    onReset: () => {
      if (this.editing?.kind === 'part') this.editing = undefined;
    },
    busy: () => this.editing?.kind === 'part',
    onRemoteChange: () => this.announcer.announce(msg('Someone else updated the plan.')),
    onSaved: () => this.onSaved(),
    onConflict: () => this.focusing.focusAfterUpdate('#conflict-heading'),
  });

  /** The organisation the viewer acts for: the producer whose part is theirs. */
  private get ownProducerId(): string | undefined {
    const viewer = this.resolvedViewer;
    return viewer?.kind === 'professional' ? viewer.organizationId : undefined;
  }

  /** What the viewer may edit in the plan shown; undefined before it has loaded. */
  private get permissions(): PlanPermissions | undefined {
    const plan = this.planResource.value?.record.value;
    if (!plan || !this.editable) return undefined;
    return planPermissions(this.resolvedViewer, plan, { allowClientView: this.allowClientView });
  }

  private get audience(): PlanViewerMode {
    return this.mode === 'client' ? 'client' : 'professional';
  }

  private canEditPart(): boolean {
    const id = this.ownProducerId;
    return Boolean(id && this.permissions?.parts(id) && this.planResource.can('savePlanPart'));
  }

  private canEditCommon(): boolean {
    return Boolean(
      this.permissions?.common && this.audience === 'professional' && this.planResource.can('savePlanCommon'),
    );
  }

  private canEditClientView(): boolean {
    return Boolean(this.permissions?.clientView && this.planResource.can('savePlanCommon'));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.planJustRead = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A form the viewer may no longer use (another viewer, mode or plan) closes.
    const form = this.editing;
    const may =
      !form ||
      (form.kind === 'part'
        ? this.canEditPart()
        : form.kind === 'common' && form.scope === 'client'
          ? this.canEditClientView()
          : this.canEditCommon());
    if (!may) this.editing = undefined;
    const plan = this.planResource.value?.record.value;
    if (plan && (this.canEditPart() || this.canEditCommon() || this.canEditClientView())) this.tools.prefetch();
    if (plan?.goals.some((g) => g.meter && g.areaLinkId)) this.syncTrends(plan.clientId, plan.goals);
    this.history?.sync(this.resolvedAdapter, plan);
  }

  private syncTrends(clientId: string, goals: readonly PlanGoal[]): void {
    const module = this.trendsModule.value;
    if (!module) {
      this.settleAfter(this.trendsModule.load().then(() => this.requestUpdate()));
      return;
    }
    if (!this.trends) {
      this.trends = new module.GoalTrends({
        requestUpdate: () => this.requestUpdate(),
        settle: (w) => this.settleAfter(w),
      });
      this.addStyles(module.goalTrendStyles);
    }
    this.trends.sync(this.resolvedAdapter, clientId, goals);
  }

  private addStyles(styles: readonly CSSResultOrNative[]): void {
    const before = this.addedStyles.size;
    for (const style of styles) this.addedStyles.add(style);
    if (this.addedStyles.size === before) return;
    adoptStyles(this.renderRoot as ShadowRoot, [...PlanViewer.elementStyles, ...this.addedStyles]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onBeforePrint);
    this.trends?.stop();
    this.history?.stop();
  }

  /** A printed plan leaves the system on paper: the adapter's audit log hears of it as a disclosure. */
  private onBeforePrint = () => {
    const plan = this.planResource.value?.record.value;
    // A plan hidden on the page does not go on paper.
    if (!plan || ('checkVisibility' in this && !this.checkVisibility())) return;
    this.planResource.audit('disclose', plan);
    // The day printed is today's, on a page left open since yesterday too.
    this.requestUpdate();
  };

  /** Loads the plan again, as the error state's "Try again" does. */
  reload(): Promise<void> {
    return this.planResource.reload();
  }

  private openHistory = () => {
    if (this.history?.opened) return this.history.close();
    this.historyModule.run(
      (module) => {
        this.history ??= new module.PlanHistoryPanel({
          requestUpdate: () => this.requestUpdate(),
          settle: (work) => this.settleAfter(work),
          focus: (selector) => this.focusing.focusAfterUpdate(selector),
        });
        this.addStyles(module.historyStyles);
        this.history.sync(this.resolvedAdapter, this.planResource.value?.record.value);
        this.history.show();
      },
      (message) => this.announcer.announce(message),
    );
  };

  // ---- saving -------------------------------------------------------------------------------

  private onSaved(): void {
    this.closeForm();
    this.announcer.announce(msg('Saved.'));
  }

  private openForm(make: (tools: typeof Editing) => Editing.OpenForm, trigger: string, focus: string): void {
    if (this.planResource.saving || this.ownPart.saving || this.editing) return;
    this.tools.run(
      (tools) => {
        this.forms?.open(make(tools));
        this.focusing.rememberReturn(trigger);
        this.focusing.focusAfterUpdate(focus);
      },
      (message) => this.announcer.announce(message),
    );
  }

  private ownProducer(plan: ClientPlan): OrganizationRef | undefined {
    const id = this.ownProducerId;
    if (!id) return undefined;
    return (
      plan.parts.find((p) => p.producer.id === id)?.producer ??
      plan.header.producers.find((p) => p.id === id) ??
      (plan.header.organizer.id === id ? plan.header.organizer : undefined)
    );
  }

  private openPart = () => {
    const plan = this.planResource.value?.record.value;
    const producer = plan && this.ownProducer(plan);
    if (!producer) return;
    const shown = this.ownPart.value?.record.value;
    this.openForm(
      (tools) => tools.partFormFor(shown, producer, this.resolvedViewer),
      shown ? 'edit-part' : 'add-part',
      '#part-form input, #part-form select',
    );
  };

  private openCommon = (scope: 'common' | 'client') => {
    const plan = this.planResource.value?.record.value;
    if (!plan) return;
    this.openForm(
      (tools) => tools.commonFormFor(plan, scope),
      scope === 'client' ? 'edit-client-view' : 'edit-common',
      '#common-form textarea, #common-form input',
    );
  };

  private openReview = () => {
    const plan = this.planResource.value?.record.value;
    if (!plan) return;
    this.openForm((tools) => tools.reviewFormFor(plan, todayInFinland()), 'record-review', '#review-form input');
  };

  /** Closes the form; focus goes back to what opened it, or to the plan's title when that is gone. */
  private closeForm(): void {
    const kind = this.editing?.kind;
    this.editing = undefined;
    this.focusing.restore(kind === 'part' ? '#edit-part' : kind === 'review' ? '#follow-up-heading' : '#plan-title');
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`${this.renderState()} ${this.announcer.render()}`;
  }

  private renderState(): TemplateResult {
    const loaded = this.planResource.state;
    switch (loaded.status) {
      case 'idle':
      case 'loading':
        return renderLoading(msg('Loading the plan…'));
      case 'error':
        return renderError(loaded.error, () => void this.reload());
      case 'ready':
        if (loaded.value) return this.renderPlan(loaded.value.record.value, loaded.value.record.version);
        return renderEmpty(
          this.planId || this.clientId ? msg('No client plan was found.') : msg('No plan or client was chosen.'),
        );
    }
  }

  private partSlots = (part: PlanPart): PartSlots => {
    if (part.producer.id !== this.ownProducerId || !this.canEditPart() || !this.ownPart.value) {
      return { tools: nothing, form: nothing };
    }
    const form = this.forms?.view('part') ?? nothing;
    return {
      tools: html`<div class="part-tools">
          <span class="own-part">${msg('Your organisation’s part')}</span>
          ${this.editing?.kind === 'part' ? nothing : this.opener('edit-part', msg('Edit your part'), this.openPart)}
        </div>
        ${this.forms?.conflict('part') ?? nothing}`,
      form,
    };
  };

  private newPart(plan: ClientPlan): TemplateResult | typeof nothing {
    const state = this.ownPart.state;
    if (!this.canEditPart() || state.status !== 'ready' || state.value) return nothing;
    const producer = this.ownProducer(plan);
    if (!producer) return nothing;
    const form = this.forms?.view('part') ?? nothing;
    if (form !== nothing) return html`<section class="part" aria-label=${producer.name}>${form}</section>`;
    return html`<div class="part-tools">
      ${this.opener('add-part', msg('Add your organisation’s part'), this.openPart)}
    </div>`;
  }

  private commonTools(): TemplateResult | typeof nothing {
    const common = this.canEditCommon();
    const client = this.canEditClientView();
    if (!common && !client) return nothing;
    const open = this.editing?.kind === 'common';
    const failure = this.forms?.failure();
    return html`<div class="common-tools">
        ${common && !open ? this.opener('edit-common', msg('Edit the common sections'), () => this.openCommon('common')) : nothing}
        ${
          client && !common && !open
            ? this.opener('edit-client-view', msg('Add your own view'), () => this.openCommon('client'))
            : nothing
        }
      </div>
      ${this.forms?.conflict('common') ?? nothing}
      ${failure ? html`<p class="form-error" role="alert">${failure}</p>` : nothing}
      ${this.forms?.view('common') ?? nothing}`;
  }

  /** In the follow-up section, for the responsible unit: the button that records a review, or its form. */
  private reviewTools(): TemplateResult | typeof nothing {
    if (!this.canEditCommon()) return nothing;
    // A conflict is told above the plan, as the common sections' is: one place for the plan's.
    if (this.editing?.kind === 'review') return this.forms?.view('review') ?? nothing;
    return html`<div class="common-tools">
      ${this.opener('record-review', msg('Record a review'), this.openReview)}
    </div>`;
  }

  /** A button that opens a form: told as unavailable (not removed from the tab order) while another form is open or a save runs. */
  private opener(id: string, label: string, open: () => void): TemplateResult {
    const busy = this.editing !== undefined || this.planResource.saving || this.ownPart.saving;
    return html`<button type="button" id=${id} aria-disabled=${busy} @click=${() => !busy && open()}>${label}</button>`;
  }

  private renderPlan(plan: ClientPlan, version: string): TemplateResult {
    const own = this.ownPart.value?.record.value;
    const locale = getLocale();
    const history = html`${
      this.planResource.can('listPlanVersions')
        ? html`<div class="history-tools">
            <button
              type="button"
              id="open-history"
              aria-expanded=${this.history?.opened ? 'true' : 'false'}
              @click=${this.openHistory}
            >
              ${msg('History')}
            </button>
          </div>`
        : nothing
    }${this.history?.view(plan, this.audience) ?? nothing}`;
    if (this.history?.versionOpen) return history;
    return html`${history}${planView({
      plan,
      parts: partsWith({ ...plan, parts: [...(this.pushedParts ?? plan.parts)] }, own),
      version,
      audience: this.audience,
      professional: this.resolvedViewer?.kind === 'professional' && this.audience === 'professional',
      today: todayInFinland(),
      locale,
      goalTrend: (goal, index) =>
        this.trends?.view(goal, index, locale) ?? html`<p class="muted" role="status">${msg('Loading the trend…')}</p>`,
      partSlots: this.partSlots,
      newPart: this.newPart(plan),
      commonTools: this.commonTools(),
      reviewTools: this.reviewTools(),
    })}`;
  }
}

// In the class's own module, so that its declaration file carries it to every user of the
// package (a type-only import of a module of its own would be dropped from the .d.ts).
declare module '@saumaton/elements' {
  interface SavedRecords {
    /** `<saumaton-plan-viewer>`: the plan after its common sections were saved (`version` is theirs), with the parts as shown. */
    readonly plan: ClientPlan;
    /** `<saumaton-plan-viewer>`: a producer's part as saved, with its own version. */
    readonly 'plan-part': PlanPart;
  }
}
