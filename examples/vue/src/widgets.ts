// Every widget the portal embeds registers here, before the app mounts. A widget joins with its
// registration module here (and its typings in env.d.ts) and its element in App.vue.
import '@saumaton/team-roster/saumaton-team-roster.js';
import '@saumaton/consent-form/saumaton-consent-form.js';
import '@saumaton/need-assessment/saumaton-need-assessment.js';
import '@saumaton/plan-viewer/saumaton-plan-viewer.js';
