/**
 * `Patient` ↔ `Client`. The personal identity code is the `urn:oid:1.2.246.21` identifier,
 * `turvakielto` is HL7 Finland's `TURVAKIELTO` security label, and the language of service is
 * the preferred `communication` language (no Finnish extension exists for it).
 */
import { ClientSchema, parse, type Client } from '@saumaton/core';
import {
  BCP47_SYSTEM,
  IDENTITY_CODE_SYSTEM,
  SECURITY_LABEL_SYSTEM,
  TURVAKIELTO_CODE,
  V2_IDENTIFIER_TYPE_SYSTEM,
} from './codes.js';
import { checkShape, compact, readName, writeName } from './datatypes.js';
import { PatientSchema, type Coding, type Identifier, type Patient } from './resources.js';

function isTurvakielto(label: Coding): boolean {
  // The code system is case-insensitive.
  return label.system === SECURITY_LABEL_SYSTEM && label.code?.toUpperCase() === TURVAKIELTO_CODE;
}

/** The current identity code: an `old` one (a corrected code) is kept but never read. */
function isCurrentCode(i: Identifier): boolean {
  return i.system === IDENTITY_CODE_SYSTEM && i.use !== 'old';
}

function languageCode(c: NonNullable<Patient['communication']>[number]): string | undefined {
  return (c.language.coding?.find((x) => x.system === BCP47_SYSTEM) ?? c.language.coding?.[0])?.code;
}

function preferredLanguage(patient: Patient): string | undefined {
  const all = patient.communication ?? [];
  const chosen = all.find((c) => c.preferred) ?? all[0];
  return chosen && languageCode(chosen);
}

/**
 * Maps a Patient resource to a Client.
 * @throws ValidationError when the resource is not a Patient of the expected shape, or what it
 *   holds does not fit the model (a malformed identity code, no name).
 */
export function patientToClient(resource: unknown): Client {
  const patient = checkShape(PatientSchema, resource, 'Patient');
  const identityCode = patient.identifier?.find(isCurrentCode)?.value;
  const languageOfService = preferredLanguage(patient);
  return parse(
    ClientSchema,
    compact({
      id: patient.id,
      name: readName(patient.name),
      identityCode,
      languageOfService,
      turvakielto: (patient.meta?.security ?? []).some(isTurvakielto),
    }),
  );
}

/**
 * Maps a Client onto a Patient: onto `base` when the Patient exists, keeping everything the
 * client does not hold (addresses, other identifiers, the home municipality), else a new one.
 */
export function clientToPatient(client: Client, base?: Patient): Patient {
  const others = (base?.identifier ?? []).filter((i) => !isCurrentCode(i));
  const oldCode = base?.identifier?.find(isCurrentCode);
  const identifier =
    client.identityCode === undefined
      ? others
      : [
          oldCode?.value === client.identityCode
            ? oldCode
            : {
                use: 'official',
                type: { coding: [{ system: V2_IDENTIFIER_TYPE_SYSTEM, code: 'NNFIN' }] },
                system: IDENTITY_CODE_SYSTEM,
                value: client.identityCode,
              },
          ...others,
        ];

  const labels = (base?.meta?.security ?? []).filter((label) => !isTurvakielto(label));
  const security = client.turvakielto
    ? [...labels, { system: SECURITY_LABEL_SYSTEM, code: TURVAKIELTO_CODE, display: 'Turvakielto' }]
    : labels;
  const meta = compact({ ...base?.meta, security: security.length > 0 ? security : undefined });

  const communication =
    client.languageOfService === undefined
      ? undefined
      : preferredLanguage(base ?? { resourceType: 'Patient' }) === client.languageOfService
        ? base?.communication
        : [
            {
              // The language as the Patient had it, if it did, now preferred.
              ...(base?.communication?.find((c) => languageCode(c) === client.languageOfService) ?? {
                language: { coding: [{ system: BCP47_SYSTEM, code: client.languageOfService }] },
              }),
              preferred: true,
            },
            ...(base?.communication ?? [])
              .filter((c) => languageCode(c) !== client.languageOfService)
              .map(({ preferred: _, ...rest }) => rest),
          ];

  return compact({
    ...base,
    resourceType: 'Patient',
    id: client.id,
    meta: Object.keys(meta).length > 0 ? meta : undefined,
    identifier: identifier.length > 0 ? identifier : undefined,
    name: writeName(client.name, base?.name),
    communication: communication && communication.length > 0 ? communication : undefined,
  });
}
