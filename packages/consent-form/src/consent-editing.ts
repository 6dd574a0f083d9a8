/**
 * What only a professional who records or revokes needs: the record and revoke forms, their
 * drafts, what typing in them does, the edits they make, the rules a change is checked by, the
 * writes a save sends, and the description of a conflict. `<saumaton-consent-form>` loads this
 * module with `import()` (`LazyModule`) when the viewer may record or revoke, so a page where a
 * client reads their consents never downloads it.
 */
import { msg, str } from '@lit/localize';
import { nothing, type TemplateResult } from 'lit';
import {
  ValidationError,
  newId,
  recognizeError,
  type ConsentInstrument,
  type ConsentRecord,
  type Edit,
  type ValidationIssue,
  type Viewer,
} from '@saumaton/core';
import {
  describeError,
  registerLocaleLoaders,
  type EditState,
  type FormControls,
  type LocaleLoaders,
} from '@saumaton/elements';
import type { ConsentList } from './consent-list.js';
import {
  consentFromDraft,
  emptyConsentDraft,
  emptyRevocationDraft,
  knownOrganizations,
  revocationFromDraft,
  viewerOrganization,
  type ConsentDraft,
  type ConsentField,
  type FieldErrors,
  type RevocationDraft,
  type RevocationField,
} from './drafts.js';
import { recordForm } from './forms/record-form.js';
import { revokeForm } from './forms/revoke-form.js';
import { recordEdit, revokeEdit } from './list-edits.js';
import { ruleMessage } from './rule-labels.js';
import { explanationSentences } from './views/explanation.js';
import { recordTitle } from './views/consent-card.js';

/**
 * The record and revoke forms' own strings (`src/forms/`, split from the consent form's catalogue
 * by `npm run localize:build`), loaded with them: the widget holds its render until they are in.
 */
const formsLocaleLoaders: LocaleLoaders = {
  fi: () => import('./forms/generated/locales/fi.js'),
  sv: () => import('./forms/generated/locales/sv.js'),
};
registerLocaleLoaders(formsLocaleLoaders);

export { checkList, writeList } from './list-edits.js';
export { describeListChanges } from './list-diff.js';

/** The form open, if any: what it holds as typed, and its field errors. */
export type OpenForm = RevokeFormState | RecordFormState;

export interface RevokeFormState {
  readonly kind: 'revoke';
  /** The record being revoked. */
  readonly id: string;
  readonly draft: RevocationDraft;
  readonly errors: FieldErrors<RevocationField>;
}

export interface RecordFormState {
  readonly kind: 'record';
  readonly instrument: ConsentInstrument;
  /** The id the new consent gets, kept across retries so a retry never records it twice. */
  readonly id: string;
  readonly draft: ConsentDraft;
  readonly errors: FieldErrors<ConsentField>;
  /** Rules the consent breaks that no one field shows. */
  readonly issues: readonly ValidationIssue[];
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What a form's edit is made with: who acts, and the client's records as shown. */
export interface EditContext {
  readonly viewer: Viewer | undefined;
  readonly records: readonly ConsentRecord[];
}

/** The revoke form for `record`: today, by whoever gave it, in writing. */
export function revokeFormFor(record: ConsentRecord, context: EditContext): RevokeFormState {
  const organization = viewerOrganization(context.viewer, context.records);
  return { kind: 'revoke', id: record.id, draft: emptyRevocationDraft(record, organization), errors: {} };
}

/** A blank record form for `instrument`, in the page's language (`locale`). */
export function recordFormFor(instrument: ConsentInstrument, context: EditContext, locale: string): RecordFormState {
  const organization = viewerOrganization(context.viewer, context.records);
  const consequences = explanationSentences('disclosure-prohibition', false).join(' ');
  return {
    kind: 'record',
    instrument,
    id: newId('consent'),
    draft: emptyConsentDraft(organization, locale, consequences),
    errors: {},
    issues: [],
  };
}

/** The record form after the user changed `target`: that field's error goes with it. */
export function recordInput(form: RecordFormState, target: Control): RecordFormState {
  const field = target.name as ConsentField;
  if (!(field in form.draft)) return form;
  const value =
    target instanceof HTMLInputElement && target.type === 'checkbox' ? (target.checked ? 'on' : '') : target.value;
  let draft: ConsentDraft = { ...form.draft, [field]: value };
  // Another sector has other targets: the first of its own, never one of the other's.
  if (field === 'prohibitionSector')
    draft = { ...draft, targetKind: value === 'health-care' ? 'organization' : 'controller' };
  const { [field]: _fixed, ...errors } = form.errors;
  return { ...form, draft, errors, issues: [] };
}

/** The revoke form after the user changed `target`: that field's error goes with it. */
export function revokeInput(form: RevokeFormState, target: Control): RevokeFormState {
  const field = target.name as RevocationField;
  if (!(field in form.draft)) return form;
  const { [field]: _fixed, ...errors } = form.errors;
  return { ...form, draft: { ...form.draft, [field]: target.value }, errors };
}

/**
 * The edit the open form makes as it reads now; or the form with its errors when it does not read
 * right; or nothing when the record to revoke is no longer shown.
 */
export function submission(
  form: OpenForm,
  list: ConsentList,
  context: EditContext,
): { edit: Edit<ConsentList> } | { invalid: OpenForm } | undefined {
  const organization = viewerOrganization(context.viewer, context.records);
  if (form.kind === 'record') {
    const built = consentFromDraft(form.instrument, form.draft, {
      id: form.id,
      clientId: list.clientId,
      viewer: context.viewer,
      organization,
      known: knownOrganizations(context.records),
    });
    if (!built.ok) return { invalid: { ...form, errors: built.errors, issues: built.form } };
    const title = recordTitle(built.value);
    return { edit: recordEdit(built.value, msg(str`Record: ${title}`)) };
  }
  const record = context.records.find((r) => r.id === form.id);
  if (!record) return undefined;
  // Judged against the record as if still in force: whether someone revoked it first is the save's to say.
  const parsed = revocationFromDraft(
    form.draft,
    { ...record, status: 'active', revocation: undefined },
    context.viewer,
    organization,
  );
  if (!parsed.ok) return { invalid: { ...form, errors: parsed.errors } };
  const title = recordTitle(record);
  return { edit: revokeEdit(form.id, parsed.value, msg(str`Revoke: ${title}`)) };
}

/** The messages about the change as a whole: a rule it breaks, or why saving failed. */
export function changeErrors(form: OpenForm | undefined, edit: EditState<ConsentList>): string[] {
  const coded = (issues: readonly ValidationIssue[]) => issues.filter((i) => i.code).map(ruleMessage);
  if (form?.kind === 'record' && form.issues.length) return coded(form.issues);
  if (edit.status === 'invalid') {
    const messages = coded(edit.issues);
    return messages.length ? messages : [describeError(new ValidationError(edit.issues), 'save')];
  }
  if (edit.status === 'failed') {
    const error = recognizeError(edit.error);
    const messages = error instanceof ValidationError ? coded(error.issues) : [];
    return messages.length ? messages : [describeError(error, 'save')];
  }
  return [];
}

/** The open form: the record form, or the revoke form of a record still shown (else nothing). */
export function formView(
  form: OpenForm,
  records: readonly ConsentRecord[],
  handlers: FormControls,
): TemplateResult | typeof nothing {
  if (form.kind === 'record') {
    return recordForm({ ...handlers, instrument: form.instrument, draft: form.draft, errors: form.errors });
  }
  const record = records.find((r) => r.id === form.id);
  return record ? revokeForm({ ...handlers, record, draft: form.draft, errors: form.errors }) : nothing;
}
