/**
 * Completing the assessment: the client's own view, or the obvious obstacle to it with its reason
 * (SHL § 37), and the button that completes. A function of data and callbacks (no `this`).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ClientView } from '@saumaton/core';
import { field } from '@saumaton/elements';

export interface CompletionData {
  readonly clientView?: ClientView;
  readonly problems?: { readonly clientView?: string; readonly reason?: string };
  /** While saving: the button is `aria-disabled` and does nothing. */
  readonly busy?: boolean;
  /** Prefixes every id (default `completion-`). */
  readonly idPrefix?: string;
  /** How many answers have problems that keep the assessment from being completed. */
  readonly answersProblemCount?: number;
  /**
   * The template asks for the client's own view itself (its items carry the
   * `assessment-client-view` extension): the view is taken from those answers, and this form
   * asks nothing twice.
   */
  readonly inTemplate?: boolean;
}

export interface CompletionCallbacks {
  /** The client's view as the controls give it now (undefined: neither choice made). */
  clientView(view: ClientView | undefined): void;
  complete(): void;
}

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

/** What keeps `view` from completing an assessment, localized; empty when it is fine. */
export function clientViewProblems(view: ClientView | undefined): { clientView?: string; reason?: string } {
  const kind: unknown = view?.kind;
  if (kind !== 'given' && kind !== 'obstacle') {
    return { clientView: msg("Record the client's own view, or that it could not be obtained.") };
  }
  if (view?.kind === 'obstacle' && blank(view.reason)) {
    return { reason: msg("Say why the client's view could not be obtained.") };
  }
  return {};
}

/** The client's own view and "Complete the assessment". */
export function completionView(data: CompletionData, on: CompletionCallbacks): TemplateResult {
  const p = data.idPrefix ?? 'completion-';
  const view = data.clientView;
  const problems = data.problems ?? {};
  const busy = data.busy ?? false;
  const count = data.answersProblemCount ?? 0;
  const choose = (kind: 'given' | 'obstacle') => () => {
    if (view?.kind === kind) return;
    on.clientView(kind === 'given' ? { kind: 'given' } : { kind: 'obstacle', reason: '' });
  };
  const typed = (e: Event) => {
    const text = (e.target as HTMLTextAreaElement).value;
    on.clientView(view?.kind === 'obstacle' ? { kind: 'obstacle', reason: text } : { kind: 'given', text });
  };
  const submitted = (e: SubmitEvent) => {
    e.preventDefault();
    if (!busy) on.complete();
  };
  const setId = `${p}client-view`;
  return html`<form class="completion" aria-labelledby=${`${p}heading`} novalidate @submit=${submitted}>
    <h3 id=${`${p}heading`}>${msg('Completing the assessment')}</h3>
    ${
      data.inTemplate
        ? nothing
        : html`<fieldset
            class="choice-set"
            id=${setId}
            aria-describedby=${[`${setId}-hint`, problems.clientView ? `${setId}-error` : ''].filter(Boolean).join(' ')}
          >
            <legend>${msg("The client's own view")} <span aria-hidden="true">*</span></legend>
            <span class="hint" id=${`${setId}-hint`}
              >${msg(
                'Required by the Social Welfare Act (SHL) § 37, unless an obvious obstacle prevents it: then record why.',
              )}</span
            >
            ${problems.clientView ? html`<span class="field-error" id=${`${setId}-error`}>${problems.clientView}</span>` : nothing}
            <div class="checkboxes">
              <label
                ><input
                  type="radio"
                  name=${`${p}kind`}
                  value="given"
                  .checked=${view?.kind === 'given'}
                  aria-invalid=${problems.clientView ? 'true' : 'false'}
                  @change=${choose('given')}
                />
                ${msg('The client gave their view')}</label
              >
            </div>
            ${
              view?.kind === 'given'
                ? html`<div class="nested" @input=${typed}>
                    ${field({
                      id: `${p}text`,
                      name: 'clientViewText',
                      label: msg("The client's view in their own words (optional)"),
                      multiline: true,
                      rows: 4,
                      value: view.text ?? '',
                    })}
                  </div>`
                : nothing
            }
            <div class="checkboxes">
              <label
                ><input
                  type="radio"
                  name=${`${p}kind`}
                  value="obstacle"
                  .checked=${view?.kind === 'obstacle'}
                  aria-invalid=${problems.clientView ? 'true' : 'false'}
                  @change=${choose('obstacle')}
                />
                ${msg("The client's view could not be obtained")}</label
              >
            </div>
            ${
              view?.kind === 'obstacle'
                ? html`<div class="nested" @input=${typed}>
                    ${field({
                      id: `${p}reason`,
                      name: 'clientViewReason',
                      label: msg('Why not (the obstacle)'),
                      multiline: true,
                      rows: 3,
                      required: true,
                      value: view.reason,
                      error: problems.reason,
                    })}
                  </div>`
                : nothing
            }
          </fieldset>`
    }
    ${
      count > 0
        ? html`<p class="attention" id=${`${p}attention`}>
            <span class="marker" aria-hidden="true">!</span>
            ${
              count === 1
                ? msg('1 answer needs attention before completing.')
                : msg(str`${count} answers need attention before completing.`)
            }
          </p>`
        : nothing
    }
    <div class="actions">
      <button
        type="submit"
        class="primary"
        aria-disabled=${busy ? 'true' : 'false'}
        aria-describedby=${count > 0 ? `${p}attention` : nothing}
      >
        ${busy ? msg('Saving…') : msg('Complete the assessment')}
      </button>
    </div>
  </form>`;
}
