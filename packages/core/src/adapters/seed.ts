import type { RecordAdapter } from './record-adapter.js';
import type { SeedData } from './memory-adapter.js';

/**
 * Writes seed data into an embedded adapter, each record at its first version. Every record must
 * fit the model; teams, consent records and assessments are stored as they are, even when they
 * break a rule (a consent already revoked, an assessment completed already), as data written by
 * another system may (see `RecordAdapter.importTeam`, `importConsent`, `importAssessment` and
 * `importPlan`).
 */
export async function seed(adapter: RecordAdapter, data: SeedData): Promise<void> {
  for (const client of data.clients ?? []) await adapter.saveClient(client, null);
  for (const team of data.teams ?? []) await adapter.importTeam(team);
  for (const consent of data.consents ?? []) await adapter.importConsent(consent);
  for (const template of data.templates ?? []) await adapter.saveTemplate(template, null);
  for (const assessment of data.assessments ?? []) await adapter.importAssessment(assessment);
  for (const reading of data.meterReadings ?? []) await adapter.saveMeterReading(reading, null);
  for (const plan of data.plans ?? []) await adapter.importPlan(plan);
}
