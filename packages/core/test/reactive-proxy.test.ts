// The embedded adapters kept in Vue's deep reactive state (the browser build of Vue's own
// `reactive()`), as a Vue portal that forgets `shallowRef` keeps them: reads, saves and live
// updates still work. The Memory adapter also runs both conformance suites so, in core/test-node.
import { expect } from '@open-wc/testing';
import { reactive } from 'vue/dist/vue.runtime.esm-browser.js';
import { IndexedDbAdapter, MemoryAdapter, seed, type Team } from '@saumaton/core';
import { exampleData, exampleTeam } from '@saumaton/core/examples';

const renamed = (team: Team, name: string): Team => ({
  ...team,
  members: team.members.map((m, i) => (i === 0 ? { ...m, name } : m)),
});

const adapters = {
  MemoryAdapter: async () => ({ adapter: await MemoryAdapter.withData(exampleData), dispose: async () => undefined }),
  IndexedDbAdapter: async () => {
    const adapter = new IndexedDbAdapter({ name: `saumaton-reactive-${Date.now()}` });
    await seed(adapter, exampleData);
    return { adapter, dispose: () => adapter.destroy() };
  },
};

for (const [name, create] of Object.entries(adapters)) {
  describe(`${name} in Vue's reactive()`, () => {
    it('reads, saves and tells subscribers about a team', async () => {
      const { adapter: raw, dispose } = await create();
      try {
        const adapter = reactive(raw);
        const seen: string[] = [];
        const stop = adapter.subscribe({ kind: 'team', teamId: exampleTeam.id }, (team) => seen.push(team.version));
        const read = await adapter.getTeam({ teamId: exampleTeam.id });
        const saved = await adapter.saveTeam(renamed(read.value, 'Uusi Nimi'), read.version);
        const again = await adapter.getTeam({ teamId: exampleTeam.id });
        expect(again.value.members[0]!.name).to.equal('Uusi Nimi');
        expect(again.version).to.equal(saved.version);
        expect(seen).to.deep.equal([saved.version]);
        stop();
      } finally {
        await dispose();
      }
    });
  });
}
