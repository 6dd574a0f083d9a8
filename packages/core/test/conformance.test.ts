import { IndexedDbAdapter, MemoryAdapter, seed } from '@saumaton/core';
import { adapterConformance } from '@saumaton/core/conformance';

adapterConformance('MemoryAdapter', {
  create: (fixtures) => MemoryAdapter.withData(fixtures),
});

let databases = 0;
adapterConformance('IndexedDbAdapter', {
  async create(fixtures) {
    const adapter = new IndexedDbAdapter({ name: `saumaton-conformance-${Date.now()}-${databases++}` });
    await seed(adapter, fixtures);
    return adapter;
  },
  dispose: (adapter) => adapter.destroy(),
});
