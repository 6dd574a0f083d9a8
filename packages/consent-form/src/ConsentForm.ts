import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CONSENT_INSTRUMENTS,
  newId,
  today,
  type Consent,
  type AnyAdapter,
  type Client,
  type ConsentInstrument,
  type ConsentRecord,
  type Edit,
} from '@saumaton/core';
import {
  Announcer,
  FocusController,
  readClient,
  ResourceController,
  SaumatonFormAssociatedElement,
  formStyles,
  getLocale,
  renderConflict,
  renderEmpty,
  renderError,
  renderLoading,
  type FormValue,
  type ValidationProblem,
  type Validator,
  warnOnce,
  type ResourceOptions,
} from '@saumaton/elements';
import { parseList, versionedList, withRecord, type ConsentList } from './consent-list.js';
import type { ConsentWrite } from './list-edits.js';
import type * as Editing from './consent-editing.js';
import type { OpenForm } from './consent-editing.js';
import type * as Answering from './consent-answering.js';
import { consentLocaleLoaders } from './locales.js';
import { EMPTY_ANSWER, type Answer, type ConsentPreset } from './answer-state.js';
import { consentStyles } from './consent-styles.js';
import { SaumatonConsentRecordedEvent } from './events/saumaton-consent-recorded.js';
import { SaumatonConsentRevokedEvent } from './events/saumaton-consent-revoked.js';
import type { SaumatonErrorEvent, SaumatonSavedEvent } from '@saumaton/elements';
import { consentRecord } from './views/record.js';
import { toolbar } from './views/sections.js';

/** The adapter a form-mode element works with when it is given none: it reads nothing. */
const NO_ADAPTER: AnyAdapter = Object.freeze({});

/**
 * The events `<saumaton-consent-form>` fires, as its `addEventListener` types them: a host listening
 * on the element reads `event.detail.value.records` without narrowing by `kind`.
 */
export interface ConsentFormEventMap extends HTMLElementEventMap {
  'saumaton-consent-recorded': SaumatonConsentRecordedEvent;
  'saumaton-consent-revoked': SaumatonConsentRevokedEvent;
  'saumaton-saved': SaumatonSavedEvent<'consent'>;
  'saumaton-error': SaumatonErrorEvent;
}

/**
 * A client's consents, and a consent as a form control. The three instruments — consent to data
 * sharing (luovutuslupa), denial of consent (luovutuskielto) and a consent for a specific purpose
 * (suostumus) — are never merged, and a statutory exception shows as what it is, not as a
 * consent.
 *
 * **On its own** (no `name`): the consent record of the client `client-id`, grouped by
 * instrument, revoked ones with their history, each with what it means in plain words and a
 * printable copy. The adapter needs `listConsents`; `getClient` shows the client's name. A
 * professional viewer records a new consent (with `recordConsent`) and revokes one (with
 * `revokeConsent`, sent with the record's version); a client viewer reads what they can do.
 *
 * **In a host form** (`name` set): a form control on which the client, or their representative,
 * answers one consent (`instrument`; `purpose` for a case consent), after reading what the
 * choice means. The form value under `name` is the consent as JSON in the model's shape (keys in
 * order), made of the host's `value` and the answer; nothing while unanswered. A broken consent
 * rule keeps the form from submitting, said at the control in the user's language; `required`
 * does the same for no answer. It records nothing itself: the host's backend does.
 *
 * @summary A client's consents: shown, recorded and revoked, or answered in a host form.
 * @tag saumaton-consent-form
 *
 * @fires {SaumatonConsentRecordedEvent} saumaton-consent-recorded - A new consent was stored. `detail: { consent, version }`.
 * @fires {SaumatonConsentRevokedEvent} saumaton-consent-revoked - A consent was revoked. `detail: { consent, version }`, the consent with its `revocation`.
 * @fires {SaumatonSavedEvent<'consent'>} saumaton-saved - A change reached the backend. `detail: { kind: 'consent', value, version }`, the value the client's whole list as read back (`{ clientId, records }`).
 * @fires {SaumatonErrorEvent} saumaton-error - Loading or saving failed. `detail: { error }` with the adapter's error.
 *
 * @csspart state - The loading, empty, error and conflict panels.
 * @csspart consent - One record's card.
 * @csspart answer - In a form, the fieldset of the client's answer.
 *
 * @cssprop --saumaton-color-notice - Background of the note for a client viewer.
 */
