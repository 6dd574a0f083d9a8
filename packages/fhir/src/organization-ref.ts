/**
 * Organisations as logical references, the way the consent and the assessment mappings write
 * them (as Kanta refers to organisations): the SOTE organisation OID as an identifier where the
 * id is one, the project's own naming system otherwise. A module of its own so that neither
 * mapping loads the other's.
 */
import type { OrganizationRef, ProducerType } from '@saumaton/core';
import { SAUMATON_FHIR, SOTE_ORGANIZATION_SYSTEM } from './codes.js';
import { OID, compact } from './datatypes.js';
import type { Extension, Reference } from './resources.js';

/** An organisation without an OID, by the id the domain gave it. */
export const ORGANIZATION_ID_SYSTEM = `${SAUMATON_FHIR}/NamingSystem/organization-id`;
/** On an organisation's reference: how it produces the client's services (valueCode). */
export const PRODUCER_TYPE_EXTENSION = `${SAUMATON_FHIR}/StructureDefinition/reference-producer-type`;

export function organizationReference(org: OrganizationRef): Reference {
  const oid = OID.test(org.id);
  return compact({
    identifier: {
      system: oid ? SOTE_ORGANIZATION_SYSTEM : ORGANIZATION_ID_SYSTEM,
      value: oid ? `urn:oid:${org.id}` : org.id,
    },
    display: org.name,
    extension: org.producerType ? [{ url: PRODUCER_TYPE_EXTENSION, valueCode: org.producerType }] : undefined,
  });
}

/** An organisation a reference names, by its OID or our id, else by its FHIR id; undefined when it names none. */
export function readOrganization(reference: Reference | undefined): OrganizationRef | undefined {
  if (!reference) return undefined;
  const identifier = reference.identifier;
  const id =
    identifier?.system === SOTE_ORGANIZATION_SYSTEM
      ? identifier.value?.replace(/^urn:oid:/, '')
      : (identifier?.value ?? reference.reference?.replace(/^Organization\//, ''));
  if (!id) return undefined;
  const producerType = (reference.extension as Extension[] | undefined)?.find(
    (e) => e.url === PRODUCER_TYPE_EXTENSION,
  )?.valueCode;
  return compact({
    id,
    name: reference.display?.trim() || id,
    producerType: producerType as ProducerType | undefined,
  });
}
