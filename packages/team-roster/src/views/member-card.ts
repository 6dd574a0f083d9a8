import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { hasMeetingHistory, isClientSide, membershipState, type Team, type TeamMember } from '@saumaton/core';
import { formatDate } from '@saumaton/elements';
import { accessBasisLabel, memberName, roleLabel } from '../labels.js';

/** What a member's card can do when the viewer may edit; absent for a read-only view. */
export interface MemberActions {
  /** True while a form is open: the other edit buttons wait. */
  readonly busy: boolean;
  /** True while a save is in flight: buttons are `aria-disabled` (and do nothing), so focus stays. */
  readonly saving: boolean;
  /** The member whose removal is being confirmed, if any. */
  readonly confirmingRemoval: string | undefined;
  readonly onEdit: (member: TeamMember, trigger: string) => void;
  readonly onHandOver: (member: TeamMember, trigger: string) => void;
  readonly onAskRemove: (member: TeamMember) => void;
  readonly onConfirmRemove: (member: TeamMember) => void;
  readonly onCancel: () => void;
}

/** One member's card: name, role, organisation details, contacts unless withheld, membership, actions. */
export function memberCard(team: Team, m: TeamMember, withheld: boolean, actions?: MemberActions): TemplateResult {
  const isCoordinator = m.role === 'coordinator';
  const upcoming = membershipState(m) === 'upcoming';
  return html`<li
    class="member card ${isCoordinator ? 'coordinator' : ''}"
    part=${isCoordinator ? 'member coordinator' : 'member'}
  >
    <p>
      <span class="name">${memberName(m)}</span>
      <span class="role"
        >${isCoordinator ? html`<span aria-hidden="true">★ </span>` : nothing}${roleLabel(m.role)}</span
      >
    </p>
    ${
      m.unresolved
        ? html`<p class="muted unresolved">
            ${msg(str`Their record could not be found. The team refers to them as “${m.name}”.`)}
          </p>`
        : nothing
    }
    ${
      m.title || m.qualifications?.length
        ? html`<p class="muted">${[m.title, ...(m.qualifications ?? [])].filter(Boolean).join(' · ')}</p>`
        : nothing
    }
    ${m.relationship ? html`<p class="muted">${m.relationship}</p>` : nothing}
    <dl>
      ${
        m.serviceTask
          ? html`<dt>${msg('Service task')}</dt>
              <dd>${m.serviceTask}</dd>`
          : nothing
      }
      ${
        m.responsibilities?.length
          ? html`<dt>${msg('Responsibilities')}</dt>
              <dd>
                <ul>
                  ${m.responsibilities.map((r) => html`<li>${r}</li>`)}
                </ul>
              </dd>`
          : nothing
      }
      ${
        m.contact?.phone
          ? html`<dt>${msg('Phone')}</dt>
              <dd><a href=${`tel:${m.contact.phone.replace(/[^+0-9]/g, '')}`}>${m.contact.phone}</a></dd>`
          : nothing
      }
      ${
        m.contact?.email
          ? html`<dt>${msg('Email')}</dt>
              <dd>
                <a href=${`mailto:${encodeURIComponent(m.contact.email).replace('%40', '@')}`}>${m.contact.email}</a>
              </dd>`
          : nothing
      }
      ${
        m.reachability
          ? html`<dt>${msg('Reachable')}</dt>
              <dd>${m.reachability}</dd>`
          : nothing
      }
      ${
        m.period?.start
          ? html`<dt>${upcoming ? msg('Joins on') : msg('Member since')}</dt>
              <dd><time datetime=${m.period.start}>${formatDate(m.period.start)}</time></dd>`
          : nothing
      }
      ${
        m.accessBasis
          ? html`<dt>${msg('Basis for data access')}</dt>
              <dd>${accessBasisLabel(m.accessBasis)}</dd>`
          : nothing
      }
    </dl>
    ${withheld && isClientSide(m) ? html`<p class="muted">${msg('Contact details not shown (turvakielto).')}</p>` : nothing}
    ${actions ? memberActions(team, m, actions) : nothing}
  </li>`;
}

function memberActions(team: Team, m: TeamMember, a: MemberActions): TemplateResult {
  const saving = a.saving ? 'true' : 'false';
  if (a.confirmingRemoval === m.id) {
    const history = hasMeetingHistory(team, m.id);
    return html`<div class="actions" role="group" aria-label=${msg(str`Remove ${m.name}`)}>
      <p>
        ${
          history
            ? msg(str`${m.name} took part in meetings, so they stay on record as a past member from today.`)
            : msg(str`Remove ${m.name} from the team?`)
        }
      </p>
      <button
        type="button"
        class="danger"
        id=${`confirm-remove-${m.id}`}
        aria-disabled=${saving}
        @click=${() => a.onConfirmRemove(m)}
      >
        ${history ? msg('End membership') : msg('Remove')}
      </button>
      <button type="button" @click=${a.onCancel}>${msg('Cancel')}</button>
    </div>`;
  }
  // The visible label comes first in the accessible name; the hidden name tells the buttons apart.
  const whose = html`<span class="visually-hidden">: ${m.name}</span>`;
  const isCoordinator = m.role === 'coordinator';
  return html`<div class="actions">
    <button
      type="button"
      id=${`edit-${m.id}`}
      ?disabled=${a.busy}
      aria-disabled=${saving}
      @click=${() => a.onEdit(m, `edit-${m.id}`)}
    >
      ${msg('Edit')}${whose}
    </button>
    ${
      !isCoordinator && !isClientSide(m)
        ? html`<button
            type="button"
            id=${`handover-${m.id}`}
            ?disabled=${a.busy}
            aria-disabled=${saving}
            @click=${() => a.onHandOver(m, `edit-${m.id}`)}
          >
            ${msg('Make coordinator')}${whose}
          </button>`
        : nothing
    }
    ${
      isCoordinator
        ? html`<p class="hint">${msg('To remove the coordinator, first hand the role over to another member.')}</p>`
        : html`<button
            type="button"
            class="danger"
            id=${`remove-${m.id}`}
            ?disabled=${a.busy}
            aria-disabled=${saving}
            @click=${() => a.onAskRemove(m)}
          >
            ${msg('Remove')}${whose}
          </button>`
    }
  </div>`;
}