export class ConsentForm extends SaumatonFormAssociatedElement<ConsentFormEventMap> {
  static override styles = [...SaumatonFormAssociatedElement.styles, formStyles, consentStyles];
  static override localeLoaders = consentLocaleLoaders;

  /** The client whose consents to show. */
  @property({ attribute: 'client-id', reflect: true }) clientId?: string;

  /** In a form: the instrument the client answers (`disclosure-permit`, `disclosure-prohibition` or `case-consent`). */
  @property({ reflect: true }) instrument?: ConsentInstrument;

  /** In a form, for a case consent: its purpose when `value` names none (`multi-service-process`, `joint-plan`, `contact-authority`, `close-network`). */
  @property({ reflect: true }) purpose?: string;

  /**
   * In a form: what the host presets of the consent, in the model's shape: whatever the client
   * does not decide (`recipients`, `purpose`, `sector`, `target`, `recordedBy`, `id`,
   * `validFrom`…). The form value is this with the client's answer.
   */
  @property({ attribute: false }) value?: ConsentPreset;

  /** In a form: the client's answer as given. */
  @state() private answer: Answer = EMPTY_ANSWER;

  /** The id of the answered consent when `value` gives none: one per element, so a resubmit is the same consent. */
  private readonly ownId = newId('consent');

  /** The record being printed, if any: the print styles then leave the others out. */
  @state() private printing: string | undefined;

  @state() private editing: OpenForm | undefined;

  /** In a host form: the answer form could not be loaded (offline, a redeployed site), until the user tries again. */
  @state() private answeringFailed = false;

  private readonly focusing = new FocusController(this);
  private readonly announcer = new Announcer(this);
  /** What the last save stored, for the widget's own events once it is shown. */
  private lastWrite: ConsentWrite | undefined;

  /** The record and revoke forms and what they save with, loaded when the viewer may record or revoke. */
  private readonly tools = this.lazyModule<typeof Editing>(() => import('./consent-editing.js'));

  /** The answer form and the consent rules, loaded when the element is a control of a host form. */
  private readonly answering = this.lazyModule<typeof Answering>(() => import('./consent-answering.js'));

  /** A value the browser restored before the answer form loaded: taken in once it has. */
  private pendingRestore: { value: FormValue } | undefined;

  private readonly consents = new ResourceController(this, this.resourceOptions());

