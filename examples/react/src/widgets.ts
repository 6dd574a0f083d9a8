// Every widget the portal embeds registers here, before React first renders it: React sets a
// prop as a property only when the element already has it (otherwise `adapter` would be written
// as the attribute "[object Object]"). A widget joins with its registration module here and its
// element in App.tsx.
import '@saumaton/team-roster/saumaton-team-roster.js';
import '@saumaton/consent-form/saumaton-consent-form.js';
import '@saumaton/need-assessment/saumaton-need-assessment.js';
import '@saumaton/plan-viewer/saumaton-plan-viewer.js';
// The typings: each element's props and its events typed by their details.
import type {} from '@saumaton/team-roster/react';
import type {} from '@saumaton/consent-form/react';
import type {} from '@saumaton/need-assessment/react';
import type {} from '@saumaton/plan-viewer/react';
