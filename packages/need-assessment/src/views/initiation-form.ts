/**
 * Starting a new assessment (703/2023 § 41): the day and kind its deadlines count from, the
 * grounds, who initiated it and why, with the deadlines those give shown live under the grounds.
 * A function of the draft and callbacks (no `this`); the draft holds what was typed, as typed.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import {
  ASSESSMENT_GROUNDS,
  INITIATOR_KINDS,
  TRIGGER_KINDS,
  todayInFinland,
  type AssessmentGround,
  type AssessmentInitiation,
  type InitiatorKind,
  type TriggerKind,
} from '@saumaton/core';
import { field, formFooter, requiredHint } from '@saumaton/elements';
import { groundLabel, initiatorKindLabel, triggerKindLabel } from '../record-labels.js';
import { deadlineList } from './deadlines.js';

export interface InitiationDraft {
  triggerDate?: string;
  triggerKind?: TriggerKind;
  grounds: readonly AssessmentGround[];
  initiatorKind?: InitiatorKind;
  initiatorName?: string;
  justification?: string;
}

export type InitiationProblems = Partial<Record<keyof InitiationDraft, string>>;

const NAME_MAX = 500;
const TEXT_MAX = 10_000;

/** Whether `day` is an existing calendar day, `YYYY-MM-DD`. */
function isDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1583 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

/**
 * The initiation a draft gives, or what is wrong with it, a localized message per field: a trigger
 * date that is a real day and not after `today` (Finland's, by default), its kind, at least one
 * ground, who initiated it. The name and justification are optional and kept trimmed.
 */
export function initiationFromDraft(
  draft: InitiationDraft,
  options: { readonly today?: string } = {},
): { initiation: AssessmentInitiation } | { problems: InitiationProblems } {
  const today = options.today ?? todayInFinland();
  const problems: InitiationProblems = {};
  const date = draft.triggerDate?.trim() ?? '';
  if (date === '') problems.triggerDate = msg('Give the date.');
  else if (!isDay(date)) problems.triggerDate = msg('Give a date that exists, for example 3.3.2026.');
  else if (date > today) problems.triggerDate = msg('The date cannot be in the future.');
  if (!draft.triggerKind || !TRIGGER_KINDS.includes(draft.triggerKind)) {
    problems.triggerKind = msg('Choose how the assessment began.');
  }
  const chosen = (draft.grounds as readonly AssessmentGround[] | undefined) ?? [];
  const grounds = ASSESSMENT_GROUNDS.filter((g) => chosen.includes(g));
  if (!grounds.length) problems.grounds = msg('Choose at least one ground.');
  if (!draft.initiatorKind || !INITIATOR_KINDS.includes(draft.initiatorKind)) {
    problems.initiatorKind = msg('Choose who initiated the assessment.');
  }
  const name = draft.initiatorName?.trim() ?? '';
  if (name.length > NAME_MAX) problems.initiatorName = msg(str`The name may be at most ${NAME_MAX} characters long.`);
  const justification = draft.justification ?? '';
  if (justification.length > TEXT_MAX) {
    problems.justification = msg(str`The justification may be at most ${TEXT_MAX} characters long.`);
  }
  if (Object.keys(problems).length) return { problems };
  return {
    initiation: {
      triggerDate: date,
      triggerKind: draft.triggerKind!,
      grounds,
      initiatedBy: { kind: draft.initiatorKind!, ...(name ? { name } : {}) },
      ...(blank(justification) ? {} : { justification: justification.trim() }),
    },
  };
}

export interface InitiationFormOptions {
  readonly problems?: InitiationProblems;
  /** Today in Finland, `YYYY-MM-DD`: the latest trigger date, and the day the deadlines are shown from. */
  readonly today: string;
  /** While saving: the submit button is `aria-disabled` and submits do nothing. */
  readonly busy?: boolean;
  /** Prefixes every id (default `initiation-`), so that two forms can share a root. */
  readonly idPrefix?: string;
  /** Messages about the form as a whole (a failed save), each announced. */
  readonly errors?: readonly string[];
}

export interface InitiationFormCallbacks {
  change(draft: InitiationDraft): void;
  submit(): void;
  cancel?(): void;
}

/** The draft the form's controls show now. */
function read(form: HTMLFormElement): InitiationDraft {
  const value = (name: string) => {
    const control = form.elements.namedItem(name);
    return control instanceof HTMLInputElement ||
      control instanceof HTMLTextAreaElement ||
      control instanceof HTMLSelectElement
      ? control.value
      : undefined;
  };
  const checked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((i) => i.checked).map((i) => i.value);
  const kind = checked('triggerKind')[0];
  const initiator = value('initiatorKind');
  return {
    triggerDate: value('triggerDate') ?? '',
    ...(kind ? { triggerKind: kind as TriggerKind } : {}),
    grounds: ASSESSMENT_GROUNDS.filter((g) => checked('grounds').includes(g)),
    ...(initiator ? { initiatorKind: initiator as InitiatorKind } : {}),
    initiatorName: value('initiatorName') ?? '',
    justification: value('justification') ?? '',
  };
}

function errorLine(id: string, error: string | undefined): TemplateResult | typeof nothing {
  return error ? html`<span class="field-error" id=${`${id}-error`}>${error}</span>` : nothing;
}

