/**
 * The producers' parts, each under its producer with its producer type and who last changed it
 * when; the services grouped by service package; the service chains as ordered steps, a gap or an
 * overlap between producers said in words.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ClientPlan, PlannedService, PlanPart } from '@saumaton/core';
import { formatList } from '@saumaton/elements';
import { producerTypeLabel, serviceStatusLabel, type Audience } from '../labels.js';
import { goalTexts, packageGroups, serviceChains } from '../plan-data.js';
import { date, person, row, terms } from './bits.js';

/** What the widget puts into a part: the viewer's own part gets its edit tools. */
export interface PartSlots {
  /** "Your part" marker, the edit button, the conflict: above the part's content. */
  readonly tools: TemplateResult | typeof nothing;
  /** The open edit form, which replaces the part's content while open. */
  readonly form: TemplateResult | typeof nothing;
}

/** A planned service: what, where it stands (a word, never an "approved" look), who, when, how often. */
export function serviceView(service: PlannedService, plan: ClientPlan, audience: Audience): TemplateResult {
  const goals = goalTexts(plan, service.goalIds);
  return html`<li class="service" part="service">
    <h5>${service.name}</h5>
    ${terms([
      row(msg('Status'), html`<span class="status">${serviceStatusLabel(service.status, audience)}</span>`),
      audience === 'client' ? nothing : row(msg('Service task'), service.serviceTask),
      row(msg('Start'), date(service.start)),
      row(msg('End'), date(service.end)),
      row(msg('Duration'), service.duration),
      row(msg('Frequency'), service.frequency),
      row(msg('Responsible person'), person(service.responsiblePerson)),
      row(msg('Goals it serves'), goals.length ? formatList(goals) : undefined),
      row(msg('Service package'), service.package?.name ?? (audience === 'client' ? undefined : service.package?.id)),
      row(
        msg('Service chain'),
        service.chain
          ? [service.chain.name ?? (audience === 'client' ? undefined : service.chain.id), service.chain.step]
              .filter(Boolean)
              .join(' › ') || undefined
          : undefined,
      ),
    ])}
  </li>`;
}

function partView(
  part: PlanPart,
  plan: ClientPlan,
  audience: Audience,
  professional: boolean,
  slots: PartSlots,
): TemplateResult {
  const changed = msg(str`Last changed by ${person(part.author)} on ${date(part.updatedAt)}`);
  return html`<section
    class="part card"
    part="producer-part"
    data-producer=${part.producer.id}
    aria-label=${part.producer.name}
  >
    <h4>${part.producer.name}</h4>
    <p class="part-meta">
      <span class="producer-type">${producerTypeLabel(part.producerType)}</span>
      <span class="changed">${changed}</span>
    </p>
    ${slots.tools}
    ${
      slots.form !== nothing
        ? slots.form
        : html`${
            part.services.length
              ? html`<ul class="services">
                  ${part.services.map((s) => serviceView(s, plan, audience))}
                </ul>`
              : html`<p class="muted">${msg('No services in this part.')}</p>`
          }
          ${
            part.responsibilities.length
              ? html`<h5>${audience === 'client' ? msg('What they take care of') : msg('Responsibilities')}</h5>
                  <ul>
                    ${part.responsibilities.map((r) => html`<li>${r}</li>`)}
                  </ul>`
              : nothing
          }
          ${
            professional && part.notes
              ? html`<h5>${msg('Notes')}</h5>
                  <p class="text">${part.notes}</p>`
              : nothing
          }`
    }
  </section>`;
}

/** Every producer's part, in the plan's order. */
export function partsView(
  parts: readonly PlanPart[],
  plan: ClientPlan,
  audience: Audience,
  professional: boolean,
  slots: (part: PlanPart) => PartSlots,
): TemplateResult {
  if (!parts.length) return html`<p class="muted">${msg('No producer has a part in the plan yet.')}</p>`;
  return html`<div class="parts cards">${parts.map((p) => partView(p, plan, audience, professional, slots(p)))}</div>`;
}

/** The services by service package and the service chains with their steps; nothing when no service names either. */
export function servicePlacement(parts: readonly PlanPart[], audience: Audience): TemplateResult | typeof nothing {
  const groups = packageGroups(parts);
  const chains = serviceChains(parts);
  if (!groups.length && !chains.length) return nothing;
  const client = audience === 'client';
  return html`${
    groups.length
      ? html`<h4 id="packages-heading">${msg('Service packages')}</h4>
          <ul class="packages cards" role="list" aria-labelledby="packages-heading">
            ${groups.map(
              (g) =>
                html`<li class="package card">
                  <strong
                    >${g.name ?? (g.id ? (client ? msg('Service package') : g.id) : msg('Not in a package'))}</strong
                  >
                  <ul>
                    ${g.services.map(
                      ({ service, part }) =>
                        html`<li>
                          ${service.name} — ${part.producer.name} (${serviceStatusLabel(service.status, audience)})
                        </li>`,
                    )}
                  </ul>
                </li>`,
            )}
          </ul>`
      : nothing
  }
  ${chains.map(
    (chain) =>
      html`<section class="chain" part="chain" aria-label=${chain.name ?? msg('Service chain')}>
        <h4>${msg(str`Service chain: ${chain.name ?? (client ? '' : chain.id)}`)}</h4>
        <ol class="steps">
          ${chain.steps.map(
            (step) =>
              html`<li class="step ${step.gap ? 'gap' : ''} ${step.overlap ? 'overlap' : ''}">
                <strong>${step.name}</strong>:
                ${
                  step.gap
                    ? html`<span class="warning">${msg('Gap: no producer covers this step.')}</span>`
                    : step.overlap
                      ? html`<span class="warning"
                          >${msg(str`Overlap: ${formatList(step.producers.map((p) => p.name))} all cover this step.`)}</span
                        >`
                      : step.producers.map((p) => p.name).join('')
                }
                ${
                  step.services.length
                    ? html`<span class="step-services"
                        >(${formatList(step.services.map(({ service }) => service.name))})</span
                      >`
                    : nothing
                }
              </li>`,
          )}
        </ol>
      </section>`,
  )}`;
}
