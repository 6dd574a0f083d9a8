// An adapter kept in a framework's reactive state is a Proxy: Vue's deep `ref()` and `reactive()`
// wrap it and every object reached through it, its backend's Maps included. The embedded adapters
// copy through JSON (`copyJson`), which reads through proxies, instead of `structuredClone`, which
// refuses them with DataCloneError. The conformance suites run here against the Memory adapter
// behind Vue's own `reactive()`, and a team read, saved and followed through a plain `Proxy`.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { reactive, ref } from 'vue';
import { MemoryAdapter } from '@saumaton/core';
import { adapterConformance, assessmentConformance, consentConformance } from '@saumaton/core/conformance';
import { exampleData, exampleTeam } from '@saumaton/core/examples';

const api = { describe, it, beforeEach, afterEach };
/** The team with its first member renamed. */
const renamed = (team, name) => ({ ...team, members: team.members.map((m, i) => (i === 0 ? { ...m, name } : m)) });
const firstName = async (adapter) => (await adapter.getTeam({ teamId: exampleTeam.id })).value.members[0].name;
const inVueReactive = { create: async (fixtures) => reactive(await MemoryAdapter.withData(fixtures)) };
adapterConformance("MemoryAdapter in Vue's reactive() (node:test)", inVueReactive, api);
consentConformance("MemoryAdapter in Vue's reactive() (node:test)", inVueReactive, api);
assessmentConformance("MemoryAdapter in Vue's reactive() (node:test)", inVueReactive, api);

describe('an adapter behind a reactive proxy', () => {
  it("reads, saves and tells subscribers about a team from inside Vue's deep ref()", async () => {
    const adapter = ref(await MemoryAdapter.withData(exampleData)).value;
    assert.notEqual(adapter, undefined);
    const seen = [];
    adapter.subscribe({ kind: 'team', teamId: exampleTeam.id }, (team) => seen.push(team.version));
    const read = await adapter.getTeam({ teamId: exampleTeam.id });
    assert.equal(read.value.members.length, exampleTeam.members.length);
    const saved = await adapter.saveTeam(renamed(read.value, 'Uusi Nimi'), read.version);
    assert.equal(await firstName(adapter), 'Uusi Nimi');
    assert.deepEqual(seen, [saved.version]);
  });

  it('works through a plain Proxy whose traps hand out proxies of every object they reach', async () => {
    const wrap = (target) =>
      new Proxy(target, {
        get(object, key) {
          const value = Reflect.get(object, key, object);
          // A Map's or Set's methods need the real collection as `this`; results are wrapped too.
          if (typeof value === 'function' && (object instanceof Map || object instanceof Set)) {
            return (...args) => {
              const result = value.apply(object, args);
              return result && typeof result === 'object' && !(Symbol.iterator in result) ? wrap(result) : result;
            };
          }
          return value && typeof value === 'object' ? wrap(value) : value;
        },
      });
    const adapter = wrap(await MemoryAdapter.withData(exampleData));
    const read = await adapter.getTeam({ teamId: exampleTeam.id });
    const saved = await adapter.saveTeam(renamed(read.value, 'Toinen Nimi'), read.version);
    assert.notEqual(saved.version, read.version);
    assert.equal(await firstName(adapter), 'Toinen Nimi');
  });
});
