import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { splitMembers } from '@saumaton/core';
import { field, formFooter } from '@saumaton/elements';
import type { MeetingDraft } from '../drafts.js';
import type { RosterFormOptions } from './form-options.js';
import { roleLabel } from '../labels.js';

export type MeetingFormOptions = RosterFormOptions<MeetingDraft, keyof MeetingDraft>;

/** Records a meeting: its date, who of the present members took part, and what was decided. */
export function meetingForm(o: MeetingFormOptions): TemplateResult {
  const { draft, errors } = o;
  const present = splitMembers(o.team.members).present;
  return html`<form
    aria-labelledby="meeting-form-heading"
    novalidate
    @input=${o.onInput}
    @submit=${o.onSubmit}
    @keydown=${o.onKeydown}
  >
    <h3 id="meeting-form-heading">${msg('Record a meeting')}</h3>
    ${field({ id: 'meeting-date', name: 'date', label: msg('Date'), type: 'date', required: true, value: draft.date, error: errors.date })}
    <fieldset aria-describedby=${errors.participants ? 'participants-error' : nothing}>
      <legend>${msg('Participants')} <span aria-hidden="true">*</span></legend>
      ${errors.participants ? html`<p class="field-error" id="participants-error">${errors.participants}</p>` : nothing}
      <div class="checkboxes">
        ${present.map(
          (m) =>
            html`<label>
              <input
                type="checkbox"
                name="participants"
                .value=${m.id}
                .checked=${draft.participants.includes(m.id)}
                aria-invalid=${errors.participants ? 'true' : 'false'}
              />
              <span>${m.name} <span class="muted">(${roleLabel(m.role)})</span></span>
            </label>`,
        )}
      </div>
    </fieldset>
    ${field({
      id: 'meeting-decisions',
      name: 'decisions',
      label: msg('Decisions'),
      multiline: true,
      rows: 4,
      hint: msg('One per line.'),
      value: draft.decisions,
    })}
    ${formFooter({ submitLabel: msg('Save meeting'), saving: o.saving, errors: o.formErrors, onCancel: o.onCancel })}
  </form>`;
}
