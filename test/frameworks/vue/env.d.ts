// The typings a Vue portal loads once: <saumaton-team-roster>, <saumaton-plan-viewer> and <saumaton-provider>.
import type {} from '@saumaton/team-roster/vue';
import type {} from '@saumaton/elements/vue';
import type {} from '@saumaton/plan-viewer/vue';
