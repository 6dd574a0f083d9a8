// A portal's own TypeScript, importing nothing but the registration module: the tag, the roster's
// event map and the global one are typed without importing @saumaton/elements. Nothing here runs.
import '@saumaton/team-roster/saumaton-team-roster.js';

const seen: unknown[] = [];
const roster = document.querySelector('saumaton-team-roster');
roster?.addEventListener('saumaton-saved', (event) => {
  seen.push(event.detail.value.members.length, event.detail.version);
  // @ts-expect-error a team has no `answers`
  seen.push(event.detail.value.answers);
});
// @ts-expect-error the detail of the roster's saumaton-saved is its team, not a number
roster?.addEventListener('saumaton-saved', (event: CustomEvent<number>) => seen.push(event.detail));
roster?.addEventListener('saumaton-error', (event) => seen.push(event.detail.error));
if (roster) {
  roster.teamId = 'team-1';
  // @ts-expect-error no property `temId` (it is `teamId`)
  roster.temId = 'team-1';
}

// Bubbling to the document, saumaton-saved is the union of every widget's record, narrowed by kind.
document.addEventListener('saumaton-saved', (event) => {
  if (event.detail.kind === 'team') seen.push(event.detail.value.members);
});
// @ts-expect-error no widget saves a kind called "teams"
document.addEventListener('saumaton-saved', (event) => event.detail.kind === 'teams');

export { seen };
