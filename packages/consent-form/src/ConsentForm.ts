import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CONSENT_INSTRUMENTS,
  ClientSchema,
  ValidationError,
  isAbortError,
  newId,
  today,
  type Consent,
  parse,
  recognizeError,
  type AnyAdapter,
  type Client,
  type ConsentInstrument,
  type ConsentRecord,
  type Edit,
  type ValidationIssue,
} from '@saumaton/core';
import {
  Announcer,
  FocusController,
  ResourceController,
  SaumatonFormAssociatedElement,
  describeError,
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
import {
  checkList,
  groupRecords,
  parseList,
  recordEdit,
  revokeEdit,
  versionedList,
  withRecord,
  writeList,
  type ConsentList,
  type ConsentWrite,
} from './consent-list.js';
import {
  consentFromDraft,
  emptyConsentDraft,
  knownOrganizations,
  type ConsentDraft,
  type ConsentField,
  emptyRevocationDraft,
  revocationFromDraft,
  viewerOrganization,
  type FieldErrors,
  type RevocationDraft,
  type RevocationField,
} from './drafts.js';
import { recordForm } from './forms/record-form.js';
import { revokeForm } from './forms/revoke-form.js';
import { explanationSentences } from './views/explanation.js';
import { answerRuleMessage, ruleMessage } from './labels.js';
import { describeListChanges } from './list-diff.js';
import { consentLocaleLoaders } from './locales.js';
import {
  answerOf,
  canonicalJson,
  checkAnswer,
  consentOf,
  EMPTY_ANSWER,
  type Answer,
  type ConsentPreset,
} from './answer.js';
import { answerForm } from './views/answer-form.js';
import { consentStyles } from './consent-styles.js';
import { SaumatonConsentRecordedEvent } from './events/saumaton-consent-recorded.js';
import { SaumatonConsentRevokedEvent } from './events/saumaton-consent-revoked.js';
import type {} from './events/saved-records.js';
import type { SaumatonErrorEvent, SaumatonSavedEvent } from '@saumaton/elements';
import { recordTitle, type CardActions } from './views/consent-card.js';
import { clientNote, groupSections, header, toolbar } from './views/sections.js';

/** The form open, if any: what it holds as typed, and its field errors. */
type Editing =
  | {
      readonly kind: 'revoke';
      /** The record being revoked. */
      readonly id: string;
      readonly draft: RevocationDraft;
      readonly errors: FieldErrors<RevocationField>;
    }
  | {
      readonly kind: 'record';
      readonly instrument: ConsentInstrument;
      /** The id the new consent gets, kept across retries so a retry never records it twice. */
      readonly id: string;
      readonly draft: ConsentDraft;
      readonly errors: FieldErrors<ConsentField>;
      /** Rules the consent breaks that no one field shows. */
      readonly issues: readonly ValidationIssue[];
    };

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

// Declaration merging adds listener overloads typed by that map to the class (no runtime code),
// as the roster does (CONVENTIONS §8).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ConsentForm {
  addEventListener<K extends keyof ConsentFormEventMap>(
    type: K,
    listener: (this: ConsentForm, event: ConsentFormEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof ConsentFormEventMap>(
    type: K,
    listener: (this: ConsentForm, event: ConsentFormEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
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
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ConsentForm extends SaumatonFormAssociatedElement {
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

  @state() private editing: Editing | undefined;

  private readonly focusing = new FocusController(this);
  private readonly announcer = new Announcer(this);
  /** What the last save stored, for the widget's own events once it is shown. */
  private lastWrite: ConsentWrite | undefined;

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
      context: (adapter, list, signal) => this.readClient(adapter, list.clientId, signal),
      write: (adapter, next, _ifMatch, signal) =>
        writeList(adapter, this.consents.value?.record.value, next, signal, (write) => (this.lastWrite = write)),
      parse: parseList,
      check: checkList,
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
  }

  /** Loads the consents again, as the error state's "Try again" does. */
  reload(): Promise<void> {
    return this.consents.reload();
  }

  // ---- reading ------------------------------------------------------------------------------

  private async readClient(adapter: AnyAdapter, clientId: string, signal: AbortSignal): Promise<Client | undefined> {
    if (!adapter.getClient) return undefined;
    try {
      const client = parse(ClientSchema, (await adapter.getClient(clientId, { signal })).value);
      return client.id === clientId ? client : undefined;
    } catch (error) {
      if (isAbortError(error)) throw error;
      return undefined;
    }
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

  private openRevoke = (record: ConsentRecord, trigger: string) => {
    if (this.consents.saving || this.editing) return;
    if (this.consents.edit.status === 'failed' || this.consents.edit.status === 'invalid') this.consents.discard();
    const organization = viewerOrganization(this.resolvedViewer, this.shownRecords());
    this.editing = { kind: 'revoke', id: record.id, draft: emptyRevocationDraft(record, organization), errors: {} };
    this.focusing.rememberReturn(trigger);
    this.focusing.focusAfterUpdate('#revoke-form select, #revoke-form input:not([type="hidden"])');
  };

  private openRecord = (instrument: ConsentInstrument, trigger: string) => {
    if (this.consents.saving || this.editing) return;
    if (this.consents.edit.status === 'failed' || this.consents.edit.status === 'invalid') this.consents.discard();
    const organization = viewerOrganization(this.resolvedViewer, this.shownRecords());
    const consequences = explanationSentences('disclosure-prohibition', false).join(' ');
    this.editing = {
      kind: 'record',
      instrument,
      id: newId('consent'),
      draft: emptyConsentDraft(organization, getLocale(), consequences),
      errors: {},
      issues: [],
    };
    this.focusing.rememberReturn(trigger);
    this.focusing.focusAfterUpdate('#record-form select, #record-form input, #record-form textarea');
  };

  private onRecordInput = (e: Event) => {
    if (this.editing?.kind !== 'record') return;
    const target = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.name as ConsentField;
    if (!(field in this.editing.draft)) return;
    const value =
      target instanceof HTMLInputElement && target.type === 'checkbox' ? (target.checked ? 'on' : '') : target.value;
    let draft: ConsentDraft = { ...this.editing.draft, [field]: value };
    // Another sector has other targets: the first of its own, never one of the other's.
    if (field === 'prohibitionSector')
      draft = { ...draft, targetKind: value === 'health-care' ? 'organization' : 'controller' };
    const { [field]: _fixed, ...errors } = this.editing.errors;
    this.editing = { ...this.editing, draft, errors, issues: [] };
  };

  /** The new consent as the form reads now, as an edit; or undefined, with the errors shown. */
  private recordingEdit(): Edit<ConsentList> | undefined {
    const editing = this.editing;
    const list = this.consents.value?.record.value;
    if (editing?.kind !== 'record' || !list) return undefined;
    const records = this.shownRecords();
    const built = consentFromDraft(editing.instrument, editing.draft, {
      id: editing.id,
      clientId: list.clientId,
      viewer: this.resolvedViewer,
      organization: viewerOrganization(this.resolvedViewer, records),
      known: knownOrganizations(records),
    });
    if (!built.ok) {
      this.editing = { ...editing, errors: built.errors, issues: built.form };
      this.focusing.focusAfterUpdate(
        Object.keys(built.errors).length ? '#record-form [aria-invalid="true"]' : '#record-form .form-error',
      );
      return undefined;
    }
    const title = recordTitle(built.value);
    return recordEdit(built.value, msg(str`Record: ${title}`));
  }

  private onRevokeInput = (e: Event) => {
    if (this.editing?.kind !== 'revoke') return;
    const target = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.name as RevocationField;
    if (!(field in this.editing.draft)) return;
    const { [field]: _fixed, ...errors } = this.editing.errors;
    this.editing = { ...this.editing, draft: { ...this.editing.draft, [field]: target.value }, errors };
  };

  /** The revocation as the form reads now, as an edit; or undefined, with the field errors shown. */
  private revocationEdit(): Edit<ConsentList> | undefined {
    if (this.editing?.kind !== 'revoke') return undefined;
    const { id, draft } = this.editing;
    const record = this.shownRecords().find((r) => r.id === id);
    if (!record) return undefined;
    const organization = viewerOrganization(this.resolvedViewer, this.shownRecords());
    // Judged against the record as if still in force: whether someone revoked it first is the save's to say.
    const parsed = revocationFromDraft(
      draft,
      { ...record, status: 'active', revocation: undefined },
      this.resolvedViewer,
      organization,
    );
    if (!parsed.ok) {
      this.editing = { ...this.editing, errors: parsed.errors };
      this.focusing.focusAfterUpdate('#revoke-form [aria-invalid="true"]');
      return undefined;
    }
    const title = recordTitle(record);
    return revokeEdit(id, parsed.value, msg(str`Revoke: ${title}`));
  }

  private onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    if (this.consents.saving) return;
    const edit = this.editing?.kind === 'record' ? this.recordingEdit() : this.revocationEdit();
    if (!edit) return;
    if (this.consents.edit.status === 'conflict') void this.consents.keepMine(edit);
    else void this.consents.save(edit);
  };

  /** After a conflict: the user's change on top of theirs, as the form now reads. */
  private keepMine = () => {
    if (this.consents.saving) return;
    const edit =
      this.editing?.kind === 'record' ? this.recordingEdit() : this.editing ? this.revocationEdit() : undefined;
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

  /** The messages about the change as a whole: a rule it breaks, or why saving failed. */
  private changeErrors(): string[] {
    const edit = this.consents.edit;
    const coded = (issues: readonly ValidationIssue[]) => issues.filter((i) => i.code).map(ruleMessage);
    if (this.editing?.kind === 'record' && this.editing.issues.length) return coded(this.editing.issues);
    if (edit.status === 'invalid') {
      const messages = coded(edit.issues);
      return messages.length ? messages : [describeError(new ValidationError(edit.issues), 'save')];
    }
    if (edit.status === 'failed') {
      const error = recognizeError(edit.error);
      const messages = error instanceof ValidationError ? coded(error.issues) : [];
      return messages.length ? messages : [describeError(error, 'save')];
    }
    return [];
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

  /** The consent as answered now, before any check; undefined when not answered (or on its own). */
  private answeredConsent(): Consent | undefined {
    if (!this.formMode || !this.instrument || !(CONSENT_INSTRUMENTS as readonly string[]).includes(this.instrument)) {
      return undefined;
    }
    return consentOf(this.value, this.answer, {
      instrument: this.instrument,
      purpose: this.purpose,
      clientId: this.clientId,
      id: this.ownId,
      today: today(),
      locale: getLocale(),
      consequencesShown: explanationSentences('disclosure-prohibition', false).join(' '),
    });
  }

  /** The consent as JSON in the model's shape (keys in order), or nothing while unanswered. */
  protected formValue(): FormValue {
    const consent = this.answeredConsent();
    if (!consent) return null;
    const checked = checkAnswer(consent);
    return canonicalJson(checked.ok ? checked.value : consent);
  }

  protected defaultFormValue(): FormValue {
    return null;
  }

  protected restoreFormValue(value: FormValue): void {
    this.answer = this.instrument ? answerOf(value, this.instrument) : EMPTY_ANSWER;
  }

  protected override validators(): Validator[] {
    return [...super.validators(), () => this.ruleProblem()];
  }

  /** The rule the answer breaks, said for the client; or the host's preset that cannot make a consent. */
  private ruleProblem(): ValidationProblem | null {
    const consent = this.answeredConsent();
    if (!consent) return null;
    const checked = checkAnswer(consent);
    if (checked.ok) return null;
    if (checked.shape) {
      warnOnce(
        'consent:preset',
        `<saumaton-consent-form name="${this.name ?? ''}">: the consent does not fit the model (${checked.issues.map((i) => `${i.path} ${i.message}`).join('; ')}): check its value and client-id.`,
      );
      return {
        flags: { badInput: true },
        message: msg('This form is missing information from the service, so it cannot be answered. Tell the service.'),
      };
    }
    return { flags: { badInput: true }, message: answerRuleMessage(checked.issues[0]!) };
  }

  /** The browser points at the answer itself. */
  protected override get validationAnchor(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('#answer-yes') ?? super.validationAnchor;
  }

  private onAnswerChange = (e: Event) => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    const checked = target instanceof HTMLInputElement && target.checked;
    const answer = this.answer;
    switch (target.name) {
      case 'decision':
        this.answer = {
          ...answer,
          decision: target.type === 'radio' ? (target.value as Answer['decision']) : checked ? 'yes' : '',
        };
        break;
      case 'informed':
        this.answer = { ...answer, informed: checked };
        break;
      case 'printout':
        this.answer = { ...answer, printout: checked };
        break;
      case 'actorKind':
        this.answer = { ...answer, actorKind: target.value as Answer['actorKind'] };
        break;
      case 'actorName':
        this.answer = { ...answer, actorName: target.value };
        break;
      default:
        return;
    }
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
    const consent = this.answeredConsent();
    const checked = consent ? checkAnswer(consent) : undefined;
    const message = this.visibleValidationMessage;
    return answerForm(
      {
        instrument,
        preset: this.value,
        consent,
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

  private renderRecordForm(): TemplateResult | typeof nothing {
    const editing = this.editing;
    if (editing?.kind !== 'record') return nothing;
    return recordForm({
      instrument: editing.instrument,
      draft: editing.draft,
      errors: editing.errors,
      saving: this.consents.saving,
      formErrors: this.changeErrors(),
      onInput: this.onRecordInput,
      onSubmit: this.onSubmit,
      onKeydown: this.onFormKeydown,
      onCancel: this.cancelForm,
    });
  }

  /** What the cards' buttons do, for a viewer who may revoke. */
  private cardActions(): CardActions | undefined {
    if (!this.canRevoke) return undefined;
    const editing = this.editing?.kind === 'revoke' ? this.editing : undefined;
    const record = editing ? this.shownRecords().find((r) => r.id === editing.id) : undefined;
    return {
      revoking: editing?.id,
      busy: this.consents.saving || this.editing !== undefined,
      revokeForm:
        editing && record
          ? revokeForm({
              record,
              draft: editing.draft,
              errors: editing.errors,
              saving: this.consents.saving,
              formErrors: this.changeErrors(),
              onInput: this.onRevokeInput,
              onSubmit: this.onSubmit,
              onKeydown: this.onFormKeydown,
              onCancel: this.cancelForm,
            })
          : nothing,
      onRevoke: this.openRevoke,
    };
  }

  private renderRecord(list: ConsentList, client: Client | undefined): TemplateResult {
    const records = list.records.map((r) => r.value);
    const viewer = this.resolvedViewer;
    const edit = this.consents.edit;
    return html`<article class="consent-record ${this.printing ? 'printing' : ''}" aria-labelledby="consents-heading">
      ${header(client)} ${viewer?.kind === 'client' ? clientNote() : nothing}
      ${
        edit.status === 'conflict'
          ? renderConflict({
              changes: describeListChanges(edit.mine, edit.theirs.value),
              mine: edit.edit.summary,
              onKeepMine: this.keepMine,
              onUseTheirs: this.useTheirs,
              busy: this.consents.saving,
            })
          : nothing
      }
      ${
        !this.editing && (edit.status === 'failed' || edit.status === 'invalid')
          ? html`<p class="form-error" role="alert">${this.changeErrors()[0]}</p>`
          : nothing
      }
      ${
        this.canRecord
          ? toolbar(CONSENT_INSTRUMENTS, this.consents.saving || this.editing !== undefined, this.openRecord)
          : nothing
      }
      ${this.renderRecordForm()}
      ${
        records.length === 0
          ? renderEmpty(msg('No consents have been recorded for this client.'))
          : groupSections(groupRecords(records), this.cardActions(), this.print, this.printing)
      }
    </article>`;
  }
}
