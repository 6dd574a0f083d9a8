// Compile-time checks of the assessment types: `npm run typecheck` fails if they regress.
// Nothing here runs; the file is not a test module (no `.test.ts`).
import type * as v from '@saumaton/core/schema';
import type {
  AnyAdapter,
  Assessment,
  AssessmentSchema,
  ClientView,
  MeterReading,
  MeterReadingSchema,
  QuestionnaireResponseItem,
  SubscriptionRef,
} from '@saumaton/core';

export function assessmentTypes(
  parsed: v.InferOutput<typeof AssessmentSchema>,
  reading: v.InferOutput<typeof MeterReadingSchema>,
): unknown[] {
  // What the schemas give is the model, and the model is what they give.
  const assessment: Assessment = parsed;
  const meter: MeterReading = reading;
  const seen: unknown[] = [assessment, meter];

  // An answer item as a renderer keeps it (readonly, with members of its own) is an answer item.
  const fromRenderer: { readonly linkId: string; readonly answer: readonly { readonly valueInteger: number }[] } & {
    readonly [key: string]: unknown;
  } = { linkId: 'health', answer: [{ valueInteger: 7 }], extension: [] };
  const item: QuestionnaireResponseItem = fromRenderer;
  seen.push(item);

  // @ts-expect-error an obstacle to the client's view has its reason
  const noReason: ClientView = { kind: 'obstacle' };
  // @ts-expect-error a view is given or an obstacle, nothing else
  const refused: ClientView = { kind: 'refused', reason: 'no' };
  seen.push(noReason, refused);

  const draft: Assessment = {
    id: 'a',
    clientId: 'c',
    template: { id: 'saumaton-service-need-assessment' },
    status: 'in-progress',
    initiation: {
      triggerDate: '2026-11-23',
      triggerKind: 'contact',
      grounds: ['urgent'],
      initiatedBy: { kind: 'client' },
    },
    answers: [],
    // @ts-expect-error a misspelt member does not compile
    completedOn: '2026-11-30',
  };
  // @ts-expect-error the grounds are the statutory ones
  draft.initiation.grounds.push('bored');
  // @ts-expect-error a meter value is a number or null
  meter.values.push({ linkId: 'health', value: '7' });
  seen.push(draft);

  // An assessment is followed by its id.
  const ref: SubscriptionRef<'assessment'> = { kind: 'assessment', assessmentId: 'a' };
  // @ts-expect-error not by its client
  const byClient: SubscriptionRef<'assessment'> = { kind: 'assessment', clientId: 'c' };
  seen.push(ref, byClient);

  // A widget may be handed an adapter with only the assessment methods it needs.
  const partial: AnyAdapter = { getAssessment: async () => ({ value: draft, version: '1' }) };
  seen.push(partial);
  return seen;
}
