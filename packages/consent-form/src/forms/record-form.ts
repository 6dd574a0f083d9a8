import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import {
  ACTOR_COMPETENCES,
  ACTOR_KINDS,
  CASE_CONSENT_PURPOSES,
  CONSENT_METHODS,
  INFORMING_CHANNELS,
  PERMIT_SECTORS,
  SECTORS,
  isCrossSector,
  type ConsentInstrument,
  type PermitSector,
} from '@saumaton/core';
import { field, formFooter, requiredHint, select, type FormControls } from '@saumaton/elements';
import type { ConsentDraft, ConsentField, FieldErrors } from '../drafts.js';
import {
  actorKindLabel,
  channelLabel,
  competenceLabel,
  methodLabel,
  purposeLabel,
  recordLabel,
  sectorLabel,
} from '../labels.js';
import { explanation } from '../views/explanation.js';
import { errorOf, recorderFields } from './recorder-fields.js';

export interface RecordFormOptions extends FormControls {
  readonly instrument: ConsentInstrument;
  readonly draft: ConsentDraft;
  readonly errors: FieldErrors<ConsentField>;
}

/** The languages a client may choose for the form (DOMAIN.md §4: the client chooses, not the register). */
export function formLanguages(): { value: string; label: string }[] {
  return [
    { value: 'fi', label: msg('Finnish') },
    { value: 'sv', label: msg('Swedish') },
    { value: 'se', label: msg('North Sámi') },
    { value: 'en', label: msg('English') },
  ];
}

type Fields = (o: RecordFormOptions) => TemplateResult;

const input = (
  o: RecordFormOptions,
  name: ConsentField,
  label: string,
  extra: Partial<Parameters<typeof field>[0]> = {},
) => field({ id: `record-${name}`, name, label, value: o.draft[name], error: errorOf(o.errors, name), ...extra });

const choice = (
  o: RecordFormOptions,
  name: ConsentField,
  label: string,
  options: { value: string; label: string }[],
  hint?: string,
) => select({ id: `record-${name}`, name, label, value: o.draft[name], options, error: errorOf(o.errors, name), hint });

const permitFields: Fields = (o) => {
  const cross = isCrossSector(o.draft.sector as PermitSector);
  return html`${choice(
    o,
    'sector',
    msg('Which information'),
    PERMIT_SECTORS.map((s) => ({ value: s, label: sectorLabel(s) })),
  )}
  ${input(o, 'recipients', msg('Organisations that may receive it'), {
    multiline: true,
    required: cross,
    hint: msg('One organisation a line.'),
  })}
  ${input(o, 'purpose', msg('Purpose'), { multiline: true, required: true })}
  ${
    cross
      ? input(o, 'dataClasses', msg('Kinds of information'), {
          multiline: true,
          required: true,
          hint: msg('1 to 3 kinds, one a line.'),
        })
      : nothing
  }
  ${input(o, 'informingDate', msg('Information about Kanta Services given'), { type: 'date', required: true })}
  ${choice(
    o,
    'informingChannel',
    msg('How the information was given'),
    INFORMING_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) })),
  )}
  ${input(o, 'end', msg('Valid until'), { type: 'date', hint: msg('Leave empty: until further notice.') })}`;
};

function targetKinds(sector: string): { value: string; label: string }[] {
  return sector === 'health-care'
    ? [
        { value: 'organization', label: msg('An organisation') },
        { value: 'register', label: msg('A register') },
      ]
    : [
        { value: 'controller', label: msg('An organisation (controller)') },
        { value: 'service-task', label: msg('A service task') },
        { value: 'document', label: msg('One document') },
        { value: 'guardian', label: msg('The guardian of a minor client') },
      ];
}

