import { IndexedDbAdapter, MemoryAdapter, seed } from '@saumaton/core';
import {
  adapterConformance,
  assessmentConformance,
  consentConformance,
  planConformance,
} from '@saumaton/core/conformance';

adapterConformance('MemoryAdapter', {
  create: (fixtures) => MemoryAdapter.withData(fixtures),
});
consentConformance('MemoryAdapter', {
  create: (fixtures) => MemoryAdapter.withData(fixtures),
});
assessmentConformance('MemoryAdapter', {
  create: (fixtures) => MemoryAdapter.withData(fixtures),
});
planConformance('MemoryAdapter', {
  create: (fixtures) => MemoryAdapter.withData(fixtures),
});

let databases = 0;
const indexedDb = {
  async create(fixtures: Parameters<typeof seed>[1]) {
    const adapter = new IndexedDbAdapter({ name: `saumaton-conformance-${Date.now()}-${databases++}` });
    await seed(adapter, fixtures);
    return adapter;
  },
  dispose: (adapter: IndexedDbAdapter) => adapter.destroy(),
};
adapterConformance('IndexedDbAdapter', indexedDb);
consentConformance('IndexedDbAdapter', indexedDb);
assessmentConformance('IndexedDbAdapter', indexedDb);
planConformance('IndexedDbAdapter', indexedDb);
