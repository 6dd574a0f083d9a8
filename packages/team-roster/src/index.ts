/**
 * @saumaton/team-roster — `<saumaton-team-roster>`, the multi-service team. This module
 * registers nothing; import `@saumaton/team-roster/saumaton-team-roster.js` to define the tag.
 */
export { TeamRoster, type TeamRosterEventMap } from './TeamRoster.js';
