import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  NotFoundError,
  TeamSchema,
  ValidationError,
  contactsWithheld,
  coordinators,
  isClientSide,
  newId,
  parseVersioned,
  recognizeError,
  redactTeam,
  splitMembers,
  today,
  type AnyAdapter,
  type Client,
  type Edit,
  type Team,
  type TeamRef,
  type Versioned,
} from '@saumaton/core';
import {
  Announcer,
  FocusController,
  readClient,
  ResourceController,
  SaumatonElement,
  describeError,
  type SaumatonErrorEvent,
  type SaumatonSavedEvent,
  formStyles,
  renderConflict,
  renderEmpty,
  renderError,
  renderLoading,
} from '@saumaton/elements';
import type * as Editing from './roster-editing.js';
import type { OpenForm } from './roster-editing.js';
import { ruleMessage } from './labels.js';
import { rosterLocaleLoaders } from './locales.js';
import { rosterStyles } from './roster-styles.js';
import type { MemberActions } from './views/member-card.js';
import {
  clientSideSection,
  meetingsSection,
  pastMembersSection,
  professionalsSection,
  teamHeader,
  toolbar,
  withheldNote,
} from './views/sections.js';

/**
 * The events `<saumaton-team-roster>` fires, as its `addEventListener` types them: a host listening
 * on the roster reads `event.detail.value.members` without narrowing by `kind`.
 */
export interface TeamRosterEventMap extends HTMLElementEventMap {
  'saumaton-saved': SaumatonSavedEvent<'team'>;
  'saumaton-error': SaumatonErrorEvent;
}

/**
 * The multi-service team around one client: members grouped by organisation with their roles and
 * the one coordinator, the client and the people on the client's side, past members, and the
 * team's meetings. Under `turvakielto` the client-side contact details are not rendered at all.
 * Professionals edit the team when `editable` is set; every save is checked against the version
 * it was based on, and a conflict keeps the user's change.
 *
 * @summary The multi-service team roster.
 * @tag saumaton-team-roster
 *
 * The adapter needs `getTeam`, and `saveTeam` for editing; `getClient` lets it check turvakielto
 * (without it, or when it fails, contact details are withheld). Only a professional viewer may edit.
 *
 * @fires {SaumatonSavedEvent<'team'>} saumaton-saved - A change reached the backend. `detail: { kind: 'team', value, version }`. The value is the team as saved, not redacted: the host page owns the adapter it came from.
 * @fires {SaumatonErrorEvent} saumaton-error - Loading or saving failed. `detail: { error }` with the adapter's error.
 *
 * @csspart state - The loading, empty, error and conflict panels.
 * @csspart member - One member's card.
 * @csspart coordinator - The coordinator's card (also a `member`).
 * @csspart meetings - The list of meetings.
 *
 * @cssprop --saumaton-color-accent - The coordinator's highlight and primary buttons.
 * @cssprop --saumaton-color-accent-soft - The coordinator card's background.
 * @cssprop --saumaton-color-notice - Background of notices such as the turvakielto note.
 */
export class TeamRoster extends SaumatonElement<TeamRosterEventMap> {
  static override styles = [...SaumatonElement.styles, formStyles, rosterStyles];
  static override localeLoaders = rosterLocaleLoaders;

  /** The team to show. Takes precedence over `client-id`. */
  @property({ attribute: 'team-id', reflect: true }) teamId?: string;

  /** The client whose team to show, when `team-id` is not set. */
  @property({ attribute: 'client-id', reflect: true }) clientId?: string;

  /** Lets a professional viewer add, edit and remove members, hand over the coordinator role and record meetings. */
  @property({ type: Boolean, reflect: true }) editable = false;

  @state() private editing: OpenForm | undefined;
  @state() private confirmingRemoval: string | undefined;

  private readonly focusing = new FocusController(this);
  private readonly announcer = new Announcer(this);
  /** The forms and edits, loaded when a professional may edit (`roster-editing.ts`). */
  private readonly tools = this.lazyModule<typeof Editing>(() => import('./roster-editing.js'));

