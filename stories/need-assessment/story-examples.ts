/// <reference types="vite/client" />
/**
 * The published R4, SDC and LHC-Forms example Questionnaires vendored with
 * `@saumaton/questionnaire`'s tests (their sources and licences in
 * `packages/questionnaire/test/fixtures/SOURCES.md`), for the need assessment's stories: those the
 * renderer shows, and those it refuses with why (its README, "The published examples").
 */
import gcsResponseUrl from '../../packages/questionnaire/test/fixtures/hl7-r4/QuestionnaireResponse-gcs.json?url';
import r4_3141Url from '../../packages/questionnaire/test/fixtures/hl7-r4/Questionnaire-3141.json?url';
import bbUrl from '../../packages/questionnaire/test/fixtures/hl7-r4/Questionnaire-bb.json?url';
import gcsUrl from '../../packages/questionnaire/test/fixtures/hl7-r4/Questionnaire-gcs.json?url';
import r4Phq9Url from '../../packages/questionnaire/test/fixtures/hl7-r4/Questionnaire-phq-9-questionnaire.json?url';
import zikaUrl from '../../packages/questionnaire/test/fixtures/hl7-r4/Questionnaire-zika-virus-exposure-assessment.json?url';
import sdcPhq9ResponseUrl from '../../packages/questionnaire/test/fixtures/hl7-sdc/QuestionnaireResponse-questionnaireresponse-sdc-profile-example-PHQ9.json?url';
import sdcPhq9Url from '../../packages/questionnaire/test/fixtures/hl7-sdc/Questionnaire-questionnaire-sdc-profile-example-PHQ9.json?url';
import framinghamUrl from '../../packages/questionnaire/test/fixtures/hl7-sdc/Questionnaire-questionnaire-sdc-profile-example-framingham-hchd-lhc.json?url';
import ussgUrl from '../../packages/questionnaire/test/fixtures/hl7-sdc/Questionnaire-questionnaire-sdc-profile-example-ussg-fht.json?url';
import testEnableWhenUrl from '../../packages/questionnaire/test/fixtures/hl7-sdc/Questionnaire-questionnaire-sdc-test-enableWhen.json?url';
import apgarUrl from '../../packages/questionnaire/test/fixtures/lhc/lhcforms-apgar-with-itemWeight-variable.json?url';
import lhcPhq9Url from '../../packages/questionnaire/test/fixtures/lhc/lhcforms-phq9.json?url';
import containedWeightUrl from '../../packages/questionnaire/test/fixtures/lhc/lhcforms-q-with-contained-valueset-with-itemWeight.json?url';
import nestedEnableWhenUrl from '../../packages/questionnaire/test/fixtures/lhc/lhcforms-q-with-nested-enableWhen.json?url';

type Json = Record<string, unknown>;

async function load(url: string): Promise<Json> {
  const response = await fetch(url);
  if (!response.ok) throw new globalThis.Error(`${url}: ${response.status}`);
  return (await response.json()) as Json;
}

/** A published example: where it comes from, and its Questionnaire (and a published response to it). */
export interface PublishedExample {
  readonly name: string;
  readonly template: () => Promise<Json>;
  readonly response?: () => Promise<Json>;
}

const example = (name: string, url: string, responseUrl?: string): PublishedExample => ({
  name,
  template: () => load(url),
  ...(responseUrl ? { response: () => load(responseUrl) } : {}),
});

/** The published examples the renderer shows (`@saumaton/questionnaire`'s README, "The published examples"). */
export const shownExamples = {
  bb: example('HL7 FHIR R4 Questionnaire/bb (a baby’s birth details)', bbUrl),
  gcs: example(
    'HL7 FHIR R4 Questionnaire/gcs (the Glasgow Coma Scale), with its published response',
    gcsUrl,
    gcsResponseUrl,
  ),
  zika: example('HL7 FHIR R4 Questionnaire/zika-virus-exposure-assessment', zikaUrl),
  sdcPhq9: example('HL7 SDC PHQ-9, with its published response', sdcPhq9Url, sdcPhq9ResponseUrl),
  framingham: example('HL7 SDC framingham-hchd-lhc (calculated expressions, FHIRPath)', framinghamUrl),
  lhcPhq9: example('LHC-Forms phq9', lhcPhq9Url),
  apgar: example('LHC-Forms apgar-with-itemWeight-variable (a score from variables)', apgarUrl),
  nestedEnableWhen: example('LHC-Forms q-with-nested-enableWhen', nestedEnableWhenUrl),
} as const;

/** The published examples the renderer refuses, and why (the error state names the items). */
export const refusedExamples: readonly (PublishedExample & { readonly why: string })[] = [
  {
    ...example('HL7 FHIR R4 Questionnaire/3141', r4_3141Url),
    why: 'an answerValueSet that needs a terminology server',
  },
  {
    ...example('HL7 FHIR R4 Questionnaire/phq-9-questionnaire', r4Phq9Url),
    why: 'CQL (cqf-library, cqf-expression), and answerValueSets on a terminology server',
  },
  { ...example('HL7 SDC ussg-fht', ussgUrl), why: 'answerValueSets that need a terminology server' },
  {
    ...example('HL7 SDC test-enableWhen', testEnableWhenUrl),
    why: 'an answerValueSet on a terminology server, and conditions comparing coded choices with answerString',
  },
  {
    ...example('LHC-Forms q-with-contained-valueset-with-itemWeight', containedWeightUrl),
    why: 'an answerValueSet named by a URL that is not contained',
  },
];