const prohibitionFields: Fields = (o) => {
  const guardian = o.draft.targetKind === 'guardian';
  return html`${choice(
    o,
    'prohibitionSector',
    msg('Which information'),
    SECTORS.map((s) => ({ value: s, label: sectorLabel(s) })),
  )}
  ${choice(o, 'targetKind', msg('What the denial concerns'), targetKinds(o.draft.prohibitionSector))}
  ${input(
    o,
    'targetName',
    guardian ? msg('Name of the guardian') : msg('Name of the organisation, task, register or document'),
    {
      required: !guardian,
    },
  )}
  ${
    guardian
      ? input(o, 'weightyReason', msg('Weighty reason'), {
          multiline: true,
          required: true,
        })
      : nothing
  }
  ${input(o, 'consequencesShown', msg('What the client was told about the consequences'), {
    multiline: true,
    rows: 5,
    required: true,
    wide: true,
  })}`;
};

const caseFields: Fields = (o) => {
  const kind = o.draft.purposeKind;
  return html`${choice(
    o,
    'purposeKind',
    msg('Purpose'),
    CASE_CONSENT_PURPOSES.map((p) => ({ value: p, label: purposeLabel(p) })),
  )}
  ${
    kind === 'other' || kind === 'contact-authority'
      ? input(o, 'purposeText', kind === 'other' ? msg('The purpose in words') : msg('The authority'), {
          required: kind === 'other',
        })
      : nothing
  }
  ${choice(o, 'decision', msg('Answer'), [
    { value: 'given', label: msg('Consent given') },
    { value: 'refused', label: msg('Consent refused') },
  ])}`;
};

/** Who decided, how, from when, in which language, and whether a copy was asked for. */
const commonFields: Fields = (o) =>
  html`${choice(
      o,
      'actorKind',
      msg('Who decides'),
      ACTOR_KINDS.map((k) => ({ value: k, label: actorKindLabel(k) })),
    )}
    ${
      o.draft.actorKind === 'client'
        ? nothing
        : input(o, 'actorName', msg('Name of the representative'), { required: true })
    }
    ${choice(
      o,
      'competence',
      msg('Competence'),
      ACTOR_COMPETENCES.map((c) => ({ value: c, label: competenceLabel(c) })),
    )}
    ${choice(
      o,
      'method',
      msg('How given'),
      CONSENT_METHODS.map((m) => ({ value: m, label: methodLabel(m) })),
    )}
    ${input(o, 'validFrom', msg('Valid from'), { type: 'date', required: true })}
    ${choice(o, 'formLanguage', msg('Language of the form'), formLanguages(), msg('The client chooses the language.'))}
    <div class="field choice">
      <input
        type="checkbox"
        id="record-printout"
        name="printout"
        .checked=${o.draft.printout === 'on'}
        .value=${'on'}
      />
      <label for="record-printout">${msg('The client asked for a printed copy')}</label>
    </div>`;

const OWN_FIELDS: Record<ConsentInstrument, Fields> = {
  'disclosure-permit': permitFields,
  'disclosure-prohibition': prohibitionFields,
  'case-consent': caseFields,
};

/** Records a new consent of one instrument: what it is about, what the client was told, who decided and who recorded it. */
export function recordForm(o: RecordFormOptions): TemplateResult {
  const cross = o.instrument === 'disclosure-permit' && isCrossSector(o.draft.sector as PermitSector);
  return html`<form
    id="record-form"
    aria-labelledby="record-form-heading"
    novalidate
    @input=${o.onInput}
    @change=${o.onInput}
    @submit=${o.onSubmit}
    @keydown=${o.onKeydown}
  >
    <h3 id="record-form-heading">${recordLabel(o.instrument)}</h3>
    ${explanation('record-explanation', msg('Tell the client before they decide'), o.instrument, cross)}
    ${requiredHint()}
    <div class="fields">
      ${OWN_FIELDS[o.instrument](o)} ${commonFields(o)} ${recorderFields('record', o.draft, o.errors)}
    </div>
    ${formFooter({ submitLabel: msg('Record'), saving: o.saving, errors: o.formErrors, onCancel: o.onCancel })}
  </form>`;
}