  private readonly team = new ResourceController<Team, Client | undefined, TeamRef>(this, {
    kind: 'team',
    adapter: () => this.resolvedAdapter,
    requires: ['getTeam'],
    ref: () => (this.teamId ? { teamId: this.teamId } : this.clientId ? { clientId: this.clientId } : undefined),
    read: (adapter, ref, signal) => this.read(adapter, ref, signal),
    // Unreadable, the client is treated as under turvakielto (fails closed).
    context: (adapter, team, signal) => readClient(adapter, team.clientId, signal),
    write: async (adapter, team, ifMatch, signal) =>
      parseVersioned(TeamSchema, await adapter.saveTeam!(team, ifMatch, { signal })),
    parse: (answer) => parseVersioned(TeamSchema, answer),
    // Refuse only what a change newly breaks: a team that arrived broken can still be mended.
    // Every change starts from the editing tools (`withTools`), which hold the rules.
    check: (before, after) => this.tools.value?.newlyBrokenRules(before, after) ?? [],
    subscribe: (adapter, team, listener) => adapter.subscribe?.({ kind: 'team', teamId: team.id }, listener),
    auditOf: (team) => ({ id: team.id, clientId: team.clientId }),
    onReset: () => this.stopEditing(),
    busy: () => this.editing !== undefined || this.confirmingRemoval !== undefined,
    onRemoteChange: () => this.announcer.announce(msg('Someone else updated the team.')),
    onSaved: (_, created) => {
      this.closeForms();
      this.announcer.announce(created ? msg('The team was created.') : msg('Saved.'));
    },
    onConflict: () => {
      this.confirmingRemoval = undefined;
      this.focusing.focusAfterUpdate('#conflict-heading');
    },
  });

  /** True when the viewer may change the team here, and the adapter can save. */
  private get canEdit(): boolean {
    return this.editable && this.resolvedViewer?.kind === 'professional' && this.team.can('saveTeam');
  }

  /** Loads the team again, as the error state's "Try again" does. */
  reload(): Promise<void> {
    return this.team.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Editing stops the moment it is no longer allowed: `editable` removed, another viewer.
    if (!this.canEdit) this.stopEditing();
    else if (this.team.value) this.tools.prefetch();
  }

  /** Runs `action` with the editing tools, loading them first if need be; says so when they cannot load. */
  private withTools(action: (tools: typeof Editing) => void): void {
    this.tools.run(action, (message) => this.announcer.announce(message));
  }

  private stopEditing(): void {
    this.editing = undefined;
    this.confirmingRemoval = undefined;
  }

  // ---- reading ------------------------------------------------------------------------------

  private async read(adapter: AnyAdapter, ref: TeamRef, signal: AbortSignal): Promise<Versioned<Team> | null> {
    let answer: Versioned<Team>;
    try {
      answer = await adapter.getTeam!(ref, { signal });
    } catch (error) {
      // No team for this client yet is the empty state, not an error.
      if (recognizeError(error) instanceof NotFoundError && 'clientId' in ref) return null;
      throw error;
    }
    // Re-validate whatever the adapter returned: a provider's adapter may not, and nothing half-valid renders.
    const team = parseVersioned(TeamSchema, answer);
    if ('teamId' in ref ? team.value.id !== ref.teamId : team.value.clientId !== ref.clientId) {
      throw new ValidationError([{ path: 'teamId' in ref ? 'id' : 'clientId', message: 'is not the one asked for' }]);
    }
    return team;
  }

  // ---- changes ------------------------------------------------------------------------------

  private commit(edit: Edit<Team>): void {
    void this.team.save(edit);
  }

  /** Saves the user's change on top of theirs; from an open form, as the form now reads. */
  private keepMine = () => {
    if (this.team.saving) return;
    if (this.editing) this.submitForm();
    else void this.team.keepMine();
  };

  private useTheirs = () => {
    this.team.discard();
    this.closeForms();
    this.announcer.announce(msg('Your change was discarded.'));
  };

