// Compile-time checks of the consent types: `npm run typecheck` fails if they regress.
// Nothing here runs; the file is not a test module (no `.test.ts`).
import type * as v from '@saumaton/core/schema';
import type { ConsentRecord, ConsentRecordSchema, DisclosurePermit } from '@saumaton/core';

type Parsed = v.InferOutput<typeof ConsentRecordSchema>;

export function consentTypes(parsed: Parsed, record: ConsentRecord): unknown[] {
  // What the schema gives is a record (its unknown members aside), and every record parses.
  const fromSchema: ConsentRecord = parsed;
  const toSchema: Parsed = record;
  const seen: unknown[] = [fromSchema, toSchema];
  if (record.basis === 'statutory-exception') {
    seen.push(record.justification);
    // @ts-expect-error a statutory exception is no consent: it has no instrument
    seen.push(record.instrument);
    // @ts-expect-error nor anyone who gave it
    seen.push(record.actor);
    return seen;
  }
  switch (record.instrument) {
    case 'disclosure-permit':
      seen.push(record.dataClasses, record.informing?.channel);
      // @ts-expect-error a permit has no target: the instruments are never merged
      seen.push(record.target);
      break;
    case 'disclosure-prohibition':
      if (record.sector === 'social-care' && record.target.kind === 'guardian') seen.push(record.target.weightyReason);
      // @ts-expect-error a register is a health-care target only
      if (record.sector === 'social-care') seen.push(record.target.kind === 'register');
      // @ts-expect-error a prohibition has no data classes
      seen.push(record.dataClasses);
      break;
    case 'case-consent':
      seen.push(record.decision, record.purpose.kind === 'other' ? record.purpose.text : undefined);
      break;
  }
  const permit: Omit<DisclosurePermit, 'id'> = {
    clientId: 'c',
    basis: 'consent',
    instrument: 'disclosure-permit',
    sector: 'social-care',
    recipients: [],
    purpose: 'p',
    actor: { kind: 'client', competence: 'adult' },
    method: 'electronic',
    recordedBy: { organization: { id: 'o', name: 'O' } },
    formLanguage: 'fi',
    validFrom: '2026-01-01',
    status: 'active',
    printoutRequested: false,
    // @ts-expect-error a misspelt member does not compile: the types name only the known ones
    dataClass: [],
  };
  seen.push(permit);
  return seen;
}
