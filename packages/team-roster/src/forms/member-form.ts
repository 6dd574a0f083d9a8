import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import {
  ACCESS_BASES,
  CLIENT_SIDE_ROLES,
  PRODUCER_TYPES,
  PROFESSIONAL_ROLES,
  coordinators,
  isClientSide,
  type TeamRole,
} from '@saumaton/core';
import { field, formFooter, requiredHint, select } from '@saumaton/elements';
import type { MemberDraft, MemberField } from '../drafts.js';
import type { RosterFormOptions } from './form-options.js';
import { accessBasisLabel, producerTypeLabel, roleLabel } from '../labels.js';

export interface MemberFormOptions extends RosterFormOptions<MemberDraft, MemberField> {
  /** Under turvakielto, a client-side member's contact details are neither shown nor edited. */
  readonly withheld: boolean;
}

/** Adds a member or edits one; the roles offered keep a professional a professional and a client-side person on that side. */
export function memberForm(o: MemberFormOptions): TemplateResult {
  const { team, draft, errors } = o;
  const isNew = !team.members.some((m) => m.id === draft.id);
  const clientSide = isClientSide(draft);
  const current = coordinators(team)[0];
  const stored = team.members.find((m) => m.id === draft.id);
  const roles: readonly TeamRole[] = stored
    ? isClientSide(stored)
      ? CLIENT_SIDE_ROLES
      : PROFESSIONAL_ROLES
    : [...PROFESSIONAL_ROLES, ...CLIENT_SIDE_ROLES];
  const coordinatorHint =
    draft.role === 'coordinator' && current && current.id !== draft.id
      ? msg(str`A team has one coordinator at a time: saving moves the role from ${current.name}.`)
      : undefined;
  const organizations = [
    ...new Map(team.members.flatMap((m) => (m.organization ? [[m.organization.name, m.organization]] : []))).keys(),
  ];
  const text = (
    name: MemberField,
    label: string,
    extra: {
      hint?: string;
      wide?: boolean;
      multiline?: boolean;
      type?: string;
      required?: boolean;
      list?: readonly string[];
    } = {},
  ) => field({ name, label, value: draft[name] ?? '', error: errors[name], ...extra });
  return html`<form
    aria-labelledby="member-form-heading"
    novalidate
    @input=${o.onInput}
    @change=${o.onInput}
    @submit=${o.onSubmit}
    @keydown=${o.onKeydown}
  >
    <h3 id="member-form-heading">${isNew ? msg('Add a member') : msg(str`Edit ${draft.name}`)}</h3>
    ${requiredHint()}
    <div class="fields">
      ${text('name', msg('Name'), { required: true })}
      ${select({
        name: 'role',
        label: msg('Role in the team'),
        value: draft.role,
        options: roles.map((r) => ({ value: r, label: roleLabel(r) })),
        hint: coordinatorHint,
      })}
      ${
        clientSide
          ? text('relationship', msg('Relationship to the client'))
          : html`${text('title', msg('Title'))}
            ${text('qualifications', msg('Qualifications'), { multiline: true, hint: msg('One per line.') })}
            ${text('organizationName', msg('Organisation'), { list: organizations })}
            ${select({
              name: 'producerType',
              label: msg('Producer type'),
              value: draft.producerType,
              options: [
                { value: '', label: msg('Not recorded') },
                ...PRODUCER_TYPES.map((t) => ({ value: t, label: producerTypeLabel(t) })),
              ],
            })}
            ${text('organizationId', msg('Organisation OID'), { hint: msg('SOTE organisation register OID, if known.') })}
            ${text('serviceTask', msg('Service task'))}
            ${select({
              name: 'accessBasis',
              label: msg('Basis for data access'),
              value: draft.accessBasis ?? '',
              options: [
                { value: '', label: msg('Not recorded') },
                ...ACCESS_BASES.map((b) => ({ value: b, label: accessBasisLabel(b) })),
              ],
            })}`
      }
      ${text('responsibilities', msg('Responsibilities in the plan'), { multiline: true, wide: true, hint: msg('One per line.') })}
      ${
        clientSide && o.withheld
          ? html`<p class="notice wide">
              ${msg('Contact details are not shown or edited here because of turvakielto.')}
            </p>`
          : html`${text('phone', msg('Work phone'), { type: 'tel' })}
            ${text('email', msg('Work email'), { type: 'email' })}
            ${text('reachability', msg('When reachable'), { wide: true })}`
      }
      ${text('start', msg('Member from'), { type: 'date' })} ${text('end', msg('Member until'), { type: 'date' })}
    </div>
    ${formFooter({
      submitLabel: isNew ? msg('Add member') : msg('Save changes'),
      saving: o.saving,
      errors: o.formErrors,
      onCancel: o.onCancel,
    })}
  </form>`;
}