  private convene(clientId: string): void {
    void this.team.create({
      summary: msg('Convene a multi-service team'),
      apply: () => ({ id: newId('team'), clientId, status: 'proposed', members: [], meetings: [] }),
    });
  }

  // ---- forms --------------------------------------------------------------------------------

  private openForm(editing: OpenForm, trigger: string): void {
    if (this.team.saving) return;
    // A failed change is left behind; a conflict stays until the user chooses.
    if (this.team.edit.status === 'failed' || this.team.edit.status === 'invalid') this.team.discard();
    this.editing = editing;
    this.focusing.rememberReturn(trigger);
    this.focusing.focusAfterUpdate('form input, form select');
  }

  /** Closes any open form and gives focus back to the control that opened it. */
  private closeForms(): void {
    this.editing = undefined;
    this.confirmingRemoval = undefined;
    this.focusing.restore('h2');
  }

  /** Cancel: during a conflict it discards the user's change, and says so. */
  private cancelForm = () => {
    if (this.team.edit.status === 'conflict') {
      this.useTheirs();
      return;
    }
    this.team.discard();
    this.closeForms();
  };

  private onMemberInput = (e: Event): void => {
    if (this.editing?.kind !== 'member') return;
    const target = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    this.editing = this.tools.value!.memberInput(this.editing, target, this.team.value?.record.value);
  };

  private onMeetingInput = (e: Event): void => {
    if (this.editing?.kind !== 'meeting') return;
    this.editing = this.tools.value!.meetingInput(this.editing, e.target as HTMLInputElement | HTMLTextAreaElement);
  };

  /** Validates the open form as it reads now and saves what the user changed. */
  private submitForm(): void {
    const team = this.team.value?.record.value;
    if (!this.editing || !team || this.team.saving) return;
    const result = this.tools.value!.submission(this.editing, team);
    if ('invalid' in result) {
      this.editing = result.invalid;
      this.focusing.focusAfterUpdate('[aria-invalid="true"]');
      return;
    }
    this.commit(result.edit);
  }

