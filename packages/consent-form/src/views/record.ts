import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Client, ConsentRecord } from '@saumaton/core';
import { renderEmpty } from '@saumaton/elements';
import { groupRecords } from '../consent-list.js';
import type { CardActions } from './consent-card.js';
import { clientNote, groupSections, header } from './sections.js';

export interface ConsentRecordOptions {
  readonly records: readonly ConsentRecord[];
  readonly client: Client | undefined;
  /** The viewer is the client: the note on what they can do shows. */
  readonly clientViewer: boolean;
  /** The record being printed, if any: the print styles then leave the others out. */
  readonly printing: string | undefined;
  /** The conflict panel, when someone else saved first. */
  readonly conflict: TemplateResult | typeof nothing;
  /** Why the last change failed, when no form is open to say it. */
  readonly failure: string | undefined;
  /** The buttons that record a new consent, for a viewer who may. */
  readonly toolbar: TemplateResult | typeof nothing;
  /** The record form, while open. */
  readonly recordForm: TemplateResult | typeof nothing;
  /** What the cards' buttons do, for a viewer who may revoke. */
  readonly actions: CardActions | undefined;
  readonly onPrint: (record: ConsentRecord) => void;
}

/** A client's consent record: the header, the states of a change, the toolbar and form, the records by instrument. */
export function consentRecord(o: ConsentRecordOptions): TemplateResult {
  return html`<article class="consent-record ${o.printing ? 'printing' : ''}" aria-labelledby="consents-heading">
    ${header(o.client)} ${o.clientViewer ? clientNote() : nothing} ${o.conflict}
    ${o.failure !== undefined ? html`<p class="form-error" role="alert">${o.failure}</p>` : nothing} ${o.toolbar}
    ${o.recordForm}
    ${
      o.records.length === 0
        ? renderEmpty(msg('No consents have been recorded for this client.'))
        : groupSections(groupRecords(o.records), o.actions, o.onPrint, o.printing)
    }
  </article>`;
}
