import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { coordinators, type Client, type Team, type TeamMember } from '@saumaton/core';
import { formatDate, formatList } from '@saumaton/elements';
import { memberName, producerTypeLabel, roleLabel, statusLabel } from '../labels.js';
import { memberCard, type MemberActions } from './member-card.js';

/** Groups professionals by organisation, the coordinator's organisation first, the unrecorded last. */
export function groupByOrganization(members: readonly TeamMember[]): { key: string; members: TeamMember[] }[] {
  const groups = new Map<string, TeamMember[]>();
  for (const member of members) {
    const key = member.organization?.id ?? '';
    groups.set(key, [...(groups.get(key) ?? []), member]);
  }
  const rank = (list: TeamMember[]) => (list.some((m) => m.role === 'coordinator') ? 0 : 1);
  return [...groups.entries()]
    .map(([key, list]) => ({
      key,
      members: list.sort((a, b) => Number(b.role === 'coordinator') - Number(a.role === 'coordinator')),
    }))
    .sort((a, b) => rank(a.members) - rank(b.members) || (a.key === '' ? 1 : b.key === '' ? -1 : 0));
}

/** The heading, the team's status, the client and the coordinator. */
export function teamHeader(
  team: Team,
  client: Client | undefined,
  coordinator: TeamMember | undefined,
): TemplateResult {
  return html`<header>
      <h2 id="team-heading" tabindex="-1">${msg('Multi-service team')}</h2>
      <span class="status">${statusLabel(team.status)}</span>
    </header>
    <div class="summary">
      ${client ? html`<p>${msg('Client:')} <span class="name">${client.name}</span></p>` : nothing}
      <p>
        ${msg('Coordinator:')}
        ${
          coordinator
            ? html`<span class="name">${coordinator.name}</span
                >${coordinator.organization ? html`, ${coordinator.organization.name}` : nothing}`
            : html`<span class="muted">${msg('not chosen yet')}</span>`
        }
      </p>
    </div>`;
}

/** Why contact details are missing: turvakielto, or a client record that could not be checked. */
export function withheldNote(client: Client | undefined): TemplateResult {
  return html`<p class="notice" role="note">
    ${
      client
        ? msg(
            'Non-disclosure for safety (turvakielto): the contact details of the client and of the people on the client’s side are not shown.',
          )
        : msg(
            'The client’s details could not be checked, so the contact details of the client and of the people on the client’s side are not shown.',
          )
    }
  </p>`;
}

export interface ToolbarActions {
  readonly busy: boolean;
  readonly saving: boolean;
  readonly onAddMember: (trigger: string) => void;
  readonly onRecordMeeting: (trigger: string) => void;
}

export function toolbar(team: Team, a: ToolbarActions): TemplateResult {
  const saving = a.saving ? 'true' : 'false';
  return html`<div class="toolbar" role="group" aria-label=${msg('Edit the team')}>
    <button
      type="button"
      id="add-member"
      ?disabled=${a.busy}
      aria-disabled=${saving}
      @click=${() => a.onAddMember('add-member')}
    >
      ${msg('Add member')}
    </button>
    <button
      type="button"
      id="record-meeting"
      ?disabled=${a.busy || team.members.length === 0}
      aria-disabled=${saving}
      @click=${() => a.onRecordMeeting('record-meeting')}
    >
      ${msg('Record a meeting')}
    </button>
  </div>`;
}

/** The professionals, by organisation; with the coordinator rule spelled out to an editor. */
export function professionalsSection(team: Team, members: TeamMember[], actions?: MemberActions): TemplateResult {
  const coordinator = coordinators(team)[0];
  return html`<section aria-labelledby="professionals-heading">
    <h3 id="professionals-heading">${msg('Professionals')}</h3>
    ${
      actions
        ? html`<p class="hint">
            ${
              coordinator
                ? msg(
                    str`A team has one coordinator at a time. Making someone else coordinator moves the role from ${coordinator.name}.`,
                  )
                : msg('A team has one coordinator at a time. Choose one with “Make coordinator”.')
            }
          </p>`
        : nothing
    }
    ${groupByOrganization(members).map((group, i) => {
      const org = group.members[0]?.organization;
      return html`<section class="organization" aria-labelledby=${`org-${i}`}>
        <h4 id=${`org-${i}`}>
          <span>${org?.name ?? msg('Organisation not recorded')}</span>
          ${org?.producerType ? html`<span class="producer-type">${producerTypeLabel(org.producerType)}</span>` : nothing}
        </h4>
        <ul class="members cards" role="list">
          ${group.members.map((m) => memberCard(team, m, false, actions))}
        </ul>
      </section>`;
    })}
  </section>`;
}

/** The client and the people on the client's side; their contact details withheld under turvakielto. */
export function clientSideSection(
  team: Team,
  members: TeamMember[],
  withheld: boolean,
  actions?: MemberActions,
): TemplateResult {
  return html`<section aria-labelledby="client-side-heading">
    <h3 id="client-side-heading">${msg('The client and the people on the client’s side')}</h3>
    <ul class="members cards" role="list">
      ${members.map((m) => memberCard(team, m, withheld, actions))}
    </ul>
  </section>`;
}

export function pastMembersSection(past: TeamMember[]): TemplateResult {
  return html`<section aria-labelledby="past-heading">
    <h3 id="past-heading">${msg('Past members')}</h3>
    <ul class="members cards" role="list">
      ${past.map(
        (m) =>
          html`<li class="member card" part="member">
            <p><span class="name">${memberName(m)}</span> <span class="role">${roleLabel(m.role)}</span></p>
            ${m.organization ? html`<p class="muted">${m.organization.name}</p>` : nothing}
            <p>
              ${msg('Membership:')}
              ${m.period?.start ? html`<time datetime=${m.period.start}>${formatDate(m.period.start)}</time>` : nothing}
              – ${m.period?.end ? html`<time datetime=${m.period.end}>${formatDate(m.period.end)}</time>` : nothing}
            </p>
          </li>`,
      )}
    </ul>
  </section>`;
}

/** The meetings, newest first, with participants (an unknown one named as such) and decisions. */
export function meetingsSection(team: Team): TemplateResult {
  const names = new Map(team.members.map((m) => [m.id, memberName(m)]));
  const meetings = [...team.meetings].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return html`<section aria-labelledby="meetings-heading">
    <h3 id="meetings-heading">${msg('Meetings')}</h3>
    ${
      meetings.length === 0
        ? html`<p class="muted">${msg('No meetings have been recorded yet.')}</p>`
        : html`<ol class="meetings" role="list" part="meetings">
            ${meetings.map(
              (m) =>
                html`<li class="meeting">
                  <h4><time datetime=${m.date}>${formatDate(m.date)}</time></h4>
                  <p>
                    ${msg('Participants:')}
                    ${formatList(m.participants.map((p) => names.get(p) ?? msg('an unknown participant')))}
                  </p>
                  ${
                    m.decisions.length
                      ? html`<p>${msg('Decisions:')}</p>
                          <ul>
                            ${m.decisions.map((d) => html`<li>${d}</li>`)}
                          </ul>`
                      : nothing
                  }
                </li>`,
            )}
          </ol>`
    }
  </section>`;
}
