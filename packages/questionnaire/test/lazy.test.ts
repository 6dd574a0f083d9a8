import { expect } from '@open-wc/testing';
import { parseQuestionnaire, QuestionnaireEngine } from '@saumaton/questionnaire';
import { questionnaire } from './helpers.js';

// Alone in its file, so that nothing else on the page has loaded FHIRPath before.
describe('loading FHIRPath', () => {
  const fetched = () => performance.getEntriesByType('resource').filter((e) => /fhirpath|r4-model/.test(e.name)).length;

  it('happens only when a template has an expression', async () => {
    await QuestionnaireEngine.create(parseQuestionnaire(questionnaire([{ linkId: 'a', type: 'string' }])));
    expect(fetched(), 'no expression, no FHIRPath').to.equal(0);
    const calculated = {
      url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
      valueExpression: { language: 'text/fhirpath', expression: '1 + 1' },
    };
    const engine = await QuestionnaireEngine.create(
      parseQuestionnaire(questionnaire([{ linkId: 'x', type: 'integer', readOnly: true, extension: [calculated] }])),
    );
    expect(engine.items[0]!.answers).to.deep.equal([{ valueInteger: 2 }]);
    expect(fetched(), 'FHIRPath and the R4 model').to.be.at.least(2);
  });
});
