import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ConflictError,
  MemoryAdapter,
  OfflineError,
  TeamSchema,
  parseVersioned,
  type AnyAdapter,
  type AuditEvent,
  type Edit,
  type Team,
  type Versioned,
} from '@saumaton/core';
import { exampleData, exampleTeam } from '@saumaton/core/examples';
import { MissingAdapterError, ResourceController, define, type SaumatonSavedEvent } from '@saumaton/elements';

// The built core is a second copy of the library, as when a portal bundles its adapter apart.
type Core = typeof import('@saumaton/core');
const otherCopy = (): Promise<Core> =>
  import(new URL('../../core/dist/index.js', import.meta.url).href) as Promise<Core>;

/** A minimal widget: shows one team's status through the controller, nothing else. */
class ResourceHostElement extends LitElement {
  @property({ attribute: false }) adapter?: AnyAdapter;
  @property({ attribute: 'team-id' }) teamId?: string;
  busy = false;
  remote: Versioned<Team>[] = [];
  savedWith: boolean[] = [];

  readonly team = new ResourceController<Team, string, { teamId: string }>(this, {
    kind: 'team',
    adapter: () => this.adapter,
    requires: ['getTeam', 'saveTeam'],
    ref: () => (this.teamId ? { teamId: this.teamId } : undefined),
    read: async (adapter, ref, signal) => parseVersioned(TeamSchema, await adapter.getTeam!(ref, { signal })),
    context: (_adapter, team) => Promise.resolve(`context of ${team.id}`),
    write: async (adapter, team, ifMatch, signal) =>
      parseVersioned(TeamSchema, await adapter.saveTeam!(team, ifMatch, { signal })),
    parse: (answer) => parseVersioned(TeamSchema, answer),
    check: (_before, after) => (after.status === 'inactive' ? [{ path: 'status', message: 'no', code: 'test' }] : []),
    subscribe: (adapter, team, listener) => adapter.subscribe?.({ kind: 'team', teamId: team.id }, listener),
    auditOf: (team) => ({ id: team.id, clientId: team.clientId }),
    busy: () => this.busy,
    onRemoteChange: (record) => this.remote.push(record),
    onSaved: (_record, created) => this.savedWith.push(created),
  });

  protected override render() {
    return html`${this.team.state.status}`;
  }
}
define('test-resource-host', ResourceHostElement);

const status = (value: Team['status']): Edit<Team> => ({
  summary: `make it ${value}`,
  apply: (team) => ({ ...team, status: value }),
});

/** The team's stores without live updates, as most remote backends are. */
function remote(adapter: MemoryAdapter, overrides: Partial<AnyAdapter> = {}): AnyAdapter {
  return {
    getTeam: adapter.getTeam.bind(adapter),
    saveTeam: adapter.saveTeam.bind(adapter),
    ...overrides,
  };
}

async function host(adapter: AnyAdapter | undefined, teamId: string | null = exampleTeam.id, settle = true) {
  const el = await fixture<ResourceHostElement>(
    html`<test-resource-host .adapter=${adapter} team-id=${teamId ?? ''}></test-resource-host>`,
  );
  if (adapter && settle) await waitUntil(() => el.team.state.status !== 'loading', 'the load never ends');
  return el;
}

async function saved(adapter: MemoryAdapter): Promise<Versioned<Team>> {
  return adapter.getTeam({ teamId: exampleTeam.id });
}

