import './widgets'; // first: registers the elements before Angular renders them
import { bootstrapApplication } from '@angular/platform-browser';
import { MemoryAdapter } from '@saumaton/core';
import { exampleData } from '@saumaton/core/examples';
import { ADAPTER, PortalComponent } from './portal.component';

// One adapter for the page, made once: a new adapter object would make every widget load again.
MemoryAdapter.withData(exampleData)
  .then((adapter) => bootstrapApplication(PortalComponent, { providers: [{ provide: ADAPTER, useValue: adapter }] }))
  .catch((error: unknown) => console.error(error));
