/**
 * The plan's history as views of data and callbacks: the timeline of saved versions (newest
 * first, the latest few with "Show earlier") and one version's changes, grouped by section, each
 * value before and after labelled in words (not by colour alone).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { renderError, renderLoading } from '@saumaton/elements';

/** One version in the timeline, already in the user's words. */
export interface TimelineRow {
  /** Its index in the history (oldest first): what `onOpen` gets back. */
  readonly index: number;
  readonly piece: string;
  readonly who: string;
  readonly when: string;
  /** "Created", or the sections changed. */
  readonly summary: string;
}

export type HistoryLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly rows: readonly TimelineRow[]; readonly earlier: number };

export interface TimelineCallbacks {
  readonly onOpen: (index: number) => void;
  readonly onShowEarlier: () => void;
  readonly onRetry: () => void;
  readonly onClose: () => void;
}

/** The history panel: its heading, the timeline (or loading, or the error with "Try again"), and a way out. */
export function timelineView(load: HistoryLoad, on: TimelineCallbacks): TemplateResult {
  const body =
    load.status === 'loading'
      ? renderLoading(msg('Loading the history…'))
      : load.status === 'error'
        ? renderError(load.error, on.onRetry)
        : load.rows.length === 0
          ? html`<p class="muted">${msg('No saved versions yet.')}</p>`
          : html`<ol class="timeline" aria-labelledby="history-heading">
                ${load.rows.map(
                  (row) =>
                    html`<li>
                      <button
                        type="button"
                        class="history-entry"
                        id=${`history-entry-${String(row.index)}`}
                        @click=${() => on.onOpen(row.index)}
                      >
                        <span class="piece">${row.piece}</span>
                        <span class="who">${msg(str`${row.who}, ${row.when}`)}</span>
                        <span class="what">${row.summary}</span>
                      </button>
                    </li>`,
                )}
              </ol>
              ${
                load.earlier > 0
                  ? html`<button type="button" id="history-earlier" @click=${on.onShowEarlier}>
                      ${msg(str`Show earlier (${load.earlier})`)}
                    </button>`
                  : nothing
              }`;
  return html`<section class="history" part="history" aria-labelledby="history-heading">
    <div class="history-top">
      <h3 id="history-heading" tabindex="-1">${msg('History of the plan')}</h3>
      <button type="button" id="history-close" @click=${on.onClose}>${msg('Close the history')}</button>
    </div>
    ${body}
  </section>`;
}

/** One change in a version, in words: where, which field, and the values before and after. */
export interface ChangeRow {
  /** The entry it is in ("Goal “Finances in order”"); none for a field of the section itself. */
  readonly place?: string;
  readonly field: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: string;
  readonly after?: string;
  /** A whole entry added or removed: what it held. */
  readonly fields?: readonly ChangeRow[];
}

export interface VersionData {
  readonly piece: string;
  readonly who: string;
  readonly when: string;
  readonly created: boolean;
  readonly sections: readonly { readonly id: string; readonly label: string; readonly changes: readonly ChangeRow[] }[];
}

function values(row: ChangeRow): TemplateResult {
  return html`<dl class="values">
    ${
      row.before !== undefined
        ? html`<div class="before">
            <dt>${msg('Before')}</dt>
            <dd><del>${row.before}</del></dd>
          </div>`
        : nothing
    }
    ${
      row.after !== undefined
        ? html`<div class="after">
            <dt>${msg('After')}</dt>
            <dd><ins>${row.after}</ins></dd>
          </div>`
        : nothing
    }
  </dl>`;
}

function changeLine(row: ChangeRow): string {
  if (row.fields) {
    const what = row.place ?? row.field;
    return row.kind === 'added' ? msg(str`Added: ${what}`) : msg(str`Removed: ${what}`);
  }
  const field =
    row.kind === 'added'
      ? msg(str`${row.field} (added)`)
      : row.kind === 'removed'
        ? msg(str`${row.field} (removed)`)
        : row.field;
  return row.place ? `${row.place}: ${field}` : field;
}

function changeView(row: ChangeRow): TemplateResult {
  if (row.fields) {
    return html`<li class="change ${row.kind}">
      <p class="change-what">${changeLine(row)}</p>
      ${
        row.fields.length
          ? html`<dl class="values">
              ${row.fields.map(
                (f) =>
                  html`<div>
                    <dt>${f.place ? `${f.place}: ${f.field}` : f.field}</dt>
                    <dd>
                      ${row.kind === 'added' ? html`<ins>${f.after ?? ''}</ins>` : html`<del>${f.before ?? ''}</del>`}
                    </dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
    </li>`;
  }
  return html`<li class="change ${row.kind}">
    <p class="change-what">${changeLine(row)}</p>
    ${values(row)}
  </li>`;
}

/** One version opened: who changed which section and what, and the way back to the plan as it is now. */
export function versionView(data: VersionData, onBack: () => void): TemplateResult {
  return html`<section
    class="history-version"
    part="history-version"
    aria-labelledby="history-version-heading"
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onBack();
      }
    }}
  >
    <h3 id="history-version-heading" tabindex="-1">${msg(str`${data.piece}, ${data.when}`)}</h3>
    <p class="who">${msg(str`Saved by ${data.who}`)}</p>
    <button type="button" id="history-back" @click=${onBack}>${msg('Back to the current plan')}</button>
    ${
      data.created
        ? html`<p>${msg('This version was the first one saved.')}</p>`
        : data.sections.length === 0
          ? html`<p>${msg('No changes to show in this version.')}</p>`
          : data.sections.map(
              (s) =>
                html`<section class="history-section" aria-labelledby=${`history-section-${s.id}`}>
                  <h4 id=${`history-section-${s.id}`}>${s.label}</h4>
                  <ul class="changes">
                    ${s.changes.map(changeView)}
                  </ul>
                </section>`,
            )
    }
  </section>`;
}