describe('ResourceController', () => {
  let adapter: MemoryAdapter;
  beforeEach(async () => {
    adapter = await MemoryAdapter.withData(exampleData);
  });

  describe('loading', () => {
    it('loads the record its ref names, with its context, and reports the view to the audit log', async () => {
      const audit: AuditEvent[] = [];
      const el = await host(remote(adapter, { audit: (e) => audit.push(e) }));
      expect(el.team.value?.record.value.id).to.equal(exampleTeam.id);
      expect(el.team.value?.context).to.equal(`context of ${exampleTeam.id}`);
      expect(audit).to.deep.equal([
        { action: 'view', kind: 'team', id: exampleTeam.id, clientId: exampleTeam.clientId },
      ]);
    });

    it('is empty (ready with null) when no record is chosen', async () => {
      const el = await host(remote(adapter), null);
      expect(el.team.state).to.deep.equal({ status: 'ready', value: null });
    });

    it('waits for its adapter in the loading state, firing nothing, and loads once it is set', async () => {
      let errors = 0;
      const count = () => errors++;
      document.addEventListener('saumaton-error', count);
      try {
        const el = await host(undefined);
        await new Promise((r) => setTimeout(r, 30));
        expect(el.team.state.status).to.equal('loading');
        el.adapter = remote(adapter);
        await waitUntil(() => el.team.state.status === 'ready', 'never loaded');
        expect(errors).to.equal(0);
      } finally {
        document.removeEventListener('saumaton-error', count);
      }
    });

    it('an adapter without a method it requires is an error the host page hears of', async () => {
      const el = await fixture<ResourceHostElement>(html`<test-resource-host team-id="x"></test-resource-host>`);
      const error = oneEvent(el, 'saumaton-error');
      el.adapter = { getTeam: adapter.getTeam.bind(adapter) };
      expect((await error).detail.error).to.be.instanceOf(MissingAdapterError);
      expect(el.team.state.status).to.equal('error');
    });

    it('loads again when the adapter or the ref changes, and drops the superseded answer', async () => {
      let release!: (v: Versioned<Team>) => void;
      const slow = remote(adapter, {
        getTeam: () => new Promise<Versioned<Team>>((resolve) => (release = resolve)),
      });
      const el = await host(slow, exampleTeam.id, false);
      const stale = await saved(adapter);
      el.adapter = remote(adapter);
      await waitUntil(() => el.team.state.status === 'ready', 'the second adapter never answered');
      const version = el.team.value?.record.version;
      release({ ...stale, value: { ...stale.value, status: 'suspended' }, version: 'old' });
      await new Promise((r) => setTimeout(r, 10));
      expect(el.team.value?.record.version).to.equal(version);
      expect(el.team.value?.record.value.status).to.equal(exampleTeam.status);
    });

    it('recognizes a NotFoundError from another copy of the library', async () => {
      const other = await otherCopy();
      const el = await host(remote(adapter, { getTeam: () => Promise.reject(new other.NotFoundError('Team', 'x')) }));
      const state = el.team.state;
      expect(state.status === 'error' && state.error).to.have.property('name', 'NotFoundError');
      expect(state.status === 'error' && state.error instanceof other.NotFoundError).to.equal(false);
    });
  });

  describe('saving', () => {
    it('saves with ifMatch, shows the saved version, tells the host page and the audit log', async () => {
      const audit: AuditEvent[] = [];
      const el = await host(remote(adapter, { audit: (e) => audit.push(e) }));
      const base = el.team.value!.record.version;
      const event = oneEvent<SaumatonSavedEvent>(el, 'saumaton-saved');
      expect(await el.team.save(status('suspended'))).to.equal(true);
      const { detail } = await event;
      expect(detail.kind).to.equal('team');
      expect(detail.kind === 'team' && detail.value.status).to.equal('suspended');
      expect(detail.version).not.to.equal(base);
      expect((await saved(adapter)).value.status).to.equal('suspended');
      expect(el.team.edit.status).to.equal('idle');
      expect(el.savedWith).to.deep.equal([false]);
      expect(audit.map((e) => e.action)).to.deep.equal(['view', 'update']);
    });

    it('refuses what its check finds broken, sending nothing', async () => {
      const el = await host(remote(adapter));
      const before = (await saved(adapter)).version;
      expect(await el.team.save(status('inactive'))).to.equal(false);
      expect(el.team.edit).to.include({ status: 'invalid' });
      expect((await saved(adapter)).version).to.equal(before);
    });

    it('runs one save at a time', async () => {
      const el = await host(remote(adapter));
      const first = el.team.save(status('suspended'));
      expect(el.team.saving).to.equal(true);
      expect(await el.team.save(status('active'))).to.equal(false);
      expect(await first).to.equal(true);
    });

    it('on a conflict, shows theirs, keeps the change, and can save it on top of theirs', async () => {
      const el = await host(remote(adapter));
      const base = await saved(adapter);
      const newcomer = { id: 'm-new', name: 'Uusi Jäsen', role: 'member' } as const;
      await adapter.saveTeam({ ...base.value, members: [...base.value.members, newcomer] }, base.version);
      const error = oneEvent(el, 'saumaton-error');
      expect(await el.team.save(status('suspended'))).to.equal(false);
      expect((await error).detail.error).to.be.instanceOf(ConflictError);
      const edit = el.team.edit;
      expect(edit.status).to.equal('conflict');
      if (edit.status !== 'conflict') return;
      expect(edit.mine.members).to.have.length(base.value.members.length);
      expect(el.team.value?.record.value.members).to.have.length(base.value.members.length + 1);
      expect(await el.team.keepMine()).to.equal(true);
      const after = (await saved(adapter)).value;
      expect([after.status, after.members.length]).to.deep.equal(['suspended', base.value.members.length + 1]);
    });

    it('on a conflict, can discard the change and keep theirs', async () => {
      const el = await host(remote(adapter));
      const base = await saved(adapter);
      await adapter.saveTeam({ ...base.value, status: 'active' }, base.version);
      await el.team.save(status('suspended'));
      el.team.discard();
      expect(el.team.edit.status).to.equal('idle');
      expect((await saved(adapter)).value.status).to.equal('active');
    });

    it('recognizes the conflict of an adapter bundled with another copy of the library', async () => {
      const other = await otherCopy();
      const el = await host(
        remote(adapter, {
          saveTeam: async () => {
            throw new other.ConflictError(await adapter.getTeam({ teamId: exampleTeam.id }));
          },
        }),
      );
      await el.team.save(status('suspended'));
      expect(el.team.edit.status).to.equal('conflict');
    });

    it('a conflict it cannot recognize still ends in the conflict, never in the same failure again', async () => {
      let conflicts = true;
      const el = await host(
        remote(adapter, {
          saveTeam: (team, ifMatch, opts) =>
            conflicts
              ? Promise.reject(new Error('HTTP 412 Precondition Failed'))
              : adapter.saveTeam(team, ifMatch, opts),
        }),
      );
      // Someone else saves; the adapter reports the stale save as a plain error.
      const base = await saved(adapter);
      await adapter.saveTeam({ ...base.value, status: 'active' }, base.version);
      await el.team.save(status('suspended'));
      await waitUntil(() => el.team.edit.status === 'conflict', 'the widget stays stuck in the failure');
      expect(el.team.value?.record.value.status).to.equal('active');
      conflicts = false;
      expect(await el.team.keepMine()).to.equal(true);
      expect((await saved(adapter)).value.status).to.equal('suspended');
    });

    it('after a failure, retry reads the current version and sends the change again', async () => {
      let offline = true;
      const el = await host(
        remote(adapter, {
          saveTeam: (team, ifMatch, opts) =>
            offline ? Promise.reject(new OfflineError('down')) : adapter.saveTeam(team, ifMatch, opts),
        }),
      );
      await el.team.save(status('suspended'));
      await waitUntil(() => el.team.edit.status === 'failed' && !el.team.saving, 'never failed');
      expect(el.team.edit).to.include({ status: 'failed' });
      offline = false;
      expect(await el.team.retry()).to.equal(true);
      expect((await saved(adapter)).value.status).to.equal('suspended');
    });

    it('a save answered after the ref changed never shows', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const el = await host(
        remote(adapter, {
          saveTeam: async (team, ifMatch, opts) => {
            await gate;
            return adapter.saveTeam(team, ifMatch, opts);
          },
        }),
      );
      const pending = el.team.save(status('suspended'));
      el.teamId = 'team-other';
      await el.updateComplete;
      release();
      expect(await pending).to.equal(false);
      expect(el.savedWith).to.deep.equal([]);
    });

    it('creates a record with ifMatch null', async () => {
      const el = await host(remote(adapter), null);
      const created = await el.team.create({
        summary: 'convene',
        apply: () => ({
          id: 'team-new',
          clientId: exampleTeam.clientId,
          status: 'proposed',
          members: [],
          meetings: [],
        }),
      });
      expect(created).to.equal(true);
      expect(el.team.value?.record.value.id).to.equal('team-new');
      expect(el.savedWith).to.deep.equal([true]);
    });
  });

  describe('live updates', () => {
    it('shows what someone else saved while idle, and tells the host', async () => {
      const el = await host(adapter);
      const base = await saved(adapter);
      await adapter.saveTeam({ ...base.value, status: 'suspended' }, base.version);
      await waitUntil(() => el.team.value?.record.value.status === 'suspended', 'the update never showed');
      expect(el.remote).to.have.length(1);
    });

    it('leaves the shown version alone while the user is busy', async () => {
      const el = await host(adapter);
      el.busy = true;
      const base = await saved(adapter);
      await adapter.saveTeam({ ...base.value, status: 'suspended' }, base.version);
      await new Promise((r) => setTimeout(r, 10));
      expect(el.team.value?.record.version).to.equal(base.version);
    });

    it('stops listening when removed from the page and listens again when put back', async () => {
      let listening = 0;
      const counting = remote(adapter, {
        subscribe: (ref, listener) => {
          listening++;
          const stop = adapter.subscribe(ref, listener);
          return () => {
            listening--;
            stop();
          };
        },
      });
      const el = await host(counting);
      await el.updateComplete;
      expect(listening).to.equal(1);
      const parent = el.parentElement!;
      el.remove();
      expect(listening).to.equal(0);
      parent.append(el);
      await el.updateComplete;
      expect(listening).to.equal(1);
    });
  });
});
