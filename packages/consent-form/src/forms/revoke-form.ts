import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { ACTOR_KINDS, CONSENT_METHODS, type ConsentRecord } from '@saumaton/core';
import { field, formFooter, requiredHint, select, type FormControls } from '@saumaton/elements';
import type { FieldErrors, RevocationDraft, RevocationField } from '../drafts.js';
import { actorKindLabel, methodLabel } from '../labels.js';
import { recordTitle } from '../views/consent-card.js';
import { errorOf, recorderFields } from './recorder-fields.js';

export interface RevokeFormOptions extends FormControls {
  readonly record: ConsentRecord;
  readonly draft: RevocationDraft;
  readonly errors: FieldErrors<RevocationField>;
}

/** Revokes a consent (or ends a statutory exception): when, by whom, how, and why if the person said. */
export function revokeForm(o: RevokeFormOptions): TemplateResult {
  const { draft, errors, record } = o;
  const exception = record.basis === 'statutory-exception';
  return html`<form
    id="revoke-form"
    aria-labelledby="revoke-form-heading"
    novalidate
    @input=${o.onInput}
    @change=${o.onInput}
    @submit=${o.onSubmit}
    @keydown=${o.onKeydown}
  >
    <h5 id="revoke-form-heading">
      ${exception ? msg('End the statutory exception') : msg('Revoke the consent')}: ${recordTitle(record)}
    </h5>
    <p class="hint">
      ${
        exception
          ? msg('Sharing on this basis stops from the day given. The record and its history stay.')
          : msg('Sharing stops from the day given. The record and its history stay.')
      }
    </p>
    ${requiredHint()}
    <div class="fields">
      ${
        exception
          ? html`<input type="hidden" name="byKind" .value=${'professional'} />`
          : select({
              id: 'revoke-by',
              name: 'byKind',
              label: msg('Who revokes'),
              value: draft.byKind,
              options: ACTOR_KINDS.map((k) => ({ value: k, label: actorKindLabel(k) })),
              error: errorOf(errors, 'byKind'),
            })
      }
      ${
        exception || draft.byKind === 'client'
          ? ''
          : field({
              id: 'revoke-by-name',
              name: 'byName',
              label: msg('Name of the representative'),
              required: true,
              value: draft.byName,
              error: errorOf(errors, 'byName'),
            })
      }
      ${select({
        id: 'revoke-method',
        name: 'method',
        label: msg('How'),
        value: draft.method,
        options: CONSENT_METHODS.map((m) => ({ value: m, label: methodLabel(m) })),
        error: errorOf(errors, 'method'),
      })}
      ${field({
        id: 'revoke-at',
        name: 'at',
        label: msg('From'),
        type: 'date',
        required: true,
        value: draft.at,
        error: errorOf(errors, 'at'),
      })}
      ${field({
        id: 'revoke-reason',
        name: 'reason',
        label: msg('Why (if the person said)'),
        multiline: true,
        wide: true,
        value: draft.reason,
      })}
      ${recorderFields('revoke', draft, errors)}
    </div>
    ${formFooter({
      submitLabel: exception ? msg('End the exception') : msg('Revoke the consent'),
      saving: o.saving,
      errors: o.formErrors,
      onCancel: o.onCancel,
    })}
  </form>`;
}
