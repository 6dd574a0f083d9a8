/**
 * The assessment mapping, pure: Assessment ↔ QuestionnaireResponse and MeterReading ↔
 * Observation in both directions, and what it makes of resources other systems wrote.
 */
import { expect } from '@open-wc/testing';
import {
  ASSESSMENT_GROUNDS,
  INITIATOR_KINDS,
  TRIGGER_KINDS,
  ValidationError,
  type Assessment,
  type MeterReading,
} from '@saumaton/core';
import {
  conformanceAssessment,
  conformanceAssessments,
  conformanceMeterReadings,
  conformanceTemplate,
} from '@saumaton/core/conformance';
import {
  ASSESSMENT_EXT,
  METER_SYSTEM,
  assessmentToFhir,
  fhirToAssessment,
  fhirToMeterReading,
  isReadingOf,
  meterReadingToFhir,
  readTemplateRef,
  templateCanonical,
  type FhirObservation,
  type FhirQuestionnaireResponse,
} from '@saumaton/fhir/assessment';
import {
  assessmentClientViewCodeSystem,
  assessmentDeadlineBasisCodeSystem,
  assessmentGroundCodeSystem,
  assessmentInitiatorCodeSystem,
  assessmentTriggerKindCodeSystem,
} from '@saumaton/fhir/code-systems';

