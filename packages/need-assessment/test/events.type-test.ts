// Compile-time checks of the assessment's events as a host sees them: `npm run typecheck` fails if
// they regress. Nothing here runs; the file is not a test module (no `.test.ts`).
import type { NeedAssessment } from '@saumaton/need-assessment';
import '@saumaton/need-assessment/saumaton-need-assessment.js';

export function assessmentEvents(form: NeedAssessment): unknown[] {
  const seen: unknown[] = [];
  form.addEventListener('saumaton-change', (event) => {
    const linkId: string = event.detail.linkId;
    const first: boolean | undefined = event.detail.answers[0]?.valueBoolean;
    // @ts-expect-error the detail has no `value`: the response is the element's
    seen.push(linkId, first, event.detail.value);
  });
  form.addEventListener('saumaton-error', (event) => seen.push(event.detail.error));
  // @ts-expect-error the detail is a change, not a number
  form.addEventListener('saumaton-change', (event: CustomEvent<number>) => seen.push(event.detail));
  const found = document.querySelector('saumaton-need-assessment');
  found?.addEventListener('saumaton-change', (event) => seen.push(event.detail.itemId));
  return seen;
}
