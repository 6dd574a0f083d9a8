import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ClientSchema,
  ConflictError,
  NotFoundError,
  PROFESSIONAL_ROLES,
  CLIENT_SIDE_ROLES,
  PRODUCER_TYPES,
  ACCESS_BASES,
  TeamSchema,
  ValidationError,
  checkTeamRules,
  contactsWithheld,
  coordinators,
  isAbortError,
  isClientSide,
  membershipState,
  newId,
  parse,
  parseVersioned,
  redactTeam,
  splitMembers,
  today,
  type AuditEvent,
  type Client,
  type Team,
  type TeamMember,
  type TeamRole,
  type Versioned,
} from '@saumaton/core';
import {
  LoadController,
  type AnyAdapter,
  MissingAdapterError,
  SaumatonElement,
  SaumatonSavedEvent,
  describeError,
  formatDate,
  formatList,
  renderConflict,
  renderEmpty,
  renderError,
  renderLoading,
  warnOnce,
} from '@saumaton/elements';
import { hasHistory, handOver, recordMeeting, removeMember, saveMember } from './edits.js';
import {
  changedFields,
  draftFromMember,
  emptyMeetingDraft,
  meetingFromDraft,
  memberFromDraft,
  type MeetingDraft,
  type MemberDraft,
  type MemberField,
} from './drafts.js';
import { accessBasisLabel, memberName, producerTypeLabel, roleLabel, ruleMessage, statusLabel } from './labels.js';
import { rosterLocaleLoaders } from './locales.js';
import { rosterStyles } from './roster-styles.js';
import { describeTeamChanges, type TeamEdit } from './team-diff.js';

/** What the roster has loaded: the team, and the client it serves when that could be read. */
interface Loaded {
  readonly team: Versioned<Team>;
  readonly client: Client | undefined;
}

type Editing =
  | {
      readonly kind: 'member';
      readonly draft: MemberDraft;
      /** The draft as the form opened: what differs from it is what the user changed. */
      readonly original: MemberDraft;
      readonly errors: Partial<Record<MemberField, string>>;
    }
  | {
      readonly kind: 'meeting';
      readonly draft: MeetingDraft;
      readonly errors: Partial<Record<keyof MeetingDraft, string>>;
    };

