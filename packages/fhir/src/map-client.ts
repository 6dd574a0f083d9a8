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
import { PatientSchema, type Coding, type Patient } from './resources.js';

function isTurvakielto(label: Coding): boolean {
  // The code system is case-insensitive.
  return label.system === SECURITY_LABEL_SYSTEM && label.code?.toUpperCase() === TURVAKIELTO_CODE;
}

function preferredLanguage(patient: Patient): string | undefined {
  const all = patient.communication ?? [];
  const chosen = all.find((c) => c.preferred) ?? all[0];
  const coding = chosen?.language.coding?.find((c) => c.system === BCP47_SYSTEM) ?? chosen?.language.coding?.[0];
  return coding?.code;
}

/**
 * Maps a Patient resource to a Client.
 * @throws ValidationError when the resource is not a Patient of the expected shape, or what it
 *   holds does not fit the model (a malformed identity code, no name).
 */
export function patientToClient(resource: unknown): Client {
  const patient = checkShape(PatientSchema, resource, 'Patient');
  const identityCode = patient.identifier?.find((i) => i.system === IDENTITY_CODE_SYSTEM)?.value;
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
  const others = (base?.identifier ?? []).filter((i) => i.system !== IDENTITY_CODE_SYSTEM);
  const oldCode = base?.identifier?.find((i) => i.system === IDENTITY_CODE_SYSTEM);
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
            { language: { coding: [{ system: BCP47_SYSTEM, code: client.languageOfService }] }, preferred: true },
            ...(base?.communication ?? []).map(({ preferred: _, ...rest }) => rest),
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
