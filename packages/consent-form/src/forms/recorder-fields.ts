import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { field } from '@saumaton/elements';
import type { FieldErrors, RecorderDraft } from '../drafts.js';
import { ruleMessage } from '../rule-labels.js';

/** The message of a field's issue, if it has one. */
export function errorOf<F extends string>(errors: FieldErrors<F>, name: F): string | undefined {
  const issue = errors[name];
  return issue ? ruleMessage(issue) : undefined;
}

/** Who writes the record down: the professional and their organisation. */
export function recorderFields(
  prefix: string,
  draft: RecorderDraft,
  errors: FieldErrors<keyof RecorderDraft>,
): TemplateResult {
  return html`${field({
    id: `${prefix}-professional`,
    name: 'professionalName',
    label: msg('Your name'),
    hint: msg('Needed when the client told it orally.'),
    value: draft.professionalName,
    error: errorOf(errors, 'professionalName'),
  })}
  ${field({
    id: `${prefix}-organization`,
    name: 'organizationName',
    label: msg('Your organisation'),
    value: draft.organizationName,
    error: errorOf(errors, 'organizationName'),
  })}`;
}
