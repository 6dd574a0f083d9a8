import './widgets.js'; // first: registers the elements before the app mounts
import { createApp, markRaw } from 'vue';
import { AssessmentTemplateSchema, MemoryAdapter, parse } from '@saumaton/core';
import { exampleData } from '@saumaton/core/examples';
import serviceNeedAssessment from '@saumaton/questionnaire/templates/service-need-assessment.json';
import App from './App.vue';

// One adapter for the page, made once and kept out of Vue's reactivity (markRaw): nothing in it
// is state for Vue to track, and a new adapter object would make every widget load again. It
// holds the example client, team and consents, and the service-need assessment template that
// <saumaton-need-assessment template-id="…"> reads through `getTemplate` (checked on the way in).
void MemoryAdapter.withData({
  ...exampleData,
  templates: [parse(AssessmentTemplateSchema, serviceNeedAssessment)],
}).then((adapter) => {
  createApp(App, { adapter: markRaw(adapter) }).mount('#app');
});
