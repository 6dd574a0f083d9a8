import { expect, waitUntil } from '@open-wc/testing';
import { ConflictError, MemoryAdapter, NotFoundError, type AnyAdapter } from '@saumaton/core';
import { exampleData, exampleTeam } from '@saumaton/core/examples';

// Two copies of the library on one page, as when a portal bundles an adapter itself and embeds a
// widget from the embed folder: this file's `@saumaton/core` (built from source) throws, and the
// roster of the embed build, with its own minified copy of core, must recognize what it throws.
// Served by the test runner from the embed folder `npm run build` made; not modules TypeScript resolves.
const embedFolder: string = '/packages/embed/dist';
type Runtime = typeof import('@saumaton/core');

interface EmbeddedRoster extends HTMLElement {
  adapter?: AnyAdapter;
  teamId?: string;
  clientId?: string;
  editable: boolean;
  viewer?: unknown;
}

async function embedded(adapter: AnyAdapter, set: (el: EmbeddedRoster) => void): Promise<EmbeddedRoster> {
  const el = document.createElement('saumaton-team-roster') as EmbeddedRoster;
  el.adapter = adapter;
  set(el);
  document.body.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('h2, .state.empty, .state.error'), 'the roster never rendered');
  return el;
}

describe('two copies of the library on one page', () => {
  let runtime: Runtime;
  before(async () => {
    await import(`${embedFolder}/saumaton-team-roster.js`);
    runtime = (await import(`${embedFolder}/saumaton-runtime.js`)) as Runtime;
  });
  afterEach(() => document.querySelectorAll('saumaton-team-roster').forEach((el) => el.remove()));

  it('the minified build keeps every error’s stable name', () => {
    expect(runtime.ConflictError).not.to.equal(ConflictError);
    const names = [
      new runtime.AdapterError('x'),
      new runtime.NotFoundError('Team', 'x'),
      new runtime.ConflictError(undefined),
      new runtime.ForbiddenError(),
      new runtime.UnauthorizedError(),
      new runtime.OfflineError(),
      new runtime.ValidationError([]),
    ].map((e) => e.name);
    expect(names).to.deep.equal([
      'AdapterError',
      'NotFoundError',
      'ConflictError',
      'ForbiddenError',
      'UnauthorizedError',
      'OfflineError',
      'ValidationError',
    ]);
  });

  it('a client without a team is the empty state, whichever copy said NotFound', async () => {
    const memory = await MemoryAdapter.withData(exampleData);
    const el = await embedded(
      {
        getClient: memory.getClient.bind(memory),
        getTeam: () => Promise.reject(new NotFoundError('Team', 'client c-none')),
      },
      (r) => (r.clientId = 'c-none'),
    );
    expect(el.shadowRoot!.querySelector('.state.empty')).to.exist;
    expect(el.shadowRoot!.querySelector('.state.error')).to.equal(null);
  });

  it('a conflict thrown by the other copy shows as a conflict, keeping the change', async () => {
    const memory = await MemoryAdapter.withData(exampleData);
    // The memory adapter is this file's copy: a stale save rejects with its ConflictError.
    const adapter: AnyAdapter = {
      getClient: memory.getClient.bind(memory),
      getTeam: memory.getTeam.bind(memory),
      saveTeam: memory.saveTeam.bind(memory),
    };
    const el = await embedded(adapter, (r) => {
      r.teamId = exampleTeam.id;
      r.editable = true;
      r.viewer = { kind: 'professional' };
    });
    const base = await memory.getTeam({ teamId: exampleTeam.id });
    await memory.saveTeam({ ...base.value, status: 'suspended' }, base.version);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#handover-m-jari')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.state.conflict'), 'no conflict view');
    expect(el.shadowRoot!.querySelector('.state.conflict')!.textContent).to.contain('Suspended');
  });
});
