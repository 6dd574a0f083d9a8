import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { CONSENT_INSTRUMENTS, type Client, type ConsentInstrument, type ConsentRecord } from '@saumaton/core';
import { instrumentHeading, recordLabel } from '../labels.js';
import type { ConsentGroups } from '../consent-list.js';
import { consentCard, type CardActions } from './consent-card.js';

/** The heading, and whose consents these are. */
export function header(client: Client | undefined): TemplateResult {
  return html`<header>
    <h2 id="consents-heading" tabindex="-1">${msg('Consents')}</h2>
    ${client ? html`<p>${msg('Client:')} <span class="name">${client.name}</span></p>` : nothing}
  </header>`;
}

/** For a client viewer: what they can do about their consents, in plain words. */
export function clientNote(): TemplateResult {
  return html`<section class="notice" aria-labelledby="client-note-heading">
    <h3 id="client-note-heading">${msg('What you can do')}</h3>
    <ul>
      <li>
        ${msg('You can revoke a consent at any time, the same way you gave it: electronically, in writing, or by telling a professional.')}
      </li>
      <li>${msg('Revoking a consent stops sharing from then on. Information already shared is not returned.')}</li>
      <li>${msg('You can ask for a printed copy of any consent, or print one here.')}</li>
      <li>${msg('If something here is wrong, contact the professional who recorded it.')}</li>
    </ul>
  </section>`;
}

/** The records grouped: one section an instrument that has any, then the statutory exceptions. */
export function groupSections(
  groups: ConsentGroups,
  actions: CardActions | undefined,
  onPrint: (record: ConsentRecord) => void,
  printing: string | undefined,
): TemplateResult {
  return html`${CONSENT_INSTRUMENTS.filter((i) => groups.byInstrument[i].length > 0).map(
    (instrument) =>
      html`<section class="group" aria-labelledby=${`group-${instrument}`}>
        <h3 id=${`group-${instrument}`}>${instrumentHeading(instrument)}</h3>
        <ul class="consents cards" role="list">
          ${groups.byInstrument[instrument].map((record) => consentCard(record, actions, onPrint, printing))}
        </ul>
      </section>`,
  )}
  ${
    groups.exceptions.length
      ? html`<section class="group" aria-labelledby="group-exceptions">
          <h3 id="group-exceptions">${msg('Statutory exceptions to consent')}</h3>
          <p class="hint">
            ${msg('These are not consents. A professional has documented why information is shared without one.')}
          </p>
          <ul class="consents cards" role="list">
            ${groups.exceptions.map((record) => consentCard(record, actions, onPrint, printing))}
          </ul>
        </section>`
      : nothing
  }`;
}

/** A professional's buttons: record a new consent of each instrument. */
export function toolbar(
  instruments: readonly ConsentInstrument[],
  busy: boolean,
  onRecord: (instrument: ConsentInstrument, trigger: string) => void,
): TemplateResult {
  return html`<div class="toolbar">
    ${instruments.map(
      (instrument) =>
        html`<button
          type="button"
          id=${`record-${instrument}`}
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => !busy && onRecord(instrument, `record-${instrument}`)}
        >
          ${recordLabel(instrument)}
        </button>`,
    )}
  </div>`;
}