  /** How the consents are read, written and followed: one list per client (see `ConsentList`). */
  private resourceOptions(): ResourceOptions<ConsentList, Client | undefined, { clientId: string }> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter below is the options object's
    const element = this;
    return {
      kind: 'consent',
      adapter: () => this.resolvedAdapter ?? (this.formMode ? NO_ADAPTER : undefined),
      // In a form the element reads nothing, so it needs no method.
      get requires(): readonly (keyof AnyAdapter)[] {
        return element.formMode ? [] : ['listConsents'];
      },
      ref: () => (!this.formMode && this.clientId ? { clientId: this.clientId } : undefined),
      read: async (adapter, ref, signal) =>
        versionedList(ref.clientId, await adapter.listConsents!(ref.clientId, { signal })),
      context: (adapter, list, signal) => readClient(adapter, list.clientId, signal),
      // Every change starts from a form, so the editing tools are there when a save writes or checks it.
      write: async (adapter, next, _ifMatch, signal) => {
        const base = this.consents.value?.record.value;
        const tools = this.tools.value ?? (await this.tools.load());
        if (!tools) throw new Error('the consent form could not load its editing tools');
        return tools.writeList(adapter, base, next, signal, (write) => (this.lastWrite = write));
      },
      parse: parseList,
      check: (before, after) => this.tools.value?.checkList(before, after) ?? [],
      subscribe: (adapter, list, listener) =>
        adapter.subscribe?.({ kind: 'consent', clientId: list.clientId }, (record) => {
          const shown = this.consents.value?.record.value;
          if (shown) listener(withRecord(shown, record));
        }),
      auditOf: (list) => ({ id: list.clientId, clientId: list.clientId }),
      onReset: () => {
        this.editing = undefined;
      },
      busy: () => this.editing !== undefined,
      onRemoteChange: () => this.announcer.announce(msg('Someone else updated the consents.')),
      onSaved: () => this.onSaved(),
      onConflict: () => this.focusing.focusAfterUpdate('#conflict-heading'),
    };
  }

  /** True when the element is a control of a host form: it has a `name`. */
  private get formMode(): boolean {
    return Boolean(this.name);
  }

  /** True when the viewer is a professional and the adapter can revoke. */
  private get canRevoke(): boolean {
    return this.resolvedViewer?.kind === 'professional' && this.consents.can('revokeConsent');
  }

  /** True when the viewer is a professional and the adapter can record. */
  private get canRecord(): boolean {
    return this.resolvedViewer?.kind === 'professional' && this.consents.can('recordConsent');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A form closes the moment acting is no longer allowed: another viewer, another adapter.
    const allowed = this.editing?.kind === 'record' ? this.canRecord : this.canRevoke;
    if (this.editing && !allowed) this.editing = undefined;
    if (this.formMode) this.loadAnswering();
    else if (this.consents.value && (this.canRecord || this.canRevoke)) this.tools.prefetch();
  }

  /** Runs `action` with the editing tools, loading them first if need be; says so when they cannot load. */
  private withTools(action: (tools: typeof Editing) => void): void {
    this.tools.run(action, (message) => this.announcer.announce(message));
  }

  /** In a host form: loads the answer form, once; after a failed load, when the user tries again. */
  private loadAnswering(): void {
    if (this.answering.value || this.answeringLoading || this.answeringFailed) return;
    this.answeringLoading = true;
    this.settleAfter(
      this.answering.load().then((answering) => {
        this.answeringLoading = false;
        this.answeringFailed = !answering;
        const restored = this.pendingRestore;
        if (answering && restored) {
          this.pendingRestore = undefined;
          this.restoreFormValue(restored.value);
        }
        this.requestUpdate();
      }),
    );
  }

  private answeringLoading = false;

  /** Loads the consents again, as the error state's "Try again" does. */
  reload(): Promise<void> {
    return this.consents.reload();
  }

  // ---- saving -------------------------------------------------------------------------------

  private onSaved(): void {
    const write = this.lastWrite;
    this.lastWrite = undefined;
    for (const record of write?.recorded ?? []) {
      this.consents.audit('create', { clientId: record.value.clientId, records: [record] });
      this.dispatchEvent(new SaumatonConsentRecordedEvent({ consent: record.value, version: record.version }));
    }
    for (const record of write?.revoked ?? []) {
      this.dispatchEvent(new SaumatonConsentRevokedEvent({ consent: record.value, version: record.version }));
    }
    const revoking = this.editing?.kind === 'revoke' ? this.editing.id : undefined;
    this.editing = undefined;
    // The Revoke button is gone with the revocation: focus goes to the record's heading.
    this.focusing.restore(revoking ? `.consent[data-id="${CSS.escape(revoking)}"] h4` : 'h2');
    this.announcer.announce(
      revoking
        ? msg('The consent was revoked.')
        : write?.recorded.length
          ? msg('The consent was recorded.')
          : msg('Saved.'),
    );
  }

  private shownRecords(): readonly ConsentRecord[] {
    return this.consents.value?.record.value.records.map((r) => r.value) ?? [];
  }

  // ---- forms --------------------------------------------------------------------------------

  /** Who acts and the records as shown: what the forms' edits are made with. */
  private editContext(): Editing.EditContext {
    return { viewer: this.resolvedViewer, records: this.shownRecords() };
  }

  private openForm(form: OpenForm, trigger: string, focus: string): void {
    if (this.consents.saving || this.editing) return;
    // A failed change is left behind; a conflict stays until the user chooses.
    if (this.consents.edit.status === 'failed' || this.consents.edit.status === 'invalid') this.consents.discard();
    this.editing = form;
    this.focusing.rememberReturn(trigger);
    this.focusing.focusAfterUpdate(focus);
  }

  private openRevoke = (record: ConsentRecord, trigger: string) => {
    if (this.consents.saving || this.editing) return;
    this.withTools((tools) =>
      this.openForm(
        tools.revokeFormFor(record, this.editContext()),
        trigger,
        '#revoke-form select, #revoke-form input:not([type="hidden"])',
      ),
    );
  };

  private openRecord = (instrument: ConsentInstrument, trigger: string) => {
    if (this.consents.saving || this.editing) return;
    this.withTools((tools) =>
      this.openForm(
        tools.recordFormFor(instrument, this.editContext(), getLocale()),
        trigger,
        '#record-form select, #record-form input, #record-form textarea',
      ),
    );
  };

  private onFormInput = (e: Event) => {
    const tools = this.tools.value;
    const target = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (!tools || !this.editing) return;
    this.editing =
      this.editing.kind === 'record'
        ? tools.recordInput(this.editing, target)
        : tools.revokeInput(this.editing, target);
  };

  /** The edit the open form makes as it reads now; or undefined, with the form's errors shown. */
  private formEdit(): Edit<ConsentList> | undefined {
    const list = this.consents.value?.record.value;
    const tools = this.tools.value;
    if (!this.editing || !list || !tools) return undefined;
    const result = tools.submission(this.editing, list, this.editContext());
    if (!result || 'edit' in result) return result?.edit;
    const form = (this.editing = result.invalid);
    this.focusing.focusAfterUpdate(
      form.kind === 'revoke'
        ? '#revoke-form [aria-invalid="true"]'
        : Object.keys(form.errors).length
          ? '#record-form [aria-invalid="true"]'
          : '#record-form .form-error',
    );
    return undefined;
  }

  private onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    if (this.consents.saving) return;
    const edit = this.formEdit();
    if (!edit) return;
    if (this.consents.edit.status === 'conflict') void this.consents.keepMine(edit);
    else void this.consents.save(edit);
  };

  /** After a conflict: the user's change on top of theirs, as the form now reads. */
  private keepMine = () => {
    if (this.consents.saving) return;
    const edit = this.formEdit();
    if (this.editing && !edit) return;
    void this.consents.keepMine(edit);
  };

  private useTheirs = () => {
    this.consents.discard();
    this.closeForm();
    this.announcer.announce(msg('Your change was discarded.'));
  };

  private closeForm(): void {
    this.editing = undefined;
    this.focusing.restore('h2');
  }

  private cancelForm = () => {
    if (this.consents.edit.status === 'conflict') {
      this.useTheirs();
      return;
    }
    this.consents.discard();
    this.closeForm();
  };

  private onFormKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.cancelForm();
    }
  };

  /** The messages about the change as a whole: a rule it breaks, or why saving failed (a change comes from a form, with the tools). */
  private changeErrors(): string[] {
    return this.tools.value?.changeErrors(this.editing, this.consents.edit) ?? [];
  }

  // ---- printing -----------------------------------------------------------------------------

  private print = (record: ConsentRecord) => {
    this.printing = record.id;
    void this.updateComplete.then(() => {
      const done = () => {
        this.printing = undefined;
        window.removeEventListener('afterprint', done);
      };
      window.addEventListener('afterprint', done);
      window.print();
    });
  };

  // ---- the form control ---------------------------------------------------------------------

  /**
   * The consent as answered now, before any check, with the answer form's module; undefined when
   * not answered (or on its own). Until that module has loaded nothing can have been answered.
   */
  private answeredConsent(): { consent: Consent; answering: typeof Answering } | undefined {
    const answering = this.answering.value;
    if (
      !answering ||
      !this.formMode ||
      !this.instrument ||
      !(CONSENT_INSTRUMENTS as readonly string[]).includes(this.instrument)
    ) {
      return undefined;
    }
    const consent = answering.consentOf(this.value, this.answer, {
      instrument: this.instrument,
      purpose: this.purpose,
      clientId: this.clientId,
      id: this.ownId,
      today: today(),
      locale: getLocale(),
      consequencesShown: answering.explanationSentences('disclosure-prohibition', false).join(' '),
    });
    return consent && { consent, answering };
  }

  /** The consent as JSON in the model's shape (keys in order), or nothing while unanswered. */
  protected formValue(): FormValue {
    const answered = this.answeredConsent();
    if (!answered) return null;
    const checked = answered.answering.checkAnswer(answered.consent);
    return answered.answering.canonicalJson(checked.ok ? checked.value : answered.consent);
  }

  protected defaultFormValue(): FormValue {
    return null;
  }

  protected restoreFormValue(value: FormValue): void {
    const answering = this.answering.value;
    // Before the answer form has loaded, the value waits for it (`loadAnswering`).
    if (!answering) this.pendingRestore = { value };
    else this.answer = this.instrument ? answering.answerOf(value, this.instrument) : EMPTY_ANSWER;
  }

  protected override validators(): Validator[] {
    return [...super.validators(), () => this.ruleProblem()];
  }

  /** The rule the answer breaks, said for the client; or the host's preset that cannot make a consent. */
  private ruleProblem(): ValidationProblem | null {
    const answered = this.answeredConsent();
    return answered ? answered.answering.answerProblem(answered.consent, this.name) : null;
  }

  /** The browser points at the answer itself. */
  protected override get validationAnchor(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('#answer-yes') ?? super.validationAnchor;
  }

  private onAnswerChange = (e: Event) => {
    const answer = this.answering.value?.answerChange(this.answer, e.target as HTMLInputElement | HTMLSelectElement);
    if (!answer) return;
    this.answer = answer;
    // As a native control does: the host hears of the change (the inner one does not leave the shadow root).
    if (e.type === 'change') this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    if (this.formMode) return this.renderAnswer();
    return html`${this.renderState()} ${this.announcer.render()}`;
  }

  private renderAnswer(): TemplateResult {
    const instrument = this.instrument;
    if (!instrument || !(CONSENT_INSTRUMENTS as readonly string[]).includes(instrument)) {
      warnOnce(
        'consent:instrument',
        `<saumaton-consent-form name="${this.name ?? ''}"> needs an instrument attribute.`,
      );
      return renderEmpty(msg('This form does not say which consent it asks for.'));
    }
    const answering = this.answering.value;
    if (!answering) {
      // The answer form is loading; when it could not be, the user can try again.
      return this.answeringFailed
        ? renderError(new Error('the answer form could not be loaded'), () => (this.answeringFailed = false))
        : html``;
    }
    const answered = this.answeredConsent();
    const checked = answered ? answering.checkAnswer(answered.consent) : undefined;
    const message = this.visibleValidationMessage;
    return answering.answerForm(
      {
        instrument,
        preset: this.value,
        consent: answered?.consent,
        answer: this.answer,
        required: this.required,
        disabled: this.effectivelyDisabled,
        message,
        rule: message && checked && !checked.ok && !checked.shape ? checked.issues[0]?.code : undefined,
        onChange: this.onAnswerChange,
      },
      this.purpose,
    );
  }

  private renderState(): TemplateResult {
    const state = this.consents.state;
    switch (state.status) {
      case 'idle':
      case 'loading':
        return renderLoading(msg('Loading the consents…'));
      case 'error':
        return renderError(state.error, () => void this.reload());
      case 'ready':
        return state.value
          ? this.renderRecord(state.value.record.value, state.value.context)
          : renderEmpty(msg('No client was chosen.'));
    }
  }

  /** The open form of `kind`, if that is the one open (and the tools have loaded). */
  private formView(kind: OpenForm['kind']): TemplateResult | typeof nothing {
    const tools = this.tools.value;
    if (this.editing?.kind !== kind || !tools) return nothing;
    return tools.formView(this.editing, this.shownRecords(), {
      saving: this.consents.saving,
      formErrors: this.changeErrors(),
      onInput: this.onFormInput,
      onSubmit: this.onSubmit,
      onKeydown: this.onFormKeydown,
      onCancel: this.cancelForm,
    });
  }

  private renderRecord(list: ConsentList, client: Client | undefined): TemplateResult {
    const edit = this.consents.edit;
    const busy = this.consents.saving || this.editing !== undefined;
    return consentRecord({
      records: list.records.map((r) => r.value),
      client,
      clientViewer: this.resolvedViewer?.kind === 'client',
      printing: this.printing,
      conflict:
        edit.status === 'conflict'
          ? renderConflict({
              // A conflict comes from a save, and every change starts from a form: the tools are there.
              changes: this.tools.value?.describeListChanges(edit.mine, edit.theirs.value) ?? [],
              mine: edit.edit.summary,
              onKeepMine: this.keepMine,
              onUseTheirs: this.useTheirs,
              busy: this.consents.saving,
            })
          : nothing,
      failure:
        !this.editing && (edit.status === 'failed' || edit.status === 'invalid') ? this.changeErrors()[0] : undefined,
      toolbar: this.canRecord ? toolbar(CONSENT_INSTRUMENTS, busy, this.openRecord) : nothing,
      recordForm: this.formView('record'),
      actions: this.canRevoke
        ? {
            revoking: this.editing?.kind === 'revoke' ? this.editing.id : undefined,
            busy,
            revokeForm: this.formView('revoke'),
            onRevoke: this.openRevoke,
          }
        : undefined,
      onPrint: this.print,
    });
  }
}

// In the class's own module, so that its declaration file carries it to every user of the
// package (a type-only import of a module of its own would be dropped from the .d.ts).
declare module '@saumaton/elements' {
  interface SavedRecords {
    /**
     * `<saumaton-consent-form>`: the client's whole consent list as read back after the change
     * (every record with its own version; `version` of the event is the list's, made of them).
     * The record recorded or revoked is in `saumaton-consent-recorded` / `-revoked`.
     */
    readonly consent: ConsentList;
  }
}
