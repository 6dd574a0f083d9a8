/**
 * Data for the stories of the need assessment as a record (`assessment-id`, `meter-id`): Aino's
 * assessment in each of its states, her life-situation meter over two years, and adapters that
 * lose the connection or meet someone else's save. Each story's loader calls one of these, so
 * every render starts from fresh data with ids of its own (drafts kept on this device by one
 * story never show in another).
 */
import {
  MemoryAdapter,
  OfflineError,
  newId,
  todayInFinland,
  type AnyAdapter,
  type Assessment,
  type AssessmentGround,
  type MeterReading,
} from '@saumaton/core';
import { exampleAssessment, exampleClient, exampleMeterReadings } from '@saumaton/core/examples';
import { DraftStore, draftIdOf } from '../../packages/need-assessment/src/record/draft-store.js';
import { shippedTemplates } from './story-adapters.js';

/** A day `days` calendar days before today (Finnish time), `YYYY-MM-DD`. */
function daysAgo(days: number): string {
  const [y, m, d] = todayInFinland().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** Aino's assessment with its own id, initiated `daysBefore` days ago on `grounds`. */
export function ainosAssessment(grounds: readonly AssessmentGround[] = ['other'], daysBefore = 1): Assessment {
  return {
    ...exampleAssessment,
    id: newId('assessment-story'),
    initiation: { ...exampleAssessment.initiation, triggerDate: daysAgo(daysBefore), grounds: [...grounds] },
  };
}

/** The store with Saumaton's templates, Aino, `assessments` and her meter readings. */
export async function recordAdapter(
  assessments: readonly Assessment[],
  meterReadings: readonly MeterReading[] = exampleMeterReadings,
): Promise<MemoryAdapter> {
  return MemoryAdapter.withData({
    clients: [exampleClient],
    templates: await shippedTemplates(),
    assessments,
    meterReadings,
  });
}

/** Aino's assessment, completed with her own view. */
export function completedAssessment(): Assessment {
  return {
    ...ainosAssessment(['other'], 20),
    status: 'completed',
    completedAt: new Date(`${daysAgo(2)}T10:30:00Z`).toISOString(),
    clientView: { kind: 'given', text: 'Haluan saada vuokrat maksettua ja asua edelleen tässä asunnossa.' },
  };
}

/** A completed assessment, then amended: the store keeps both versions, the completed one readable. */
export async function amendedAdapter(): Promise<{ adapter: MemoryAdapter; assessmentId: string }> {
  const completed = completedAssessment();
  const adapter = await recordAdapter([]);
  const first = await adapter.saveAssessment({ ...completed, status: 'in-progress' }, null);
  const done = await adapter.saveAssessment(completed, first.version);
  await adapter.saveAssessment(
    {
      ...completed,
      status: 'amended',
      answers: completed.answers.map((item) =>
        item.linkId === 'strengths'
          ? { linkId: 'strengths', answer: [{ valueString: 'Hyvä suhde äitiin; aloitti työkokeilun kahvilassa.' }] }
          : item,
      ),
      completedAt: new Date().toISOString(),
    },
    done.version,
  );
  return { adapter, assessmentId: completed.id };
}

/**
 * Answers kept on this device and not saved: what a reload in the middle of the assessment
 * finds. Written to the widget's own draft store before the story renders.
 */
export async function restoredDraftAdapter(): Promise<{ adapter: MemoryAdapter; assessmentId: string }> {
  const assessment = ainosAssessment(['over-75'], 2);
  const adapter = await recordAdapter([assessment]);
  const saved = await adapter.getAssessment(assessment.id);
  const drafts = new DraftStore();
  try {
    await drafts.put({
      id: draftIdOf({ assessmentId: assessment.id }),
      assessmentId: assessment.id,
      baseVersion: saved.version,
      answers: [
        ...assessment.answers.filter((item) => item.linkId !== 'strengths'),
        {
          linkId: 'strengths',
          answer: [
            { valueString: 'Hyvä suhde äitiin; työkokeilu on innostanut; hakee itse apua. Kirjattu ennen katkosta.' },
          ],
        },
      ],
    });
  } finally {
    drafts.close();
  }
  return { adapter, assessmentId: assessment.id };
}

/** Saves never reach the service: the answers wait on this device and the widget says so. */
export async function offlineSavesAdapter(): Promise<{ adapter: AnyAdapter; assessmentId: string }> {
  const assessment = ainosAssessment(['highest-care-allowance'], 3);
  const store = await recordAdapter([assessment]);
  const adapter: AnyAdapter = Object.assign(Object.create(store) as MemoryAdapter, {
    saveAssessment: () => Promise.reject(new OfflineError('The network is not reachable.')),
  });
  return { adapter, assessmentId: assessment.id };
}

/** Aino's life-situation meter over two years: eight readings, by herself and by her worker. */
export function twoYearsOfReadings(): MeterReading[] {
  const areas = exampleMeterReadings[0]!.values.map((v) => v.linkId);
  const rows: [string, 'client' | 'professional', (number | null)[]][] = [
    ['2024-12-10', 'client', [3, 2, 4, 3, 5, 3, 2, 2, 2, 2]],
    ['2024-12-10', 'professional', [4, 3, 3, 3, 5, 4, 2, 3, 3, 3]],
    ['2025-04-15', 'client', [4, 3, 4, 4, 6, null, 2, 3, 3, 3]],
    ['2025-09-09', 'professional', [5, 4, 4, 5, 6, 5, 3, 5, 4, 5]],
    ['2026-01-20', 'client', [5, 5, 5, 5, 7, 5, 3, 5, 5, 5]],
    ['2026-06-09', 'client', [6, 6, 5, 6, 8, 6, 4, 7, 6, 6]],
    ['2026-06-09', 'professional', [6, 5, 5, 6, 7, 6, 4, 6, 6, 6]],
    ['2026-11-24', 'client', [7, 6, 6, 7, 8, 7, 5, 7, 7, 7]],
  ];
  return rows.map(([date, rater, values], i) => ({
    id: `meter-story-${String(i)}`,
    clientId: exampleClient.id,
    meter: exampleMeterReadings[0]!.meter,
    date,
    rater: { kind: rater, ...(rater === 'professional' ? { name: 'Leena Korhonen' } : {}) },
    values: areas.map((linkId, a) => ({ linkId, value: values[a] ?? null })),
  }));
}
