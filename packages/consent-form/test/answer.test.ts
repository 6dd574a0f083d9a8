import { expect } from '@open-wc/testing';
import { EMPTY_ANSWER, answerOf, canonicalJson, checkAnswer, consentOf } from '../src/answer.js';

const context = {
  instrument: 'case-consent' as const,
  purpose: 'close-network',
  clientId: 'client-aino',
  id: 'consent-x',
  today: '2026-11-30',
  locale: 'sv',
  consequencesShown: '',
};
const recordedBy = { organization: { id: 'org-1', name: 'Kotiapu Lindqvist Oy' } };

describe('the client’s answer', () => {
  it('writes JSON with its keys in order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).to.equal(
      '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it('makes nothing until the client answers', () => {
    expect(consentOf({ recordedBy }, EMPTY_ANSWER, context)).to.equal(undefined);
  });

  it('makes a case consent of the preset and the answer, the purpose from the attribute, today and the page’s language', () => {
    const consent = consentOf({ recordedBy }, { ...EMPTY_ANSWER, decision: 'no' }, context)!;
    expect(consent).to.deep.include({
      id: 'consent-x',
      decision: 'refused',
      validFrom: '2026-11-30',
      formLanguage: 'sv',
    });
    expect(consent.instrument === 'case-consent' && consent.purpose).to.deep.equal({
      kind: 'close-network',
    });
    expect(checkAnswer(consent).ok).to.equal(true);
  });

  it('tells a preset that cannot make a consent from a broken rule', () => {
    const noRecorder = checkAnswer(consentOf({}, { ...EMPTY_ANSWER, decision: 'yes' }, context)!);
    expect(!noRecorder.ok && noRecorder.shape).to.equal(true);
    const unnamed = checkAnswer(
      consentOf({ recordedBy }, { ...EMPTY_ANSWER, decision: 'yes', actorKind: 'guardian' }, context)!,
    );
    expect(!unnamed.ok && !unnamed.shape && unnamed.issues.map((i) => i.code)).to.deep.equal([
      'representative-name-required',
    ]);
  });

  it('reads an answer back from what it submitted, and the empty answer from anything else', () => {
    const consent = consentOf(
      { recordedBy },
      { decision: 'yes', informed: false, actorKind: 'guardian', actorName: 'Matti', printout: true },
      context,
    )!;
    expect(answerOf(canonicalJson(consent), 'case-consent')).to.deep.equal({
      decision: 'yes',
      informed: false,
      actorKind: 'guardian',
      actorName: 'Matti',
      printout: true,
    });
    expect(answerOf(canonicalJson(consent), 'disclosure-permit')).to.equal(EMPTY_ANSWER);
    for (const junk of [null, '', '{', '[]', 'null', '{"instrument":"case-consent","actor":{"kind":"king"}}']) {
      expect(answerOf(junk, 'case-consent').actorKind).to.equal('client');
    }
  });
});
