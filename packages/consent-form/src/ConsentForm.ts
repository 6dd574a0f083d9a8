import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ClientSchema,
  isAbortError,
  parse,
  type AnyAdapter,
  type Client,
  type ConsentInstrument,
  type ConsentRecord,
} from '@saumaton/core';
import {
  Announcer,
  FocusController,
  ResourceController,
  SaumatonFormAssociatedElement,
  formStyles,
  renderEmpty,
  renderError,
  renderLoading,
  type FormValue,
  type ResourceOptions,
} from '@saumaton/elements';
import {
  checkList,
  groupRecords,
  parseList,
  versionedList,
  withRecord,
  writeList,
  type ConsentList,
  type ConsentWrite,
} from './consent-list.js';
import { consentLocaleLoaders } from './locales.js';
import { consentStyles } from './consent-styles.js';
import { SaumatonConsentRecordedEvent } from './events/saumaton-consent-recorded.js';
import { SaumatonConsentRevokedEvent } from './events/saumaton-consent-revoked.js';
import type {} from './events/saved-records.js';
import { clientNote, groupSections, header } from './views/sections.js';

/** The adapter a form-mode element works with when it is given none: it reads nothing. */
const NO_ADAPTER: AnyAdapter = Object.freeze({});

/**
 * A client's consents, and a consent as a form control. The three instruments — consent to data
 * sharing (luovutuslupa), denial of consent (luovutuskielto) and a consent for a specific purpose
 * (suostumus) — are never merged, and a statutory exception shows as what it is, not as a
 * consent.
 *
 * **On its own** (no `name`): the consent record of the client `client-id`, grouped by
 * instrument, revoked ones with their history, each with what it means in plain words and a
 * printable copy. The adapter needs `listConsents`; `getClient` shows the client's name.
 *
 * @summary A client's consents: shown, recorded and revoked, or answered in a host form.
 * @tag saumaton-consent-form
 *
 * @fires saumaton-consent-recorded - A new consent was stored. `detail: { consent, version }`.
 * @fires saumaton-consent-revoked - A consent was revoked. `detail: { consent, version }`, the consent with its `revocation`.
 * @fires saumaton-saved - A change reached the backend. `detail: { kind: 'consent', value, version }`, the value the client's whole list as read back (`{ clientId, records }`).
 * @fires saumaton-error - Loading or saving failed. `detail: { error }` with the adapter's error.
 *
 * @csspart state - The loading, empty, error and conflict panels.
 * @csspart consent - One record's card.
 *
 * @cssprop --saumaton-color-notice - Background of the note for a client viewer.
 */
export class ConsentForm extends SaumatonFormAssociatedElement {
  static override styles = [...SaumatonFormAssociatedElement.styles, formStyles, consentStyles];
  static override localeLoaders = consentLocaleLoaders;

  /** The client whose consents to show. */
  @property({ attribute: 'client-id', reflect: true }) clientId?: string;

  /** In a form: the instrument the client answers (`disclosure-permit`, `disclosure-prohibition` or `case-consent`). */
  @property({ reflect: true }) instrument?: ConsentInstrument;

  /** The record being printed, if any: the print styles then leave the others out. */
  @state() private printing: string | undefined;

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
      onRemoteChange: () => this.announcer.announce(msg('Someone else updated the consents.')),
      onSaved: () => this.onSaved(),
    };
  }

  /** True when the element is a control of a host form: it has a `name`. */
  private get formMode(): boolean {
    return Boolean(this.name);
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
    this.announcer.announce(msg('Saved.'));
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

  protected formValue(): FormValue {
    return null;
  }

  protected defaultFormValue(): FormValue {
    return null;
  }

  protected restoreFormValue(_value: FormValue): void {
    // Nothing to restore yet.
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`${this.renderState()} ${this.announcer.render()}`;
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

  private renderRecord(list: ConsentList, client: Client | undefined): TemplateResult {
    const records = list.records.map((r) => r.value);
    const viewer = this.resolvedViewer;
    return html`<article class="consent-record ${this.printing ? 'printing' : ''}" aria-labelledby="consents-heading">
      ${header(client)} ${viewer?.kind === 'client' ? clientNote() : nothing}
      ${
        records.length === 0
          ? renderEmpty(msg('No consents have been recorded for this client.'))
          : groupSections(groupRecords(records), undefined, this.print, this.printing)
      }
    </article>`;
  }
}
