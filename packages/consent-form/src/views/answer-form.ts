import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import {
  ACTOR_KINDS,
  isCrossSector,
  type ActorKind,
  type Consent,
  type ConsentInstrument,
  type PermitSector,
} from '@saumaton/core';
import { field, formatList, requiredHint, select } from '@saumaton/elements';
import type { Answer, ConsentPreset } from '../answer.js';
import { instrumentLabel, purposeLabel, sectorLabel } from '../labels.js';
import { explanation } from './explanation.js';

export interface AnswerFormOptions {
  readonly instrument: ConsentInstrument;
  readonly preset: ConsentPreset | undefined;
  /** The consent as answered now, if it is; for what the summary shows. */
  readonly consent: Consent | undefined;
  readonly answer: Answer;
  readonly required: boolean;
  readonly disabled: boolean;
  /** The message to show at the control, empty when none. */
  readonly message: string;
  /** The code of the consent rule the answer breaks, if that is what the message says. */
  readonly rule: string | undefined;
  readonly onChange: (e: Event) => void;
}

function whoLabel(kind: ActorKind): string {
  switch (kind) {
    case 'client':
      return msg('I answer for myself');
    case 'guardian':
      return msg('I am the guardian of the client');
    case 'court-appointed-guardian':
      return msg('I am the client’s court-appointed guardian');
    case 'authorised-person':
      return msg('I am authorised through Suomi.fi e-Authorizations');
  }
}

/** What the consent is about, as the host preset it: where the information goes, or what is asked. */
function summary(
  instrument: ConsentInstrument,
  preset: ConsentPreset | undefined,
  purposeAttr: string | undefined,
): TemplateResult {
  const p = (preset ?? {}) as Record<string, unknown> & {
    sector?: string;
    recipients?: { name: string }[];
    purpose?: unknown;
    dataClasses?: { code: string; display?: string }[];
    target?: {
      organization?: { name: string };
      serviceTask?: string;
      register?: string;
      title?: string;
      documentId?: string;
    };
  };
  const rows: [string, string][] = [];
  if (instrument === 'case-consent') {
    const purpose = p.purpose as { kind?: string; text?: string } | undefined;
    const kind = (purpose?.kind ?? purposeAttr ?? 'multi-service-process') as Parameters<typeof purposeLabel>[0];
    rows.push([msg('Purpose'), purpose?.kind === 'other' && purpose.text ? purpose.text : purposeLabel(kind)]);
  } else {
    if (p.sector) rows.push([msg('Information'), sectorLabel(p.sector as PermitSector)]);
    if (instrument === 'disclosure-permit') {
      if (p.recipients?.length) rows.push([msg('May be shared with'), formatList(p.recipients.map((r) => r.name))]);
      if (typeof p.purpose === 'string' && p.purpose) rows.push([msg('Purpose'), p.purpose]);
      if (p.dataClasses?.length)
        rows.push([msg('Kinds of information'), formatList(p.dataClasses.map((c) => c.display ?? c.code))]);
    } else if (p.target) {
      const t = p.target;
      const name = t.organization?.name ?? t.serviceTask ?? t.register ?? t.title ?? t.documentId;
      if (name) rows.push([msg('Not shared with'), name]);
    }
  }
  return rows.length
    ? html`<dl>
        ${rows.map(
          ([term, value]) =>
            html`<dt>${term}</dt>
              <dd>${value}</dd>`,
        )}
      </dl>`
    : html``;
}

/** The client's (or their representative's) answer to one consent, inside a host form. */
export function answerForm(o: AnswerFormOptions, purposeAttr: string | undefined): TemplateResult {
  const { answer } = o;
  const invalid = o.message ? 'true' : 'false';
  const described = o.message ? 'answer-message' : nothing;
  const sector = (o.preset as { sector?: string } | undefined)?.sector;
  const cross = o.instrument === 'disclosure-permit' && !!sector && isCrossSector(sector as PermitSector);
  const decision =
    o.instrument === 'case-consent'
      ? html`<fieldset class="decision" aria-describedby=${described}>
          <legend>${msg('Your answer')}</legend>
          <div class="choice">
            <input
              type="radio"
              id="answer-yes"
              name="decision"
              .value=${'yes'}
              .checked=${answer.decision === 'yes'}
              aria-invalid=${invalid}
            />
            <label for="answer-yes">${msg('Yes, I consent.')}</label>
          </div>
          <div class="choice">
            <input
              type="radio"
              id="answer-no"
              name="decision"
              .value=${'no'}
              .checked=${answer.decision === 'no'}
              aria-invalid=${invalid}
            />
            <label for="answer-no">${msg('No, I do not consent.')}</label>
          </div>
        </fieldset>`
      : html`<div class="choice">
          <input
            type="checkbox"
            id="answer-yes"
            name="decision"
            .value=${'yes'}
            .checked=${answer.decision === 'yes'}
            aria-invalid=${invalid}
            aria-describedby=${described}
          />
          <label for="answer-yes"
            >${
              o.instrument === 'disclosure-permit'
                ? msg('Yes, my information may be shared as described above.')
                : msg('I forbid sharing my information as described above.')
            }${o.required ? html` <span aria-hidden="true">*</span>` : nothing}</label
          >
        </div>`;
  return html`<fieldset
    class="answer"
    part="answer"
    ?disabled=${o.disabled}
    aria-labelledby="answer-legend"
    @change=${o.onChange}
    @input=${o.onChange}
  >
    <legend id="answer-legend">${instrumentLabel(o.instrument)}</legend>
    ${o.required ? requiredHint() : nothing} ${summary(o.instrument, o.preset, purposeAttr)}
    ${explanation('answer-explanation', msg('What this means'), o.instrument, cross)}
    ${
      o.instrument === 'disclosure-permit'
        ? html`<div class="choice">
            <input type="checkbox" id="answer-informed" name="informed" .checked=${answer.informed} />
            <label for="answer-informed"
              >${msg('I have been told about Kanta Services, where my information is kept.')}</label
            >
          </div>`
        : nothing
    }
    ${decision}
    <p id="answer-message" class="field-error" data-rule=${o.rule ?? nothing}>${o.message}</p>
    <div class="fields">
      ${select({
        id: 'answer-actor',
        name: 'actorKind',
        label: msg('Who answers'),
        value: answer.actorKind,
        options: ACTOR_KINDS.map((k) => ({ value: k, label: whoLabel(k) })),
      })}
      ${
        answer.actorKind === 'client'
          ? nothing
          : field({
              id: 'answer-actor-name',
              name: 'actorName',
              label: msg('Your name'),
              value: answer.actorName,
              required: true,
            })
      }
    </div>
    <div class="choice">
      <input type="checkbox" id="answer-printout" name="printout" .checked=${answer.printout} />
      <label for="answer-printout">${msg('I want a printed copy.')}</label>
    </div>
  </fieldset>`;
}
