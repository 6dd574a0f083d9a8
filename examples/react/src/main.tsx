import './widgets.js'; // first: registers the elements before the first render
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AssessmentTemplateSchema, MemoryAdapter, parse } from '@saumaton/core';
import { exampleData } from '@saumaton/core/examples';
import serviceNeedAssessment from '@saumaton/questionnaire/templates/service-need-assessment.json';
import { App } from './App.js';

// One adapter for the page, made once: a new adapter object would make every widget load again.
// It holds the example client, team and consents, and the service-need assessment template that
// <saumaton-need-assessment template-id="…"> reads through `getTemplate` (checked on the way in).
void MemoryAdapter.withData({
  ...exampleData,
  templates: [parse(AssessmentTemplateSchema, serviceNeedAssessment)],
}).then((adapter) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App adapter={adapter} />
    </StrictMode>,
  );
});
