// Compile-time checks of the public event types: `npm run typecheck` fails if they regress.
// Nothing here runs; the file is not a test module (no `.test.ts`).
import type { SaumatonErrorEvent, SaumatonSavedEvent } from '@saumaton/elements';

export function eventTypes(target: HTMLElement): unknown[] {
  const seen: unknown[] = [];
  target.addEventListener('saumaton-error', (event) => {
    const typed: SaumatonErrorEvent = event;
    // @ts-expect-error the detail has no `value`
    seen.push(typed.detail.error, typed.detail.value);
  });
  target.addEventListener('saumaton-saved', (event) => {
    const typed: SaumatonSavedEvent = event;
    const version: string = typed.detail.version;
    // @ts-expect-error the version is a string
    const wrong: number = typed.detail.version;
    seen.push(version, typed.detail.kind, wrong);
    // The detail is typed by kind: once narrowed, a team's members are there without a cast.
    const members: number = typed.detail.kind === 'team' ? typed.detail.value.members.length : 0;
    // @ts-expect-error no widget saves a kind called "teams"
    const misspelt: 'teams' = typed.detail.kind;
    if (typed.detail.kind === 'team') {
      // @ts-expect-error a team has no `answers`
      seen.push(typed.detail.value.answers);
    }
    seen.push(members, misspelt);
  });
  const provider = document.createElement('saumaton-provider');
  // @ts-expect-error the viewer kind is one of three
  provider.viewer = { kind: 'admin' };
  return seen;
}