/**
 * The form that starts an assessment. Every change calls `on.change` with the whole draft as the
 * controls show it; submit calls `on.submit` (not while busy); Escape and Cancel call `on.cancel`.
 */
export function initiationFormView(
  draft: InitiationDraft,
  options: InitiationFormOptions,
  on: InitiationFormCallbacks,
): TemplateResult {
  const p = options.idPrefix ?? 'initiation-';
  const problems = options.problems ?? {};
  const busy = options.busy ?? false;
  const changed = (e: Event) => on.change(read(e.currentTarget as HTMLFormElement));
  const submitted = (e: SubmitEvent) => {
    e.preventDefault();
    if (!busy) on.submit();
  };
  const keydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && on.cancel) {
      e.preventDefault();
      on.cancel();
    }
  };
  const kindId = `${p}triggerKind`;
  const groundsId = `${p}grounds`;
  const date = draft.triggerDate ?? '';
  const grounds = Array.isArray(draft.grounds) ? draft.grounds : [];
  return html`<form
    class="initiation-form"
    aria-labelledby=${`${p}heading`}
    novalidate
    @input=${changed}
    @change=${changed}
    @submit=${submitted}
    @keydown=${keydown}
  >
    <h3 id=${`${p}heading`}>${msg('New service needs assessment')}</h3>
    ${requiredHint()}
    <div class="fields">
      ${field({
        id: `${p}triggerDate`,
        name: 'triggerDate',
        label: msg('Date of contact or of becoming pending'),
        type: 'date',
        required: true,
        value: date,
        hint: msg('The deadlines are counted from this day.'),
        error: problems.triggerDate,
      })}
      <fieldset class="choice-set" id=${kindId} aria-describedby=${problems.triggerKind ? `${kindId}-error` : nothing}>
        <legend>${msg('How the assessment began')} <span aria-hidden="true">*</span></legend>
        ${errorLine(kindId, problems.triggerKind)}
        <div class="checkboxes">
          ${TRIGGER_KINDS.map(
            (kind) =>
              html`<label
                ><input
                  type="radio"
                  name="triggerKind"
                  value=${kind}
                  .checked=${draft.triggerKind === kind}
                  aria-invalid=${problems.triggerKind ? 'true' : 'false'}
                />
                ${triggerKindLabel(kind)}</label
              >`,
          )}
        </div>
      </fieldset>
      <fieldset
        class="choice-set wide"
        id=${groundsId}
        aria-describedby=${problems.grounds ? `${groundsId}-error` : nothing}
      >
        <legend>${msg('Grounds')} <span aria-hidden="true">*</span></legend>
        ${errorLine(groundsId, problems.grounds)}
        <div class="checkboxes">
          ${ASSESSMENT_GROUNDS.map(
            (ground) =>
              html`<label
                ><input
                  type="checkbox"
                  name="grounds"
                  value=${ground}
                  .checked=${grounds.includes(ground)}
                  aria-invalid=${problems.grounds ? 'true' : 'false'}
                />
                ${groundLabel(ground)}</label
              >`,
          )}
        </div>
        <div class="deadline-preview" aria-live="polite">
          <p class="preview-heading">${msg('The deadlines these give')}</p>
          ${
            grounds.length
              ? deadlineList({
                  initiation: { triggerDate: date, grounds },
                  status: 'in-progress',
                  today: options.today,
                })
              : html`<p class="hint">${msg('Choose the grounds to see the deadlines.')}</p>`
          }
        </div>
      </fieldset>
      <div class="field">
        <label for=${`${p}initiatorKind`}>${msg('Initiated by')} <span aria-hidden="true">*</span></label>
        <select
          id=${`${p}initiatorKind`}
          name="initiatorKind"
          required
          aria-invalid=${problems.initiatorKind ? 'true' : 'false'}
          aria-describedby=${problems.initiatorKind ? `${p}initiatorKind-error` : nothing}
        >
          <option value="" ?selected=${!draft.initiatorKind}>${msg('Choose…')}</option>
          ${INITIATOR_KINDS.map(
            (kind) =>
              html`<option value=${kind} ?selected=${draft.initiatorKind === kind}>
                ${initiatorKindLabel(kind)}
              </option>`,
          )}
        </select>
        ${errorLine(`${p}initiatorKind`, problems.initiatorKind)}
      </div>
      ${field({
        id: `${p}initiatorName`,
        name: 'initiatorName',
        label: msg('Name of the initiator (optional)'),
        value: draft.initiatorName ?? '',
        error: problems.initiatorName,
      })}
      ${field({
        id: `${p}justification`,
        name: 'justification',
        label: msg('Justification'),
        hint: msg('The need for the assessment, as it came up.'),
        multiline: true,
        wide: true,
        value: draft.justification ?? '',
        error: problems.justification,
      })}
    </div>
    ${
      on.cancel
        ? formFooter({
            submitLabel: msg('Start the assessment'),
            saving: busy,
            errors: options.errors ?? [],
            onCancel: () => on.cancel?.(),
          })
        : html`${(options.errors ?? []).map((e) => html`<p class="form-error" role="alert">${e}</p>`)}
            <div class="actions">
              <button type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>
                ${busy ? msg('Saving…') : msg('Start the assessment')}
              </button>
            </div>`
    }
  </form>`;
}