  private onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    this.submitForm();
  };

  /** Escape closes a form, as it closes a dialog. */
  private onFormKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.cancelForm();
    }
  };

  /** What a member card's buttons do. */
  private readonly memberActions = (): MemberActions => ({
    busy: this.editing !== undefined,
    saving: this.team.saving,
    confirmingRemoval: this.confirmingRemoval,
    onEdit: (m, trigger) => this.withTools((tools) => this.openForm(tools.memberFormFor(m), trigger)),
    onHandOver: (m, trigger) =>
      this.withTools((tools) => {
        if (this.team.saving) return;
        this.focusing.rememberReturn(trigger);
        this.commit(tools.handOver(m));
      }),
    onAskRemove: (m) => {
      if (this.team.saving) return;
      this.confirmingRemoval = m.id;
      this.focusing.rememberReturn(`remove-${m.id}`);
      this.focusing.focusAfterUpdate(`#${CSS.escape(`confirm-remove-${m.id}`)}`);
    },
    onConfirmRemove: (m) =>
      this.withTools((tools) => {
        if (!this.team.saving) this.commit(tools.removeMember(m));
      }),
    onCancel: this.cancelForm,
  });

  // ---- rendering ----------------------------------------------------------------------------

  /** The messages about the change as a whole: a rule it breaks, or why saving failed. */
  private changeErrors(): string[] {
    const edit = this.team.edit;
    if (edit.status === 'invalid') {
      const issue = edit.issues[0];
      return [issue?.code ? ruleMessage(issue) : describeError(new ValidationError(edit.issues), 'save')];
    }
    if (edit.status === 'failed') return [describeError(edit.error, 'save')];
    return [];
  }

  protected override render(): TemplateResult {
    return html`${this.renderState()} ${this.announcer.render()}`;
  }

  private renderState(): TemplateResult {
    const state = this.team.state;
    switch (state.status) {
      case 'idle':
      case 'loading':
        return renderLoading(msg('Loading the team…'));
      case 'error':
        return renderError(state.error, () => void this.reload());
      case 'ready':
        return state.value ? this.renderTeam(state.value.record.value, state.value.context) : this.renderNoTeam();
    }
  }

  private renderNoTeam(): TemplateResult {
    const clientId = this.clientId;
    const edit = this.team.edit;
    const action =
      this.canEdit && clientId && !this.teamId
        ? html`<button
            type="button"
            class="primary"
            aria-disabled=${this.team.saving ? 'true' : 'false'}
            @click=${() => this.withTools(() => !this.team.saving && this.convene(clientId))}
          >
            ${msg('Convene a multi-service team')}
          </button>`
        : undefined;
    return html`${renderEmpty(
      this.teamId || clientId
        ? msg('No multi-service team has been convened for this client yet.')
        : msg('No team was chosen.'),
      action,
    )}${edit.status === 'failed' ? renderError(edit.error, () => void this.team.retry(), 'save') : nothing}`;
  }

  private renderTeam(raw: Team, client: Client | undefined): TemplateResult {
    const withheld = contactsWithheld(raw, client);
    const team = redactTeam(raw, client);
    const day = today();
    const { present, past } = splitMembers(team.members, day);
    const professionals = present.filter((m) => !isClientSide(m));
    const clientSide = present.filter(isClientSide);
    const actions = this.canEdit ? this.memberActions() : undefined;
    const edit = this.team.edit;
    const formErrors = this.editing ? this.changeErrors() : [];
    return html`<article class="roster" aria-labelledby="team-heading">
      ${teamHeader(team, client, coordinators(team, day)[0])} ${withheld ? withheldNote(client) : nothing}
      ${
        edit.status === 'conflict'
          ? renderConflict({
              // Described from what this viewer may see: a change to withheld contact details stays unsaid.
              changes:
                this.tools.value?.describeTeamChanges(
                  redactTeam(edit.mine, client),
                  redactTeam(edit.theirs.value, client),
                ) ?? [],
              mine: edit.edit.summary,
              onKeepMine: this.keepMine,
              onUseTheirs: this.useTheirs,
              busy: this.team.saving,
            })
          : nothing
      }
      ${!this.editing && edit.status === 'failed' ? renderError(edit.error, () => void this.team.retry(), 'save') : nothing}
      ${
        !this.editing && edit.status === 'invalid'
          ? html`<p class="form-error" role="alert">${this.changeErrors()[0]}</p>`
          : nothing
      }
      ${
        actions
          ? toolbar(team, {
              busy: this.editing !== undefined,
              saving: this.team.saving,
              onAddMember: (trigger) =>
                this.withTools((tools) => this.openForm(tools.memberFormFor(undefined), trigger)),
              onRecordMeeting: (trigger) => this.withTools((tools) => this.openForm(tools.newMeetingForm(), trigger)),
            })
          : nothing
      }
      ${this.renderForm(raw, withheld, formErrors)}
      ${present.length === 0 ? renderEmpty(msg('No members have been added to this team yet.')) : nothing}
      ${professionals.length ? professionalsSection(team, professionals, actions) : nothing}
      ${clientSide.length ? clientSideSection(team, clientSide, withheld, actions) : nothing}
      ${past.length ? pastMembersSection(past) : nothing} ${meetingsSection(team)}
    </article>`;
  }

  private renderForm(team: Team, withheld: boolean, formErrors: readonly string[]): TemplateResult | typeof nothing {
    const common = {
      team,
      saving: this.team.saving,
      formErrors,
      onSubmit: this.onSubmit,
      onKeydown: this.onFormKeydown,
      onCancel: this.cancelForm,
    };
    const tools = this.tools.value;
    if (!tools) return nothing;
    if (this.editing?.kind === 'member') {
      return tools.memberForm({
        ...common,
        draft: this.editing.draft,
        errors: this.editing.errors,
        withheld,
        onInput: this.onMemberInput,
      });
    }
    if (this.editing?.kind === 'meeting') {
      return tools.meetingForm({
        ...common,
        draft: this.editing.draft,
        errors: this.editing.errors,
        onInput: this.onMeetingInput,
      });
    }
    return nothing;
  }
}
