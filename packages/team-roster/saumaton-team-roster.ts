/**
 * Registers `<saumaton-team-roster>`. Import this module for its side effect:
 * `import '@saumaton/team-roster/saumaton-team-roster.js';`
 */
import { define } from '@saumaton/elements';
import { TeamRoster } from './src/TeamRoster.js';

define('saumaton-team-roster', TeamRoster);

declare global {
  interface HTMLElementTagNameMap {
    'saumaton-team-roster': TeamRoster;
  }
}

export { TeamRoster };
