// A portal's own TypeScript, importing nothing but the registration module: the tag, the roster's
// event map and the global one are typed without importing @saumaton/elements. Nothing here runs.
import '@saumaton/team-roster/saumaton-team-roster.js';
import '@saumaton/plan-viewer/saumaton-plan-viewer.js';

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

const plan = document.querySelector('saumaton-plan-viewer');
plan?.addEventListener('saumaton-saved', (event) => {
  if (event.detail.kind === 'plan-part') seen.push(event.detail.value.producer.name, event.detail.version);
  else seen.push(event.detail.value.parts.length);
  // @ts-expect-error a plan and a part have no list of `members` (a team has)
  seen.push(event.detail.value.members.length);
});
// @ts-expect-error the detail of the plan viewer's saumaton-saved is the plan or a part, not a number
plan?.addEventListener('saumaton-saved', (event: CustomEvent<number>) => seen.push(event.detail));
if (plan) {
  plan.clientId = 'client-1';
  plan.mode = 'client';
  // @ts-expect-error no property `planID` (it is `planId`)
  plan.planID = 'plan-1';
}

// Bubbling to the document, saumaton-saved is the union of every widget's record, narrowed by kind.
document.addEventListener('saumaton-saved', (event) => {
  if (event.detail.kind === 'team') seen.push(event.detail.value.members);
  if (event.detail.kind === 'plan-part') seen.push(event.detail.value.services);
});
// @ts-expect-error no widget saves a kind called "teams"
document.addEventListener('saumaton-saved', (event) => event.detail.kind === 'teams');

export { seen };
