import './widgets'; // first: registers the elements before Angular renders them
import { bootstrapApplication } from '@angular/platform-browser';
import { AssessmentTemplateSchema, MemoryAdapter, parse } from '@saumaton/core';
import { exampleData } from '@saumaton/core/examples';
import serviceNeedAssessment from '@saumaton/questionnaire/templates/service-need-assessment.json';
import { ADAPTER, PortalComponent } from './portal.component';

// One adapter for the page, made once: a new adapter object would make every widget load again.
// It holds the example client, team and consents, and the service-need assessment template that
// <saumaton-need-assessment template-id="…"> reads through `getTemplate` (checked on the way in).
MemoryAdapter.withData({ ...exampleData, templates: [parse(AssessmentTemplateSchema, serviceNeedAssessment)] })
  .then((adapter) => bootstrapApplication(PortalComponent, { providers: [{ provide: ADAPTER, useValue: adapter }] }))
  .catch((error: unknown) => console.error(error));
