/**
 * The whole plan, read: every section of DOMAIN §3.1 as functions of data and callbacks (no
 * `this`). The professional's order follows SHL § 39; the client's puts their own views and
 * goals first, in plain language, without internal notes or codes.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { maskIdentityCode, reviewStatus, type ClientPlan, type PlanGoal, type PlanPart } from '@saumaton/core';
import { formatList } from '@saumaton/elements';
import {
  achievementLabel,
  goalStatusLabel,
  partyLabel,
  personKindLabel,
  planStatusLabel,
  reviewText,
  setByLabel,
  type Audience,
} from '../labels.js';
import { date, languageName, person, row, section, terms, text } from './bits.js';
import { bothViews } from './views.js';
import { partsView, servicePlacement, type PartSlots } from './parts.js';

/** What the plan view is drawn from. */
export interface PlanViewData {
  readonly plan: ClientPlan;
  /** The parts to show (the viewer's own as its part controller holds it). */
  readonly parts: readonly PlanPart[];
  readonly version: string;
  readonly audience: Audience;
  /** The viewer is a professional: the turvakielto marker and producers' notes are for them. */
  readonly professional: boolean;
  readonly today: string;
  readonly locale: string;
  /** The trend beside a goal that follows a meter area (loaded lazily); nothing until then. */
  readonly goalTrend: (goal: PlanGoal, index: number) => TemplateResult | typeof nothing;
  /** What goes into each part: its edit button, form, conflict. */
  readonly partSlots: (part: PlanPart) => PartSlots;
  /** A part for the viewer's producer that does not exist yet, and the button to add it. */
  readonly newPart: TemplateResult | typeof nothing;
  /** The common sections' edit button, form and conflict, above the sections. */
  readonly commonTools: TemplateResult | typeof nothing;
  /** Recording a review: its button, form and conflict, in the follow-up section. */
  readonly reviewTools: TemplateResult | typeof nothing;
}

/** The disclaimer, stated plainly near the top: the plan is not a decision. */
export function disclaimer(audience: Audience): TemplateResult {
  return html`<div class="disclaimer" part="disclaimer" role="note">
    <p>
      <strong>${msg('The plan is not a decision.')}</strong>
      ${
        audience === 'client'
          ? msg(
              'The plan helps you and the professionals to plan and coordinate your services. A service written in the plan has not been granted to you. Each service is decided on separately, and you can appeal that decision.',
            )
          : msg(
              'The client plan is a planning and coordination tool. A service listed in it is not a granted service: services are decided on separately, and those decisions can be appealed.',
            )
      }
    </p>
  </div>`;
}

function header(data: PlanViewData): TemplateResult {
  const { plan, audience } = data;
  const h = plan.header;
  const client = audience === 'client';
  const identity = h.client.identityCode
    ? maskIdentityCode(h.client.identityCode)
    : client
      ? undefined
      : h.client.temporaryId;
  const producers = h.producers.map((p) => (client ? p.name : `${p.name} (${p.id})`));
  return html`<header class="plan-header" part="header">
    <h2 id="plan-title" tabindex="-1">${h.documentName}</h2>
    ${
      data.professional && plan.clienthood.turvakielto
        ? html`<p class="marker turvakielto" part="turvakielto">
            <strong>${msg('Non-disclosure for safety (turvakielto).')}</strong>
            ${msg('Addresses and contact details of the client and the people on their side are not shown.')}
          </p>`
        : nothing
    }
    ${disclaimer(audience)}
    ${terms([
      row(client ? msg('Name') : msg('Client'), h.client.name),
      row(msg('Personal identity code'), identity),
      row(
        client ? msg('Responsible for the plan') : msg('Organiser'),
        client ? h.organizer.name : `${h.organizer.name} (${h.organizer.id})`,
      ),
      row(msg('Service producers'), producers.length ? formatList(producers) : undefined),
      row(client ? msg('Written by') : msg('Author'), person(h.author)),
      row(msg('Created'), date(h.createdAt)),
      row(
        msg('Last updated'),
        plan.updatedAt
          ? plan.updatedBy
            ? msg(str`${date(plan.updatedAt)}, ${person(plan.updatedBy)}`)
            : date(plan.updatedAt)
          : undefined,
      ),
      row(msg('Service tasks'), h.serviceTasks.length ? formatList(h.serviceTasks) : undefined),
      row(msg('Status'), html`<span class="status">${planStatusLabel(plan.status, audience)}</span>`),
      client ? nothing : row(msg('Version'), data.version),
    ])}
    <p class="print-meta">${msg(str`Version ${data.version}, printed ${date(data.today)}`)}</p>
  </header>`;
}

