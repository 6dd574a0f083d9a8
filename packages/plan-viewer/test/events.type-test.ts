// Compile-time checks of the plan viewer's events as a host sees them: `npm run typecheck` fails if
// they regress. Nothing here runs; the file is not a test module (no `.test.ts`).
import type { PlanViewer } from '@saumaton/plan-viewer';
import '@saumaton/plan-viewer/saumaton-plan-viewer.js';

export function planEvents(viewer: PlanViewer): unknown[] {
  const seen: unknown[] = [];
  viewer.addEventListener('saumaton-saved', (event) => {
    const { detail } = event;
    if (detail.kind === 'plan-part') {
      const producer: string = detail.value.producer.id;
      // @ts-expect-error a part has no goals (only the plan has): an unknown member, not a list
      const goals: readonly unknown[] = detail.value.goals;
      seen.push(producer, goals);
    } else {
      const goals: number = detail.value.goals.length;
      const parts: number = detail.value.parts.length;
      seen.push(goals, parts, detail.version);
    }
  });
  viewer.addEventListener('saumaton-error', (event) => seen.push(event.detail.error));
  // @ts-expect-error the detail is a saved plan, not a number
  viewer.addEventListener('saumaton-saved', (event: CustomEvent<number>) => seen.push(event.detail));
  // On the document the detail is every widget's union: narrowed by kind it is the plan's.
  document.addEventListener('saumaton-saved', (event) => {
    if (event.detail.kind === 'plan') seen.push(event.detail.value.header.documentName);
  });
  const found = document.querySelector('saumaton-plan-viewer');
  found?.addEventListener('saumaton-saved', (event) => seen.push(event.detail.kind));
  return seen;
}
