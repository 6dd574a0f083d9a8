// Compile-time checks of the roster's events as a host sees them: `npm run typecheck` fails if
// they regress. Nothing here runs; the file is not a test module (no `.test.ts`).
import type { TeamRoster } from '@saumaton/team-roster';
import '@saumaton/team-roster/saumaton-team-roster.js';

export function rosterEvents(roster: TeamRoster): unknown[] {
  const seen: unknown[] = [];
  // On the element, `saumaton-saved` is the roster's kind alone: no narrowing by `kind` needed.
  roster.addEventListener('saumaton-saved', (event) => {
    const kind: 'team' = event.detail.kind;
    const members: number = event.detail.value.members.length;
    // @ts-expect-error a team has no `answers`
    seen.push(kind, members, event.detail.value.answers);
  });
  roster.addEventListener('saumaton-error', (event) => seen.push(event.detail.error));
  // @ts-expect-error the detail is a saved team, not a number
  roster.addEventListener('saumaton-saved', (event: CustomEvent<number>) => seen.push(event.detail));
  // Found by tag, the element is typed through HTMLElementTagNameMap and keeps its event map.
  const found = document.querySelector('saumaton-team-roster');
  found?.addEventListener('saumaton-saved', (event) => seen.push(event.detail.value.clientId));
  const created = document.createElement('saumaton-team-roster');
  created.addEventListener('saumaton-saved', (event) => seen.push(event.detail.value.members));
  // Other events keep their DOM types.
  roster.addEventListener('click', (event) => seen.push(event.clientX));
  return seen;
}