/** Groups professionals by organisation, the coordinator's organisation first. */
function groupByOrganization(members: readonly TeamMember[]): { key: string; members: TeamMember[] }[] {
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
 * @property {ClientStore & TeamStore} adapter - The data adapter (`getTeam`, `saveTeam`, `getClient`). Overrides a `<saumaton-provider>`'s.
 * @property {Viewer} viewer - Who is looking: `{ kind: 'professional' | 'client' | 'representative', organizationId?, practitionerId? }`. Only a professional may edit. Overrides a `<saumaton-provider>`'s.
 *
 * @fires saumaton-saved - A change reached the backend. `detail: { kind: 'team', value, version }`. The value is the team as saved, not redacted: the host page owns the adapter it came from.
 * @fires saumaton-error - Loading or saving failed. `detail: { error }` with the adapter's error.
 *
 * @csspart state - The loading, empty, error and conflict panels.
 * @csspart member - One member's card.
 * @csspart coordinator - The coordinator's card (also a `member`).
 * @csspart meetings - The list of meetings.
 *
 * @cssprop --saumaton-font-family - The font.
 * @cssprop --saumaton-color-text - Text colour.
 * @cssprop --saumaton-color-text-muted - Secondary text colour.
 * @cssprop --saumaton-color-surface - Background.
 * @cssprop --saumaton-color-surface-raised - Card background.
 * @cssprop --saumaton-color-border - Borders of cards and lists.
 * @cssprop --saumaton-color-border-strong - Borders of controls.
 * @cssprop --saumaton-color-accent - The coordinator's highlight and primary buttons.
 * @cssprop --saumaton-color-accent-soft - The coordinator card's background.
 * @cssprop --saumaton-color-on-accent - Text on the accent colour.
 * @cssprop --saumaton-color-link - Links.
 * @cssprop --saumaton-color-focus - The focus ring.
 * @cssprop --saumaton-color-danger - Errors and destructive buttons.
 * @cssprop --saumaton-color-notice - Background of notices such as the turvakielto note.
 * @cssprop --saumaton-radius - Corner radius.
 */
export class TeamRoster extends SaumatonElement {
  static override styles = [...SaumatonElement.styles, rosterStyles];
  static override localeLoaders = rosterLocaleLoaders;

  /** The team to show. Takes precedence over `client-id`. */
  @property({ attribute: 'team-id', reflect: true }) teamId?: string;

  /** The client whose team to show, when `team-id` is not set. */
  @property({ attribute: 'client-id', reflect: true }) clientId?: string;

  /** Lets a professional viewer add, edit and remove members, hand over the coordinator role and record meetings. */
  @property({ type: Boolean, reflect: true }) editable = false;

  @state() private editing: Editing | undefined;
  @state() private saving = false;
  @state() private saveError: unknown;
  @state() private formError: string | undefined;
  @state() private conflict: { readonly edit: TeamEdit; readonly changes: readonly string[] } | undefined;
  @state() private confirmingRemoval: string | undefined;
  @state() private announcement = '';

  private readonly loader = new LoadController<Loaded | null>(this, (error) => this.emitError(error));
  private saveController: AbortController | undefined;
  /** Counts resets: a save or convene begun before the last reset must not touch the new state. */
  private generation = 0;
  /** The last change tried, for the save error's "Try again". */
  private lastEdit: TeamEdit | undefined;
  /** The control to give focus back to when a form closes. */
  private returnFocusTo: string | undefined;
  /** The live-update subscription in effect. */
  private listening: { readonly adapter: AnyAdapter; readonly teamId: string; readonly stop: () => void } | undefined;

  /** True when the viewer may change the team here, and the adapter can save. */
  private get canEdit(): boolean {
    return (
      this.editable &&
      this.resolvedViewer?.kind === 'professional' &&
      typeof this.resolvedAdapter?.saveTeam === 'function'
    );
  }

  /**
   * While saving, buttons are `aria-disabled` rather than disabled: a disabled button loses
   * focus, and a keyboard user would be stranded when the save fails. Their handlers do nothing
   * meanwhile.
   */
  private get savingAria(): 'true' | 'false' {
    return this.saving ? 'true' : 'false';
  }

  /** The loaded team and client, when there is a team. */
  private get loaded(): Loaded | undefined {
    const state = this.loader.state;
    return state.status === 'ready' && state.value ? state.value : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('teamId') ||
      changed.has('clientId') ||
      changed.has('adapter') ||
      changed.has('contextAdapter' as keyof TeamRoster)
    ) {
      this.reset();
      void this.loader.run((signal) => this.load(signal));
    }
    // Editing stops the moment it is no longer allowed: `editable` removed, another viewer.
    if (!this.canEdit && (this.editing || this.confirmingRemoval)) {
      this.editing = undefined;
      this.confirmingRemoval = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: updated() subscribes again to live updates.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.saveController?.abort();
    this.stopListening();
  }

  protected override updated(): void {
    // Listen to live updates of the team shown, from the adapter in effect, while on the page.
    const adapter = this.resolvedAdapter;
    const teamId = this.isConnected ? this.loaded?.team.value.id : undefined;
    if (teamId === this.listening?.teamId && adapter === this.listening?.adapter) return;
    this.stopListening();
    if (!teamId || !adapter?.subscribe) return;
    const stop = adapter.subscribe({ teamId }, (answer) => this.onRemoteChange(answer));
    this.listening = { adapter, teamId, stop };
  }

  private stopListening(): void {
    this.listening?.stop();
    this.listening = undefined;
  }

  /**
   * Someone else saved the team: show their version at once, unless the user is in the middle of
   * a change (then saving it meets the conflict, which shows what changed and keeps their work).
   */
  private onRemoteChange(answer: Versioned<Team>): void {
    const loaded = this.loaded;
    let team: Versioned<Team>;
    try {
      team = parseVersioned(TeamSchema, answer);
    } catch {
      return; // a malformed push is ignored; the next load validates and reports
    }
    if (!loaded || team.value.id !== loaded.team.value.id || team.version === loaded.team.version) return;
    if (this.saving || this.editing || this.conflict || this.confirmingRemoval) return;
    this.loader.setValue({ ...loaded, team });
    this.announce(msg('Someone else updated the team.'));
  }

  /** Forgets the state of the previous team, so nothing of it shows for the next one. */
  private reset(): void {
    this.generation++;
    this.saveController?.abort();
    this.saveController = undefined;
    this.editing = undefined;
    this.saving = false;
    this.saveError = undefined;
    this.formError = undefined;
    this.conflict = undefined;
    this.confirmingRemoval = undefined;
  }

  private async load(signal: AbortSignal): Promise<Loaded | null> {
    const adapter = this.resolvedAdapter;
    if (!adapter?.getTeam) {
      warnOnce('team-roster:no-adapter', '<saumaton-team-roster> has no adapter with getTeam().');
      throw new MissingAdapterError();
    }
    const ref = this.teamId ? { teamId: this.teamId } : this.clientId ? { clientId: this.clientId } : undefined;
    if (!ref) return null;
    let result: Versioned<Team>;
    try {
      result = await adapter.getTeam(ref, { signal });
    } catch (error) {
      // No team for this client yet is the empty state, not an error.
      if (error instanceof NotFoundError && 'clientId' in ref) return null;
      throw error;
    }
    // Re-validate whatever the adapter returned: a provider's adapter may not, and nothing half-valid renders.
    const team = parseVersioned(TeamSchema, result);
    if ('teamId' in ref ? team.value.id !== ref.teamId : team.value.clientId !== ref.clientId) {
      throw new ValidationError([{ path: 'teamId' in ref ? 'id' : 'clientId', message: 'is not the one asked for' }]);
    }
    const client = await this.loadClient(team.value.clientId, signal);
    this.audit('view', team.value);
    return { team, client };
  }

  /**
   * The client, or `undefined` when it cannot be read or is not the team's client: the roster then
   * fails closed and treats the client as under turvakielto.
   */
  private async loadClient(clientId: string, signal: AbortSignal): Promise<Client | undefined> {
    const adapter = this.resolvedAdapter;
    if (!adapter?.getClient) return undefined;
    try {
      const client = parse(ClientSchema, (await adapter.getClient(clientId, { signal })).value);
      return client.id === clientId ? client : undefined;
    } catch (error) {
      if (isAbortError(error)) throw error;
      return undefined;
    }
  }

  /** Reports a view or a change to the adapter's audit log; a failing log never breaks the widget. */
  private audit(action: AuditEvent['action'], team: Team): void {
    try {
      this.resolvedAdapter?.audit?.({ action, kind: 'team', id: team.id, clientId: team.clientId });
    } catch (error) {
      warnOnce('team-roster:audit', `the adapter's audit() threw: ${String(error)}`);
    }
  }

  /** Loads the team again, as the error state's "Try again" does. */
  reload(): Promise<void> {
    this.reset();
    return this.loader.run((signal) => this.load(signal));
  }

  // ---- saving -------------------------------------------------------------------------------

  /** Starts a save: aborts any earlier one and returns the signal and generation to check against. */
  private beginSave(): { controller: AbortController; generation: number } {
    this.saveController?.abort();
    const controller = new AbortController();
    this.saveController = controller;
    this.saving = true;
    this.saveError = undefined;
    this.formError = undefined;
    return { controller, generation: this.generation };
  }

  /** True when a save begun with these is still the one that counts. */
  private stillCurrent(controller: AbortController, generation: number): boolean {
    return generation === this.generation && this.saveController === controller && !controller.signal.aborted;
  }

  private endSave(controller: AbortController): void {
    if (this.saveController !== controller) return;
    this.saveController = undefined;
    this.saving = false;
  }

  /** Applies an edit to the current version and saves it with `ifMatch`; a conflict keeps the edit. */
  private async commit(edit: TeamEdit): Promise<void> {
    const loaded = this.loaded;
    const adapter = this.resolvedAdapter;
    if (this.saving || !loaded || !adapter?.saveTeam) return;
    const base = loaded.team;
    this.lastEdit = edit;
    let next: Team;
    try {
      next = edit.apply(base.value);
    } catch (error) {
      this.formError =
        error instanceof ValidationError && error.issues[0]?.code
          ? ruleMessage(error.issues[0])
          : describeError(error, 'save');
      return;
    }
    // Refuse only what this change breaks: a team that already broke a rule can still be mended.
    const known = new Set(checkTeamRules(base.value).map((i) => `${i.code ?? ''}|${i.path}`));
    const broken = checkTeamRules(next).filter((i) => !known.has(`${i.code ?? ''}|${i.path}`));
    if (broken.length > 0) {
      this.formError = ruleMessage(broken[0]!);
      return;
    }
    const { controller, generation } = this.beginSave();
    try {
      const saved = await adapter.saveTeam(next, base.version, { signal: controller.signal });
      if (!this.stillCurrent(controller, generation)) return;
      const team = parseVersioned(TeamSchema, saved);
      this.loader.setValue({ ...loaded, team });
      this.conflict = undefined;
      this.closeForms();
      this.announce(msg('Saved.'));
      this.audit('update', team.value);
      this.dispatchEvent(new SaumatonSavedEvent({ kind: 'team', value: team.value, version: team.version }));
    } catch (error) {
      if (isAbortError(error) || !this.stillCurrent(controller, generation)) return;
      this.emitError(error);
      if (error instanceof ConflictError && error.current) {
        this.showConflict(edit, base.value, error.current as Versioned<unknown>, loaded);
      } else {
        this.saveError = error;
      }
    } finally {
      this.endSave(controller);
    }
  }

  private showConflict(edit: TeamEdit, mine: Team, current: Versioned<unknown>, loaded: Loaded): void {
    let theirs: Versioned<Team>;
    try {
      theirs = parseVersioned(TeamSchema, current);
    } catch (error) {
      this.saveError = error;
      return;
    }
    this.loader.setValue({ ...loaded, team: theirs });
    // Described from what this viewer may see: a change to withheld contact details stays unsaid.
    const changes = describeTeamChanges(redactTeam(mine, loaded.client), redactTeam(theirs.value, loaded.client));
    this.conflict = { edit, changes };
    this.confirmingRemoval = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#conflict-heading')?.focus());
  }

  /** Saves the user's change on top of theirs; from an open form, as the form now reads. */
  private keepMine = () => {
    if (!this.conflict || this.saving) return;
    if (this.editing?.kind === 'member') this.submitMember();
    else if (this.editing?.kind === 'meeting') this.submitMeeting();
    else void this.commit(this.conflict.edit);
  };

  private useTheirs = () => {
    this.saveController?.abort();
    this.conflict = undefined;
    this.closeForms();
    this.announce(msg('Your change was discarded.'));
  };

  private announce(text: string): void {
    // Clear first so the same sentence twice is announced twice.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  // ---- forms --------------------------------------------------------------------------------

  private openMemberForm(member: TeamMember | undefined, trigger: string): void {
    if (this.saving) return;
    const draft = draftFromMember(member);
    this.editing = { kind: 'member', draft, original: draft, errors: {} };
    this.openForm(trigger);
  }

  private openMeetingForm(trigger: string): void {
    if (this.saving) return;
    this.editing = { kind: 'meeting', draft: emptyMeetingDraft(), errors: {} };
    this.openForm(trigger);
  }

  private openForm(trigger: string): void {
    this.returnFocusTo = trigger;
    this.formError = undefined;
    this.saveError = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form input, form select')?.focus());
  }

  /** Closes any open form and gives focus back to the control that opened it. */
  private closeForms(): void {
    this.editing = undefined;
    this.confirmingRemoval = undefined;
    this.formError = undefined;
    this.saveError = undefined;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (!target) return;
    void this.updateComplete.then(() => {
      const el =
        this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(target)}`) ??
        this.renderRoot.querySelector<HTMLElement>('h2');
      el?.focus();
    });
  }

  /** Cancel: during a conflict it discards the user's change, and says so. */
  private cancelForm = () => {
    if (this.conflict) {
      this.useTheirs();
      return;
    }
    this.saveController?.abort();
    this.closeForms();
  };

  private onMemberInput = (e: Event): void => {
    if (this.editing?.kind !== 'member') return;
    const target = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.name as MemberField;
    let draft = { ...this.editing.draft, [field]: target.value };
    if (field === 'organizationName') {
      // Another organisation: its own OID and producer type, never the previous one's.
      const known = this.loaded?.team.value.members.find(
        (m) => m.organization?.name === target.value.trim(),
      )?.organization;
      draft = { ...draft, organizationId: known?.id ?? '', producerType: known?.producerType ?? '' };
    }
    const { [field]: _fixed, ...errors } = this.editing.errors;
    this.editing = { ...this.editing, draft, errors };
  };

  private onMeetingInput = (e: Event): void => {
    if (this.editing?.kind !== 'meeting') return;
    const target = e.target as HTMLInputElement | HTMLTextAreaElement;
    const draft = { ...this.editing.draft };
    if (target.name === 'participants') {
      const chosen = new Set(draft.participants);
      if ((target as HTMLInputElement).checked) chosen.add(target.value);
      else chosen.delete(target.value);
      draft.participants = [...chosen];
    } else if (target.name === 'date' || target.name === 'decisions') {
      draft[target.name] = target.value;
    }
    this.editing = { ...this.editing, draft, errors: {} };
  };

  private focusFirstInvalid(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  /** Validates the member form as it reads now and saves what the user changed. */
  private submitMember(): void {
    const loaded = this.loaded;
    if (this.editing?.kind !== 'member' || !loaded || this.saving) return;
    const team = loaded.team.value;
    const { draft, original } = this.editing;
    const clientSide = isClientSide(draft);
    const parsed = memberFromDraft(draft, team, clientSide);
    if (!parsed.ok) {
      this.editing = { ...this.editing, errors: parsed.errors };
      this.focusFirstInvalid();
      return;
    }
    const isNew = !team.members.some((m) => m.id === parsed.value.id);
    void this.commit(saveMember(parsed.value, changedFields(original, draft), isNew));
  }

  private submitMeeting(): void {
    if (this.editing?.kind !== 'meeting' || this.saving) return;
    const parsed = meetingFromDraft(this.editing.draft);
    if (!parsed.ok) {
      this.editing = { ...this.editing, errors: parsed.errors };
      this.focusFirstInvalid();
      return;
    }
    void this.commit(recordMeeting(parsed.value));
  }

  private onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    if (this.editing?.kind === 'member') this.submitMember();
    else this.submitMeeting();
  };

  private async convene(clientId: string): Promise<void> {
    const adapter = this.resolvedAdapter;
    if (!adapter?.saveTeam || this.saving) return;
    const { controller, generation } = this.beginSave();
    try {
      const team: Team = { id: newId('team'), clientId, status: 'proposed', members: [], meetings: [] };
      const saved = parseVersioned(TeamSchema, await adapter.saveTeam(team, null, { signal: controller.signal }));
      const client = await this.loadClient(clientId, controller.signal);
      if (!this.stillCurrent(controller, generation)) return;
      this.loader.setValue({ team: saved, client });
      this.announce(msg('The team was created.'));
      this.audit('create', saved.value);
      this.dispatchEvent(new SaumatonSavedEvent({ kind: 'team', value: saved.value, version: saved.version }));
    } catch (error) {
      if (isAbortError(error) || !this.stillCurrent(controller, generation)) return;
      this.emitError(error);
      this.saveError = error;
    } finally {
      this.endSave(controller);
    }
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`${this.renderState()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  private renderState(): TemplateResult {
    const state = this.loader.state;
    switch (state.status) {
      case 'idle':
      case 'loading':
        return renderLoading(msg('Loading the team…'));
      case 'error':
        return renderError(state.error, () => void this.reload());
      case 'ready':
        if (!state.value) return this.renderNoTeam();
        return this.renderTeam(state.value);
    }
  }

  private renderNoTeam(): TemplateResult {
    const clientId = this.clientId;
    const action =
      this.canEdit && clientId && !this.teamId
        ? html`<button
            type="button"
            class="primary"
            aria-disabled=${this.savingAria}
            @click=${() => void this.convene(clientId)}
          >
            ${msg('Convene a multi-service team')}
          </button>`
        : undefined;
    return html`${renderEmpty(
      this.teamId || clientId
        ? msg('No multi-service team has been convened for this client yet.')
        : msg('No team was chosen.'),
      action,
    )}${this.saveError ? renderError(this.saveError, () => clientId && void this.convene(clientId), 'save') : nothing}`;
  }

  private renderTeam({ team: { value: raw }, client }: Loaded): TemplateResult {
    const withheld = contactsWithheld(raw, client);
    const team = redactTeam(raw, client);
    const day = today();
    const { present, past } = splitMembers(team.members, day);
    const professionals = present.filter((m) => !isClientSide(m));
    const clientSide = present.filter(isClientSide);
    const coordinator = coordinators(team, day)[0];
    return html`<article class="roster" aria-labelledby="team-heading">
      <header>
        <h2 id="team-heading" tabindex="-1">${msg('Multi-service team')}</h2>
        <span class="status">${statusLabel(team.status)}</span>
      </header>
      <div class="summary">
        ${client ? html`<p>${msg('Client:')} <span class="name">${client.name}</span></p>` : nothing}
        <p>
          ${msg('Coordinator:')}
          ${
            coordinator
              ? html`<span class="name">${coordinator.name}</span>${
                    coordinator.organization ? html`, ${coordinator.organization.name}` : nothing
                  }`
              : html`<span class="muted">${msg('not chosen yet')}</span>`
          }
        </p>
      </div>
      ${withheld ? this.renderWithheldNote(client) : nothing}
      ${
        this.conflict
          ? renderConflict({
              changes: this.conflict.changes,
              mine: this.conflict.edit.summary,
              onKeepMine: this.keepMine,
              onUseTheirs: this.useTheirs,
              busy: this.saving,
            })
          : nothing
      }
      ${this.saveError && !this.editing ? renderError(this.saveError, () => this.retrySave(), 'save') : nothing}
      ${this.formError && !this.editing ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
      ${this.canEdit ? this.renderToolbar(team) : nothing}
      ${this.editing?.kind === 'member' ? this.renderMemberForm(raw, withheld) : nothing}
      ${this.editing?.kind === 'meeting' ? this.renderMeetingForm(raw) : nothing}
      ${present.length === 0 ? renderEmpty(msg('No members have been added to this team yet.')) : nothing}
      ${professionals.length ? this.renderProfessionals(team, professionals) : nothing}
      ${clientSide.length ? this.renderClientSide(team, clientSide, withheld) : nothing}
      ${past.length ? this.renderPast(past) : nothing} ${this.renderMeetings(team)}
    </article>`;
  }

  private retrySave(): void {
    if (this.lastEdit) void this.commit(this.lastEdit);
  }

  private renderWithheldNote(client: Client | undefined): TemplateResult {
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

  private renderToolbar(team: Team): TemplateResult {
    const busy = this.editing !== undefined;
    return html`<div class="toolbar" role="group" aria-label=${msg('Edit the team')}>
      <button
        type="button"
        id="add-member"
        ?disabled=${busy}
        aria-disabled=${this.savingAria}
        @click=${() => this.openMemberForm(undefined, 'add-member')}
      >
        ${msg('Add member')}
      </button>
      <button
        type="button"
        id="record-meeting"
        ?disabled=${busy || team.members.length === 0}
        aria-disabled=${this.savingAria}
        @click=${() => this.openMeetingForm('record-meeting')}
      >
        ${msg('Record a meeting')}
      </button>
    </div>`;
  }

  private renderProfessionals(team: Team, members: TeamMember[]): TemplateResult {
    const coordinator = coordinators(team)[0];
    return html`<section aria-labelledby="professionals-heading">
      <h3 id="professionals-heading">${msg('Professionals')}</h3>
      ${
        this.canEdit
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
          <ul class="members" role="list">
            ${group.members.map((m) => this.renderMember(team, m, false))}
          </ul>
        </section>`;
      })}
    </section>`;
  }

  private renderClientSide(team: Team, members: TeamMember[], withheld: boolean): TemplateResult {
    return html`<section aria-labelledby="client-side-heading">
      <h3 id="client-side-heading">${msg('The client and the people on the client’s side')}</h3>
      <ul class="members" role="list">
        ${members.map((m) => this.renderMember(team, m, withheld))}
      </ul>
    </section>`;
  }

  private renderMember(team: Team, m: TeamMember, withheld: boolean): TemplateResult {
    const isCoordinator = m.role === 'coordinator';
    const upcoming = membershipState(m) === 'upcoming';
    return html`<li
      class="member ${isCoordinator ? 'coordinator' : ''}"
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
      ${this.canEdit ? this.renderMemberActions(team, m) : nothing}
    </li>`;
  }

  private renderMemberActions(team: Team, m: TeamMember): TemplateResult {
    const busy = this.editing !== undefined;
    const isCoordinator = m.role === 'coordinator';
    if (this.confirmingRemoval === m.id) {
      const history = hasHistory(team, m.id);
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
          aria-disabled=${this.savingAria}
          @click=${() => this.confirmRemove(m)}
        >
          ${history ? msg('End membership') : msg('Remove')}
        </button>
        <button type="button" @click=${this.cancelForm}>${msg('Cancel')}</button>
      </div>`;
    }
    // The visible label comes first in the accessible name; the hidden name tells the buttons apart.
    const whose = html`<span class="visually-hidden">: ${m.name}</span>`;
    return html`<div class="actions">
      <button
        type="button"
        id=${`edit-${m.id}`}
        ?disabled=${busy}
        aria-disabled=${this.savingAria}
        @click=${() => this.openMemberForm(m, `edit-${m.id}`)}
      >
        ${msg('Edit')}${whose}
      </button>
      ${
        !isCoordinator && !isClientSide(m)
          ? html`<button
              type="button"
              id=${`handover-${m.id}`}
              ?disabled=${busy}
              aria-disabled=${this.savingAria}
              @click=${() => {
                this.returnFocusTo = `edit-${m.id}`;
                void this.commit(handOver(m));
              }}
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
              ?disabled=${busy}
              aria-disabled=${this.savingAria}
              @click=${() => this.askRemove(m)}
            >
              ${msg('Remove')}${whose}
            </button>`
      }
    </div>`;
  }

  private askRemove(m: TeamMember): void {
    if (this.saving) return;
    this.confirmingRemoval = m.id;
    this.returnFocusTo = `remove-${m.id}`;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(`confirm-remove-${m.id}`)}`)?.focus(),
    );
  }

  private confirmRemove(m: TeamMember): void {
    void this.commit(removeMember(m));
  }

  private renderPast(past: TeamMember[]): TemplateResult {
    return html`<section aria-labelledby="past-heading">
      <h3 id="past-heading">${msg('Past members')}</h3>
      <ul class="members" role="list">
        ${past.map(
          (m) =>
            html`<li class="member" part="member">
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

  private renderMeetings(team: Team): TemplateResult {
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

  // ---- the forms ----------------------------------------------------------------------------

  private field(
    name: MemberField,
    label: string,
    draft: MemberDraft,
    errors: Partial<Record<MemberField, string>>,
    options: {
      type?: string;
      required?: boolean;
      hint?: string;
      wide?: boolean;
      multiline?: boolean;
      autocomplete?: string;
      /** Suggestions offered while typing. */
      list?: readonly string[];
    } = {},
  ): TemplateResult {
    const id = `field-${name}`;
    const error = errors[name];
    const describedBy =
      [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<div class="field ${options.wide ? 'wide' : ''}">
      <label for=${id}>${label}${options.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      ${options.hint ? html`<span class="hint" id=${`${id}-hint`}>${options.hint}</span>` : nothing}
      ${
        options.multiline
          ? html`<textarea
              id=${id}
              name=${name}
              rows="3"
              .value=${draft[name] ?? ''}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy}
            ></textarea>`
          : html`<input
              id=${id}
              name=${name}
              type=${options.type ?? 'text'}
              .value=${draft[name] ?? ''}
              ?required=${options.required ?? false}
              autocomplete=${options.autocomplete ?? 'off'}
              list=${options.list ? `${id}-list` : nothing}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy}
            />`
      }
      ${
        options.list
          ? html`<datalist id=${`${id}-list`}>${options.list.map((o) => html`<option value=${o}></option>`)}</datalist>`
          : nothing
      }
      ${error ? html`<span class="field-error" id=${`${id}-error`}>${error}</span>` : nothing}
    </div>`;
  }

  private select(
    name: MemberField,
    label: string,
    value: string,
    options: readonly { value: string; label: string }[],
    hint?: string,
  ): TemplateResult {
    const id = `field-${name}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
      <select id=${id} name=${name} aria-describedby=${hint ? `${id}-hint` : nothing}>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select>
    </div>`;
  }

  private renderMemberForm(team: Team, withheld: boolean): TemplateResult {
    if (this.editing?.kind !== 'member') return html``;
    const { draft, errors } = this.editing;
    const isNew = !team.members.some((m) => m.id === draft.id);
    const clientSide = isClientSide(draft);
    const current = coordinators(team)[0];
    const stored = team.members.find((m) => m.id === draft.id);
    const roles: readonly TeamRole[] = stored
      ? isClientSide(stored)
        ? CLIENT_SIDE_ROLES
        : PROFESSIONAL_ROLES
      : [...PROFESSIONAL_ROLES, ...CLIENT_SIDE_ROLES];
    const coordinatorHint =
      draft.role === 'coordinator' && current && current.id !== draft.id
        ? msg(str`A team has one coordinator at a time: saving moves the role from ${current.name}.`)
        : undefined;
    const organizations = [
      ...new Map(team.members.flatMap((m) => (m.organization ? [[m.organization.name, m.organization]] : []))).keys(),
    ];
    const heading = isNew ? msg('Add a member') : msg(str`Edit ${draft.name}`);
    return html`<form
      aria-labelledby="member-form-heading"
      novalidate
      @input=${this.onMemberInput}
      @change=${this.onMemberInput}
      @submit=${this.onSubmit}
      @keydown=${this.onFormKeydown}
    >
      <h3 id="member-form-heading">${heading}</h3>
      <p class="hint">${msg('Fields marked * are required.')}</p>
      <div class="fields">
        ${this.field('name', msg('Name'), draft, errors, { required: true, autocomplete: 'off' })}
        ${this.select(
          'role',
          msg('Role in the team'),
          draft.role,
          roles.map((r) => ({ value: r, label: roleLabel(r) })),
          coordinatorHint,
        )}
        ${
          clientSide
            ? this.field('relationship', msg('Relationship to the client'), draft, errors)
            : html`${this.field('title', msg('Title'), draft, errors)}
              ${this.field('qualifications', msg('Qualifications'), draft, errors, { multiline: true, hint: msg('One per line.') })}
              ${this.field('organizationName', msg('Organisation'), draft, errors, { list: organizations })}
              ${this.select('producerType', msg('Producer type'), draft.producerType, [
                { value: '', label: msg('Not recorded') },
                ...PRODUCER_TYPES.map((t) => ({ value: t, label: producerTypeLabel(t) })),
              ])}
              ${this.field('organizationId', msg('Organisation OID'), draft, errors, { hint: msg('SOTE organisation register OID, if known.') })}
              ${this.field('serviceTask', msg('Service task'), draft, errors)}
              ${this.select('accessBasis', msg('Basis for data access'), draft.accessBasis ?? '', [
                { value: '', label: msg('Not recorded') },
                ...ACCESS_BASES.map((b) => ({ value: b, label: accessBasisLabel(b) })),
              ])}`
        }
        ${this.field('responsibilities', msg('Responsibilities in the plan'), draft, errors, {
          multiline: true,
          wide: true,
          hint: msg('One per line.'),
        })}
        ${
          clientSide && withheld
            ? html`<p class="notice wide">
                ${msg('Contact details are not shown or edited here because of turvakielto.')}
              </p>`
            : html`${this.field('phone', msg('Work phone'), draft, errors, { type: 'tel', autocomplete: 'off' })}
              ${this.field('email', msg('Work email'), draft, errors, { type: 'email', autocomplete: 'off' })}
              ${this.field('reachability', msg('When reachable'), draft, errors, { wide: true })}`
        }
        ${this.field('start', msg('Member from'), draft, errors, { type: 'date' })}
        ${this.field('end', msg('Member until'), draft, errors, { type: 'date' })}
      </div>
      ${this.renderFormFooter(isNew ? msg('Add member') : msg('Save changes'))}
    </form>`;
  }

  private renderMeetingForm(team: Team): TemplateResult {
    if (this.editing?.kind !== 'meeting') return html``;
    const { draft, errors } = this.editing;
    const present = splitMembers(team.members).present;
    return html`<form
      aria-labelledby="meeting-form-heading"
      novalidate
      @input=${this.onMeetingInput}
      @submit=${this.onSubmit}
      @keydown=${this.onFormKeydown}
    >
      <h3 id="meeting-form-heading">${msg('Record a meeting')}</h3>
      <div class="field">
        <label for="meeting-date">${msg('Date')} <span aria-hidden="true">*</span></label>
        <input
          id="meeting-date"
          name="date"
          type="date"
          required
          .value=${draft.date}
          aria-invalid=${errors.date ? 'true' : 'false'}
          aria-describedby=${errors.date ? 'meeting-date-error' : nothing}
        />
        ${errors.date ? html`<span class="field-error" id="meeting-date-error">${errors.date}</span>` : nothing}
      </div>
      <fieldset aria-describedby=${errors.participants ? 'participants-error' : nothing}>
        <legend>${msg('Participants')} <span aria-hidden="true">*</span></legend>
        ${errors.participants ? html`<p class="field-error" id="participants-error">${errors.participants}</p>` : nothing}
        <div class="checkboxes">
          ${present.map(
            (m) =>
              html`<label>
                <input
                  type="checkbox"
                  name="participants"
                  .value=${m.id}
                  .checked=${draft.participants.includes(m.id)}
                  aria-invalid=${errors.participants ? 'true' : 'false'}
                />
                <span>${m.name} <span class="muted">(${roleLabel(m.role)})</span></span>
              </label>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="meeting-decisions">${msg('Decisions')}</label>
        <span class="hint" id="meeting-decisions-hint">${msg('One per line.')}</span>
        <textarea
          id="meeting-decisions"
          name="decisions"
          rows="4"
          .value=${draft.decisions}
          aria-describedby="meeting-decisions-hint"
        ></textarea>
      </div>
      ${this.renderFormFooter(msg('Save meeting'))}
    </form>`;
  }

  private renderFormFooter(submitLabel: string): TemplateResult {
    return html`${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
      ${this.saveError ? html`<p class="form-error" role="alert">${describeError(this.saveError, 'save')}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary" aria-disabled=${this.savingAria}>
          ${this.saving ? msg('Saving…') : submitLabel}
        </button>
        <button type="button" @click=${this.cancelForm}>${msg('Cancel')}</button>
      </div>`;
  }

  /** Escape closes a form, as it closes a dialog. */
  private onFormKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.cancelForm();
    }
  };
}
