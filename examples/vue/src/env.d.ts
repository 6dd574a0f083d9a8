// The typings of every widget the portal embeds: props and events of each element in templates.
import type {} from '@saumaton/team-roster/vue';
import type {} from '@saumaton/consent-form/vue';
import type {} from '@saumaton/need-assessment/vue';
import type {} from '@saumaton/plan-viewer/vue';