function clienthood(data: PlanViewData): TemplateResult {
  const c = data.plan.clienthood;
  const worker = c.responsibleWorker;
  const client = data.audience === 'client';
  return section(
    'clienthood',
    client ? msg('Your client relationship') : msg('Clienthood'),
    terms([
      row(msg('Start date'), date(c.startDate)),
      row(
        worker ? personKindLabel(worker.kind) : msg('Named worker'),
        worker
          ? html`${person(worker)}${
              worker.contact?.phone || worker.contact?.email
                ? html`<br /><span class="contact"
                      >${[worker.contact.phone, worker.contact.email].filter(Boolean).join(', ')}</span
                    >`
                : nothing
            }`
          : undefined,
      ),
      row(msg('End date'), date(c.endDate)),
      row(msg('Reason for ending'), c.endReason),
    ]),
  );
}

function context(data: PlanViewData): TemplateResult | typeof nothing {
  const ctx = data.plan.context;
  if (!ctx) return nothing;
  // Under turvakielto the contact details of the people on the client's side are never rendered.
  const hidden = data.plan.clienthood.turvakielto;
  const contact = (c: { phone?: string; email?: string } | undefined) =>
    !hidden && (c?.phone || c?.email)
      ? html`<br /><span class="contact">${[c.phone, c.email].filter(Boolean).join(', ')}</span>`
      : nothing;
  const people = [
    ...(ctx.representatives ?? []).map(
      (r) =>
        html`<li>
          <strong>${r.name}</strong> (${personKindLabel(r.kind)})${r.competence ? html`: ${r.competence}` : nothing}
          ${contact(r.contact)}
        </li>`,
    ),
    ...(ctx.closePersons ?? []).map(
      (p) =>
        html`<li>
          <strong>${p.name}</strong> (${personKindLabel(p.kind)}${p.role ? `, ${p.role}` : ''})${
            p.tasks ? html`: ${p.tasks}` : nothing
          }
          ${contact(p.contact)}
        </li>`,
    ),
  ];
  return section(
    'context',
    data.audience === 'client' ? msg('Language and the people close to you') : msg('Context'),
    html`${terms([
      row(msg('Mother tongue'), languageName(ctx.motherTongue, data.locale)),
      row(msg('Language of service'), languageName(ctx.languageOfService, data.locale)),
    ])}
    ${
      people.length
        ? html`<h4>${msg('Representatives, close persons and support persons')}</h4>
            <ul class="people">
              ${people}
            </ul>`
        : nothing
    }
    ${hidden && data.professional && people.length ? html`<p class="muted">${msg('Contact details not shown (turvakielto).')}</p>` : nothing}`,
  );
}

