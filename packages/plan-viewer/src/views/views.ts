/** The client's and the professional's view of the same thing: labelled, side by side, neither hidden. */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { PlanViews, PlanViewText } from '@saumaton/core';
import type { Audience } from '../labels.js';
import { viewsDiffer } from '../plan-data.js';
import { section } from './bits.js';

function one(label: string, view: PlanViewText | undefined, side: 'client' | 'professional'): TemplateResult {
  return html`<div class="view ${side}" part="view">
    <h4>${label}</h4>
    ${
      view?.text.trim()
        ? html`<p class="text">${view.text}</p>
            ${view.reasons ? html`<p class="reasons"><span class="label">${msg('Reasons:')}</span> ${view.reasons}</p>` : nothing}`
        : html`<p class="muted">${msg('Not recorded.')}</p>`
    }
  </div>`;
}

/** A section with both views; where they differ, it says so in words. */
export function bothViews(id: string, heading: string, views: PlanViews, audience: Audience): TemplateResult {
  const client = audience === 'client';
  return section(
    id,
    heading,
    html`${
        viewsDiffer(views)
          ? html`<p class="differ" part="views-differ">
              ${
                client
                  ? msg('Your view and the professional’s view differ. Both are kept in the plan.')
                  : msg('The client’s view and the professional’s view differ. Both are recorded.')
              }
            </p>`
          : nothing
      }
      <div class="views">
        ${one(client ? msg('Your view') : msg('Client’s view'), views.client, 'client')}
        ${one(msg('Professional’s view'), views.professional, 'professional')}
      </div>`,
  );
}
