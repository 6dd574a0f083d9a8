// The typings a Vue portal loads once: <saumaton-team-roster> and <saumaton-provider>.
import type {} from '@saumaton/team-roster/vue';
import type {} from '@saumaton/elements/vue';
