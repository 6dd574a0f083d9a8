import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { describeError } from './errors.js';

/** The loading state: announced politely once, a spinner that stops under reduced motion. */
export function renderLoading(label: string = msg('Loading…')): TemplateResult {
  return html`<div class="state loading" part="state loading" role="status">
    <span class="spinner" aria-hidden="true"></span><span>${label}</span>
  </div>`;
}

/** The empty state, with an optional action (such as "Add member"). */
export function renderEmpty(message: string, action?: TemplateResult): TemplateResult {
  return html`<div class="state empty" part="state empty">
    <p>${message}</p>
    ${action ?? nothing}
  </div>`;
}

/** The error state: what went wrong in plain words and a way to try again. */
export function renderError(error: unknown, retry: () => void, phase: 'load' | 'save' = 'load'): TemplateResult {
  return html`<div class="state error" part="state error" role="alert">
    <p>${describeError(error, phase)}</p>
    <button type="button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}

export interface ConflictOptions {
  /** What changed in their version, one line an item. */
  readonly changes: readonly string[];
  /** The user's own pending change, in a sentence. */
  readonly mine: string;
  readonly onKeepMine: () => void;
  readonly onUseTheirs: () => void;
  /** While the user's change is being saved again: the buttons say so and do nothing. */
  readonly busy?: boolean;
}

/**
 * The conflict state: someone else saved first. Their version is already shown; the user's own
 * change is kept and can be applied on top of theirs, or dropped.
 */
export function renderConflict(options: ConflictOptions): TemplateResult {
  return html`<section class="state conflict" part="state conflict" role="alert" aria-labelledby="conflict-heading">
    <div>
      <h3 id="conflict-heading" tabindex="-1">${msg('Someone else saved a change first')}</h3>
      <p>${msg('Their version is shown now. Your change has not been saved yet, and it is kept.')}</p>
      ${
        options.changes.length
          ? html`<p>${msg('What they changed:')}</p>
              <ul>
                ${options.changes.map((c) => html`<li>${c}</li>`)}
              </ul>`
          : nothing
      }
      <p>${msg('Your change:')} ${options.mine}</p>
    </div>
    <button type="button" class="primary" aria-disabled=${options.busy ? 'true' : 'false'} @click=${options.onKeepMine}>
      ${msg('Save my change on top of theirs')}
    </button>
    <button type="button" aria-disabled=${options.busy ? 'true' : 'false'} @click=${options.onUseTheirs}>
      ${msg('Discard my change')}
    </button>
  </section>`;
}