function rejection(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

type Ext = { url: string; extension?: Ext[]; [key: string]: unknown };

/** The sub-extensions of every `url` extension, as `{ url: value }` lists. */
function nested(resource: { extension?: readonly unknown[] }, url: string): Record<string, unknown>[] {
  return ((resource.extension ?? []) as Ext[])
    .filter((e) => e.url === url)
    .map((e) =>
      Object.fromEntries(
        (e.extension ?? []).map((s) => [s.url, Object.entries(s).find(([k]) => k.startsWith('value'))?.[1]]),
      ),
    );
}

/** A QuestionnaireResponse as another system writes one: a PHQ-2-like form, no extensions of ours. */
const foreign: FhirQuestionnaireResponse = {
  resourceType: 'QuestionnaireResponse',
  id: 'phq-1',
  questionnaire: 'http://example.org/Questionnaire/phq-2|1.0',
  status: 'completed',
  subject: { reference: 'Patient/client-1' },
  authored: '2026-02-01T10:00:00Z',
  item: [{ linkId: 'q1', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6568-5' } }] }],
};

describe('Assessment ↔ QuestionnaireResponse', () => {
  it('reads back every conformance assessment exactly as it was written', () => {
    for (const assessment of conformanceAssessments) {
      const written = JSON.parse(JSON.stringify(assessmentToFhir(assessment))) as FhirQuestionnaireResponse;
      expect(fhirToAssessment(written), assessment.id).to.deep.equal(assessment);
    }
  });

  it('writes the template as its canonical, the client as subject, the answers as items, the save time as authored', () => {
    const qr = assessmentToFhir(conformanceAssessment);
    expect(qr).to.deep.include({
      resourceType: 'QuestionnaireResponse',
      id: conformanceAssessment.id,
      questionnaire: `${String(conformanceTemplate.url)}|2.1`,
      status: 'in-progress',
      subject: { reference: `Patient/${conformanceAssessment.clientId}` },
      authored: conformanceAssessment.updatedAt,
      item: conformanceAssessment.answers,
    });
    expect(nested(qr, ASSESSMENT_EXT.initiation)).to.deep.equal([
      {
        triggerDate: '2026-03-02',
        triggerKind: 'contact',
        ground: 'over-75',
        initiatedBy: undefined,
        justification: conformanceAssessment.initiation.justification,
      },
    ]);
    // The id is not in the canonical, so it has an extension of its own.
    expect(((qr.extension ?? []) as Ext[]).find((e) => e.url === ASSESSMENT_EXT.templateId)).to.deep.equal({
      url: ASSESSMENT_EXT.templateId,
      valueString: conformanceTemplate.id,
    });
  });

  it('writes the statutory deadlines for other systems to read: the 7th weekday and 3 months', () => {
    const child: Assessment = {
      ...conformanceAssessment,
      initiation: {
        ...conformanceAssessment.initiation,
        triggerDate: '2025-12-23',
        grounds: ['child-special-support'],
      },
    };
    expect(nested(assessmentToFhir(child), ASSESSMENT_EXT.deadline)).to.deep.equal([
      { type: 'start', date: '2026-01-07', basis: 'shl-36-7th-weekday' },
      { type: 'complete', date: '2026-03-23', basis: 'shl-36-3-months' },
    ]);
    const urgent: Assessment = {
      ...conformanceAssessment,
      initiation: { ...conformanceAssessment.initiation, grounds: ['urgent'] },
    };
    expect(nested(assessmentToFhir(urgent), ASSESSMENT_EXT.deadline)).to.deep.equal([
      { type: 'immediate', date: '2026-03-02', basis: 'shl-36-urgent' },
    ]);
    const other: Assessment = {
      ...conformanceAssessment,
      initiation: { ...conformanceAssessment.initiation, grounds: ['other'] },
    };
    expect(nested(assessmentToFhir(other), ASSESSMENT_EXT.deadline)).to.deep.equal([]);
  });

  it('maps every status one to one', () => {
    for (const status of ['in-progress', 'completed', 'amended', 'stopped'] as const) {
      expect(assessmentToFhir({ ...conformanceAssessment, status }).status).to.equal(status);
    }
  });

  it('keeps what another system added to the response, and writes its own extensions once', () => {
    const stored = {
      ...assessmentToFhir(conformanceAssessment),
      meta: { versionId: '7', lastUpdated: '2026-03-05T12:00:00Z', tag: [{ code: 'x' }] },
      author: { reference: 'Practitioner/p1' },
      identifier: { system: 'urn:ietf:rfc:3986', value: 'urn:uuid:1' },
      extension: [
        { url: 'https://example.org/other', valueString: 'kept' },
        ...(assessmentToFhir(conformanceAssessment).extension ?? []),
      ],
    };
    const rewritten = assessmentToFhir(
      { ...conformanceAssessment, status: 'stopped', stoppedReason: 'Muutti' },
      stored,
    );
    expect(rewritten.meta).to.deep.equal({ tag: [{ code: 'x' }] });
    expect(rewritten['author']).to.deep.equal({ reference: 'Practitioner/p1' });
    expect(rewritten['identifier']).to.deep.equal(stored.identifier);
    const urls = (rewritten.extension ?? []).map((e) => e.url);
    expect(urls.filter((u) => u === ASSESSMENT_EXT.initiation)).to.have.length(1);
    expect(urls).to.include('https://example.org/other');
    expect(fhirToAssessment(rewritten).stoppedReason).to.equal('Muutti');
  });

  it('refuses a response another system wrote without our initiation, naming what is missing', () => {
    const error = rejection(() => fhirToAssessment(foreign));
    expect(error).to.be.instanceOf(ValidationError);
    const issue = (error as ValidationError).issues[0];
    expect(issue?.path).to.equal('QuestionnaireResponse/phq-1.extension');
    expect(issue?.message).to.contain(ASSESSMENT_EXT.initiation);
  });

  it('reads a response with our initiation but only a canonical: the canonical is the template id', () => {
    const initiation = (assessmentToFhir(conformanceAssessment).extension ?? []).filter(
      (e) => e.url === ASSESSMENT_EXT.initiation,
    );
    const read = fhirToAssessment({ ...foreign, extension: initiation });
    expect(read.template).to.deep.equal({
      id: 'http://example.org/Questionnaire/phq-2|1.0',
      url: 'http://example.org/Questionnaire/phq-2',
      version: '1.0',
    });
    expect(read).to.deep.include({ clientId: 'client-1', status: 'completed', updatedAt: foreign.authored });
    expect(read.answers).to.deep.equal(foreign.item);
  });

  it('refuses a response without a Patient subject, and one entered in error, with the path', () => {
    const ours = assessmentToFhir(conformanceAssessment);
    const { subject: _subject, ...noSubject } = ours;
    const e1 = rejection(() => fhirToAssessment(noSubject));
    expect(e1).to.be.instanceOf(ValidationError);
    expect((e1 as ValidationError).path).to.equal(`QuestionnaireResponse/${conformanceAssessment.id}.subject`);
    const group = rejection(() => fhirToAssessment({ ...ours, subject: { reference: 'Group/g1' } }));
    expect((group as ValidationError).path).to.equal(`QuestionnaireResponse/${conformanceAssessment.id}.subject`);
    const e2 = rejection(() => fhirToAssessment({ ...ours, status: 'entered-in-error' }));
    expect(e2).to.be.instanceOf(ValidationError);
    expect((e2 as ValidationError).path).to.equal(`QuestionnaireResponse/${conformanceAssessment.id}.status`);
    expect((e2 as ValidationError).message).to.contain('entered-in-error');
  });

  it('reads an absolute or versioned subject', () => {
    const ours = assessmentToFhir(conformanceAssessment);
    const absolute = { ...ours, subject: { reference: 'https://fhir.example.fi/R4/Patient/client-9/_history/2' } };
    expect(fhirToAssessment(absolute).clientId).to.equal('client-9');
  });

  it('refers to a template without a URL by its id, and refuses one that is no FHIR id', () => {
    expect(templateCanonical({ id: 'q1' })).to.equal('Questionnaire/q1');
    expect(templateCanonical({ id: 'q1', version: '3' })).to.equal('Questionnaire/q1|3');
    expect(templateCanonical({ id: 'q1', url: 'https://x.fi/Q/a', version: '3' })).to.equal('https://x.fi/Q/a|3');
    expect(readTemplateRef('Questionnaire/q1|3', undefined)).to.deep.equal({ id: 'q1', version: '3' });
    expect(readTemplateRef('https://x.fi/Q/a', 'q1')).to.deep.equal({ id: 'q1', url: 'https://x.fi/Q/a' });
    const error = rejection(() => templateCanonical({ id: 'not a fhir id' }));
    expect((error as ValidationError).path).to.equal('template.id');
  });
});

describe('MeterReading ↔ Observation', () => {
  it('reads back every conformance reading exactly as it was written', () => {
    for (const reading of conformanceMeterReadings) {
      const written = JSON.parse(JSON.stringify(meterReadingToFhir(reading))) as FhirObservation;
      expect(fhirToMeterReading(written), reading.id).to.deep.equal(reading);
    }
  });

  it('writes one survey Observation with a component per area, the meter as code, the rater as performer', () => {
    const reading: MeterReading = {
      id: 'r1',
      clientId: 'client-1',
      meter: { id: 'life', url: 'https://saumaton.fi/fhir/Questionnaire/life', version: '1.0' },
      date: '2026-03-10',
      rater: { kind: 'professional', name: 'Leena Korhonen' },
      values: [
        { linkId: 'health', value: 7 },
        { linkId: 'housing', value: null },
        { linkId: 'finances', value: 5.5 },
      ],
      assessmentId: 'a1',
    };
    const obs = meterReadingToFhir(reading);
    const system = 'https://saumaton.fi/fhir/Questionnaire/life';
    expect(obs).to.deep.include({
      status: 'final',
      code: { coding: [{ system, version: '1.0', code: 'life' }] },
      subject: { reference: 'Patient/client-1' },
      effectiveDateTime: '2026-03-10',
      performer: [{ type: 'Practitioner', display: 'Leena Korhonen' }],
      derivedFrom: [{ reference: 'QuestionnaireResponse/a1' }],
    });
    expect(obs.component).to.deep.equal([
      { code: { coding: [{ system, code: 'health' }] }, valueInteger: 7 },
      {
        code: { coding: [{ system, code: 'housing' }] },
        dataAbsentReason: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'not-performed' }],
        },
      },
      { code: { coding: [{ system, code: 'finances' }] }, valueQuantity: { value: 5.5 } },
    ]);
    expect(fhirToMeterReading(obs)).to.deep.equal(reading);
    expect(meterReadingToFhir(reading, obs).status).to.equal('amended');
  });

  it('reads an Observation another system wrote: a component without a value is an area not rated', () => {
    const obs: FhirObservation = {
      resourceType: 'Observation',
      id: 'other-1',
      status: 'final',
      code: { coding: [{ system: METER_SYSTEM, code: 'life' }] },
      subject: { reference: 'Patient/client-1' },
      effectiveDateTime: '2026-02-01T09:30:00+02:00',
      performer: [{ reference: 'Patient/client-1' }],
      component: [
        { code: { coding: [{ system: METER_SYSTEM, code: 'health' }] } },
        { code: { coding: [{ code: 'housing' }] }, valueInteger: 8 },
      ],
    };
    expect(isReadingOf(obs, 'life')).to.equal(true);
    expect(fhirToMeterReading(obs, 'life')).to.deep.equal({
      id: 'other-1',
      clientId: 'client-1',
      meter: { id: 'life' },
      date: '2026-02-01',
      rater: { kind: 'client' },
      values: [
        { linkId: 'health', value: null },
        { linkId: 'housing', value: 8 },
      ],
    });
    expect(isReadingOf({ ...obs, status: 'entered-in-error' }, 'life')).to.equal(false);
    expect(isReadingOf(obs, 'another-meter')).to.equal(false);
  });

  it('refuses an Observation that says neither whose reading it is nor who rated, naming both', () => {
    const obs: FhirObservation = {
      resourceType: 'Observation',
      id: 'bad',
      status: 'final',
      code: { coding: [{ system: METER_SYSTEM, code: 'life' }] },
      effectiveDateTime: '2026-02-01',
      performer: [{ reference: 'RelatedPerson/r1' }],
      component: [],
    };
    const error = rejection(() => fhirToMeterReading(obs));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).to.deep.equal([
      'Observation/bad.subject',
      'Observation/bad.performer',
    ]);
  });
});

describe('The assessment CodeSystems', () => {
  it('hold exactly the codes of the model, each with Finnish and Swedish designations', () => {
    const codes = (cs: { concept: readonly { code: string }[] }) => cs.concept.map((c) => c.code);
    expect(codes(assessmentGroundCodeSystem)).to.deep.equal([...ASSESSMENT_GROUNDS]);
    expect(codes(assessmentTriggerKindCodeSystem)).to.deep.equal([...TRIGGER_KINDS]);
    expect(codes(assessmentInitiatorCodeSystem)).to.deep.equal([...INITIATOR_KINDS]);
    expect(codes(assessmentClientViewCodeSystem)).to.deep.equal(['given', 'obstacle']);
    expect(codes(assessmentDeadlineBasisCodeSystem)).to.deep.equal([
      'shl-36-urgent',
      'shl-36-7th-weekday',
      'shl-36-3-months',
    ]);
    for (const cs of [assessmentGroundCodeSystem, assessmentInitiatorCodeSystem]) {
      for (const concept of cs.concept) {
        expect(concept.designation.map((d) => d.language)).to.deep.equal(['fi', 'sv']);
      }
    }
  });
});