function goalView(goal: PlanGoal, index: number, data: PlanViewData): TemplateResult {
  const audience = data.audience;
  const setBy = setByLabel(goal.setBy.kind, audience);
  // A review's evaluation of the goal that the goal itself also records (same day, same result) is shown once.
  const own = goal.evaluations ?? [];
  const unique = [
    ...own,
    ...(data.plan.followUp.entries ?? [])
      .flatMap((e) => (e.goalEvaluations ?? []).filter((g) => g.goalId === goal.id))
      .filter((e) => !own.some((o) => o.date.slice(0, 10) === e.date.slice(0, 10) && o.achievement === e.achievement)),
  ];
  return html`<li class="goal card" part="goal">
    <div class="goal-text">
      <h4>${goal.text}</h4>
      ${terms([
        row(audience === 'client' ? msg('How we get there') : msg('Means'), goal.means),
        row(msg('Status'), html`<span class="status">${goalStatusLabel(goal.status, audience)}</span>`),
        row(msg('Set by'), goal.setBy.name ? `${setBy} (${goal.setBy.name})` : setBy),
        row(msg('Target date'), date(goal.targetDate)),
      ])}
      ${
        unique.length
          ? html`<h5>${msg('Evaluations')}</h5>
              <ul class="evaluations">
                ${unique.map(
                  (e) =>
                    html`<li>
                      ${date(e.date)}:
                      <strong>${achievementLabel(e.achievement)}</strong>${e.text ? html` — ${e.text}` : nothing}
                      ${e.by ? html`(${person(e.by)})` : nothing}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </div>
    ${goal.meter && goal.areaLinkId ? html`<div class="goal-trend">${data.goalTrend(goal, index)}</div>` : nothing}
  </li>`;
}

function goals(data: PlanViewData): TemplateResult {
  const list = data.plan.goals;
  return section(
    'goals',
    data.audience === 'client' ? msg('Your goals') : msg('Goals and means'),
    list.length
      ? html`<ul class="goals cards" role="list">
          ${list.map((g, i) => goalView(g, i, data))}
        </ul>`
      : html`<p class="muted">${msg('No goals yet.')}</p>`,
  );
}

function shortSections(data: PlanViewData): TemplateResult[] {
  const { plan, audience } = data;
  const client = audience === 'client';
  const out: TemplateResult[] = [];
  if (plan.meetingFrequency) {
    out.push(
      section('meetings', client ? msg('How often we meet') : msg('Meeting frequency'), text(plan.meetingFrequency)),
    );
  }
  if (plan.strengths) {
    out.push(
      section('strengths', client ? msg('Your strengths') : msg('Strengths and resources'), text(plan.strengths)),
    );
  }
  if (plan.expectedDuration) {
    out.push(
      section(
        'duration',
        client
          ? msg('How long the services are expected to last')
          : msg('Estimated duration of the client relationship'),
        text(plan.expectedDuration),
      ),
    );
  }
  return out;
}

function partners(data: PlanViewData): TemplateResult | typeof nothing {
  const { plan, audience } = data;
  const partnerList = plan.partners ?? [];
  const responsibilities = plan.responsibilities ?? [];
  if (!partnerList.length && !responsibilities.length) return nothing;
  const producerName = (id: string | undefined) =>
    id
      ? (
          plan.header.producers.find((p) => p.id === id) ??
          (plan.header.organizer.id === id ? plan.header.organizer : undefined)
        )?.name
      : undefined;
  return section(
    'partners',
    audience === 'client' ? msg('Who does what') : msg('Partners and division of responsibilities'),
    html`${
      partnerList.length
        ? html`<h4>${msg('Partners')}</h4>
            <ul>
              ${partnerList.map((p) => html`<li><strong>${p.name}</strong>${p.role ? html`: ${p.role}` : nothing}</li>`)}
            </ul>`
        : nothing
    }
    ${
      responsibilities.length
        ? html`<h4>${msg('Responsibilities')}</h4>
            <ul class="responsibilities">
              ${responsibilities.map((r) => {
                const who = [partyLabel(r.party, audience), r.name ?? producerName(r.organizationId)]
                  .filter(Boolean)
                  .join(': ');
                return html`<li><strong>${who}</strong> — ${r.text}</li>`;
              })}
            </ul>`
        : nothing
    }`,
  );
}

function followUp(data: PlanViewData): TemplateResult {
  const { plan, audience } = data;
  const status = reviewStatus(plan, data.today);
  const next = plan.followUp.nextReviewDate;
  const entries = [...(plan.followUp.entries ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const goalText = (id: string) => plan.goals.find((g) => g.id === id)?.text ?? id;
  return section(
    'follow-up',
    audience === 'client' ? msg('How we follow how things go') : msg('Follow-up and evaluation'),
    html`${text(plan.followUp.method)}
    ${
      next
        ? html`<p class="review ${status?.kind ?? ''}" part="next-review">
            ${
              status
                ? html`<strong class="due-state">${reviewText(status)}</strong>: ${msg(str`next review ${date(next)}`)}`
                : html`${msg('Next review')}: ${date(next)}`
            }
          </p>`
        : html`<p class="muted">${msg('No next review date set.')}</p>`
    }
    ${data.reviewTools}
    ${
      entries.length
        ? html`<h4>${msg('Reviews held')}</h4>
            <ol class="reviews" reversed>
              ${entries.map(
                (e) =>
                  html`<li>
                    <h5>${date(e.date)}</h5>
                    ${terms([
                      row(audience === 'client' ? msg('What you said') : msg('Client’s feedback'), e.clientFeedback),
                      row(msg('Team’s feedback'), e.teamFeedback),
                      row(
                        msg('Goals evaluated'),
                        e.goalEvaluations?.length
                          ? formatList(
                              e.goalEvaluations.map((g) => `${goalText(g.goalId)}: ${achievementLabel(g.achievement)}`),
                            )
                          : undefined,
                      ),
                      row(msg('Next review'), date(e.nextReviewDate)),
                      row(msg('Recorded by'), person(e.recordedBy)),
                    ])}
                  </li>`,
              )}
            </ol>`
        : nothing
    }`,
  );
}

function evaluation(data: PlanViewData): TemplateResult | typeof nothing {
  const e = data.plan.evaluation;
  if (!e) return nothing;
  return section(
    'evaluation',
    msg('Evaluation of the plan'),
    terms([
      row(msg('Date'), date(e.date)),
      row(data.audience === 'client' ? msg('What you said') : msg('Client’s view'), e.clientView),
      row(msg('Participants’ view'), e.participantsView),
      row(msg('Worker’s assessment of how the goals were reached'), e.workerAssessment),
      row(msg('Evaluated by'), person(e.by)),
    ]),
  );
}

function health(data: PlanViewData): TemplateResult | typeof nothing {
  const hp = data.plan.health;
  if (!hp) return nothing;
  return section(
    'health',
    data.audience === 'client' ? msg('Your health care') : msg('Health part'),
    terms([
      row(msg('Care needs'), hp.careNeeds),
      row(msg('Goals'), hp.goals),
      row(msg('Implementation and means'), hp.implementation),
      row(msg('Follow-up'), hp.followUp),
      row(msg('Professional'), person(hp.professional)),
    ]),
  );
}

function services(data: PlanViewData): TemplateResult {
  return section(
    'services',
    data.audience === 'client' ? msg('Your services and who provides them') : msg('Services and producers’ parts'),
    html`<p class="hint">
        ${
          data.audience === 'client'
            ? msg('Each service provider keeps its own part of the plan up to date.')
            : msg('Each producer complements, updates and carries out its own part; the other parts are read-only.')
        }
      </p>
      ${partsView(data.parts, data.plan, data.audience, data.professional, data.partSlots)} ${data.newPart}
      ${servicePlacement(data.parts, data.audience)}`,
  );
}

function whatIfWrong(): TemplateResult {
  return section(
    'if-wrong',
    msg('If something in the plan is wrong'),
    html`<p class="text">
      ${msg(
        'Tell your named worker or the worker responsible for your services. You can ask for the plan to be corrected, and you can add your own view to it.',
      )}
    </p>`,
  );
}

/** The whole plan. */
export function planView(data: PlanViewData): TemplateResult {
  const { plan, audience } = data;
  const client = audience === 'client';
  const views = [
    bothViews(
      'support-need',
      client ? msg('What you need support with') : msg('Support need'),
      plan.supportNeed,
      audience,
    ),
    bothViews(
      'services-needed',
      client ? msg('What services and help you need') : msg('Services and measures needed'),
      plan.servicesNeeded,
      audience,
    ),
  ];
  const body = client
    ? [
        ...views,
        goals(data),
        services(data),
        ...shortSections(data),
        partners(data),
        followUp(data),
        evaluation(data),
        health(data),
        clienthood(data),
        context(data),
        whatIfWrong(),
      ]
    : [
        clienthood(data),
        context(data),
        ...views,
        services(data),
        ...shortSections(data),
        goals(data),
        partners(data),
        followUp(data),
        evaluation(data),
        health(data),
      ];
  return html`<article class="plan ${client ? 'client-mode' : ''}" part="plan" aria-labelledby="plan-title">
    ${header(data)} ${data.commonTools} ${body}
  </article>`;
}
