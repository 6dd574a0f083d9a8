import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import {
  consentHistory,
  consentValidity,
  type ConsentEvent,
  type ConsentRecord,
  type DisclosureProhibition,
  type RecordedBy,
  type StatutoryException,
} from '@saumaton/core';
import { formatDate, formatList } from '@saumaton/elements';
import {
  actorKindLabel,
  channelLabel,
  competenceLabel,
  instrumentLabel,
  instrumentMeaning,
  methodLabel,
  purposeLabel,
  sectorLabel,
  validityLabel,
} from '../labels.js';

/** What a card's buttons do, for a viewer who may act; `undefined`: read-only. */
export interface CardActions {
  /** The record whose revocation form is open, if any: its card shows `revokeForm` instead of the button. */
  readonly revoking: string | undefined;
  readonly busy: boolean;
  readonly revokeForm: TemplateResult | typeof nothing;
  onRevoke(record: ConsentRecord, trigger: string): void;
}

/** A DOM id of a record's element, safe for any record id. */
export function cardId(prefix: string, record: ConsentRecord): string {
  return `${prefix}-${record.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function row(term: string, value: TemplateResult | string | undefined): TemplateResult | typeof nothing {
  return value === undefined || value === ''
    ? nothing
    : html`<dt>${term}</dt>
        <dd>${value}</dd>`;
}

function recordedByText(recordedBy: RecordedBy | undefined): string | undefined {
  if (!recordedBy) return undefined;
  const p = recordedBy.professional;
  const who = p ? (p.title ? `${p.name} (${p.title})` : p.name) : undefined;
  return who ? `${who}, ${recordedBy.organization.name}` : recordedBy.organization.name;
}

/** Whether a record can be revoked at all: not already revoked, not a refusal. */
export function revocable(record: ConsentRecord): boolean {
  if (record.status === 'revoked' || record.revocation) return false;
  return !(record.basis === 'consent' && record.instrument === 'case-consent' && record.decision === 'refused');
}

/** The record's title: the instrument (or the exception) and what it is about. */
export function recordTitle(record: ConsentRecord): string {
  if (record.basis === 'statutory-exception') return msg('Statutory exception to consent');
  switch (record.instrument) {
    case 'disclosure-permit':
      return `${instrumentLabel(record.instrument)}: ${sectorLabel(record.sector)}`;
    case 'disclosure-prohibition':
      return `${instrumentLabel(record.instrument)}: ${sectorLabel(record.sector)}`;
    case 'case-consent':
      return `${instrumentLabel(record.instrument)}: ${purposeLabel(record.purpose.kind)}`;
  }
}

/** What the record means, in plain words. */
export function recordMeaning(record: ConsentRecord): string {
  if (record.basis === 'statutory-exception') {
    return msg(
      'Information is shared without a consent, because the client cannot understand what a consent means and has no legal representative. The law allows this (Act 703/2023, sections 53–55).',
    );
  }
  return instrumentMeaning(record.instrument);
}

function prohibitionTarget(record: DisclosureProhibition): string {
  const target = record.target;
  switch (target.kind) {
    case 'controller':
    case 'organization':
      return target.organization.name;
    case 'service-task':
      return target.organization ? `${target.serviceTask}, ${target.organization.name}` : target.serviceTask;
    case 'document':
      return target.title ?? target.documentId;
    case 'register':
      return target.organization ? `${target.register}, ${target.organization.name}` : target.register;
    case 'guardian':
      return target.guardianName ? `${actorKindLabel('guardian')}, ${target.guardianName}` : actorKindLabel('guardian');
  }
}

/** The rows only this kind of record has. */
function ownRows(record: ConsentRecord): (TemplateResult | typeof nothing)[] {
  if (record.basis === 'statutory-exception') return exceptionRows(record);
  switch (record.instrument) {
    case 'disclosure-permit':
      return [
        row(msg('Information'), sectorLabel(record.sector)),
        row(msg('May be shared with'), formatList(record.recipients.map((r) => r.name))),
        row(msg('Purpose'), record.purpose),
        record.dataClasses?.length
          ? row(msg('Kinds of information'), formatList(record.dataClasses.map((c) => c.display ?? c.code)))
          : nothing,
        row(
          msg('Information about Kanta Services given'),
          record.informing
            ? `${formatDate(record.informing.date)}, ${channelLabel(record.informing.channel).toLowerCase()}`
            : msg('not recorded'),
        ),
        row(msg('Valid until'), record.end ? formatDate(record.end) : msg('further notice')),
      ];
    case 'disclosure-prohibition':
      return [
        row(msg('Information'), sectorLabel(record.sector)),
        row(msg('Not shared with'), prohibitionTarget(record)),
        record.target.kind === 'guardian' ? row(msg('Weighty reason'), record.target.weightyReason) : nothing,
        row(msg('What the client was told'), record.consequencesShown),
      ];
    case 'case-consent':
      return [
        row(
          msg('Purpose'),
          record.purpose.kind === 'other'
            ? record.purpose.text
            : record.purpose.kind === 'contact-authority' && record.purpose.authority
              ? `${purposeLabel(record.purpose.kind)}: ${record.purpose.authority.name}`
              : purposeLabel(record.purpose.kind),
        ),
        row(msg('Answer'), record.decision === 'given' ? msg('Consent given') : msg('Consent refused')),
      ];
  }
}

function exceptionRows(record: StatutoryException): TemplateResult[] {
  return [
    html`${row(msg('Information'), sectorLabel(record.sector))}`,
    html`${row(msg('Shared with'), formatList(record.recipients.map((r) => r.name)))}`,
    html`${row(msg('Purpose'), record.purpose)}`,
    html`${row(msg('Why no consent'), record.justification)}`,
    html`${row(msg('Valid until'), record.end ? formatDate(record.end) : msg('further notice'))}`,
  ];
}

function eventText(event: ConsentEvent): string {
  const date = formatDate(event.at);
  if (event.action === 'recorded') {
    if (!event.by) return msg(str`${date}: documented by a professional`);
    const who = event.by.name ? `${actorKindLabel(event.by.kind)}, ${event.by.name}` : actorKindLabel(event.by.kind);
    return msg(str`${date}: given by ${who}`);
  }
  const who = event.by.name ? `${actorKindLabel(event.by.kind)}, ${event.by.name}` : actorKindLabel(event.by.kind);
  return msg(str`${date}: revoked by ${who}`);
}

/** The record's history: recorded, then revoked, each with how and by whom it was written down. */
function history(record: ConsentRecord): TemplateResult {
  return html`<div class="history">
    <h5>${msg('History')}</h5>
    <ol>
      ${consentHistory(record).map(
        (event) =>
          html`<li>
            ${eventText(event)}${event.method ? html`. ${msg('How:')} ${methodLabel(event.method).toLowerCase()}` : nothing}${
              event.recordedBy ? html`. ${msg('Recorded by:')} ${recordedByText(event.recordedBy)}` : nothing
            }${event.action === 'revoked' && event.reason ? html`. ${msg('Reason:')} ${event.reason}` : nothing}
          </li>`,
      )}
    </ol>
  </div>`;
}

/** One record: what it is, what it means, its details, its history, and what the viewer may do. */
export function consentCard(
  record: ConsentRecord,
  actions: CardActions | undefined,
  onPrint: (record: ConsentRecord) => void,
  printing: string | undefined,
): TemplateResult {
  const validity = consentValidity(record);
  const headingId = cardId('title', record);
  const revokeId = cardId('revoke', record);
  const open = actions?.revoking === record.id;
  return html`<li
    class="consent card ${validity} ${printing === record.id ? 'print-target' : ''}"
    part="consent"
    data-id=${record.id}
  >
    <h4 id=${headingId} tabindex="-1">
      <span>${recordTitle(record)}</span>
      <span class="validity">${validityLabel(validity)}</span>
    </h4>
    <p class="meaning">${recordMeaning(record)}</p>
    <dl>
      ${ownRows(record)}
      ${
        record.basis === 'consent'
          ? html`${row(
              msg('Decided by'),
              record.actor.name
                ? `${actorKindLabel(record.actor.kind)}, ${record.actor.name}`
                : actorKindLabel(record.actor.kind),
            )}
            ${row(msg('Competence'), competenceLabel(record.actor.competence))}
            ${row(msg('How given'), methodLabel(record.method))}`
          : nothing
      }
      ${row(msg('Valid from'), formatDate(record.validFrom))}
      ${row(msg('Recorded by'), recordedByText(record.recordedBy))}
    </dl>
    ${record.revocation ? history(record) : nothing}
    <div class="actions">
      <button type="button" id=${cardId('print', record)} aria-describedby=${headingId} @click=${() => onPrint(record)}>
        ${msg('Print a copy')}
      </button>
      ${
        actions && revocable(record) && !open
          ? html`<button
              type="button"
              id=${revokeId}
              aria-describedby=${headingId}
              aria-disabled=${actions.busy ? 'true' : 'false'}
              @click=${() => actions.onRevoke(record, revokeId)}
            >
              ${record.basis === 'statutory-exception' ? msg('End the exception') : msg('Revoke')}
            </button>`
          : nothing
      }
    </div>
    ${open ? actions.revokeForm : nothing}
  </li>`;
}
