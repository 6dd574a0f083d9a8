import { expect } from '@open-wc/testing';
import { engineOf, inOrder, no, only, refusal, yes } from './helpers.js';

const bool = (linkId: string, more: Record<string, unknown> = {}) => ({
  linkId,
  type: 'boolean',
  text: linkId,
  ...more,
});
const str = (linkId: string, more: Record<string, unknown> = {}) => ({ linkId, type: 'string', text: linkId, ...more });
const when = (question: string, operator: string, answer: Record<string, unknown>) => ({
  question,
  operator,
  ...answer,
});

describe('enableWhen (DOMAIN §7)', () => {
  describe('in repeating groups: the nearest occurrence, not the first in the response', () => {
    const family = (order: 'question first' | 'dependant first') => {
      const member = [bool('smokes'), str('packs', { enableWhen: [when('smokes', '=', { answerBoolean: true })] })];
      return [
        {
          linkId: 'member',
          type: 'group',
          repeats: true,
          item: order === 'question first' ? member : [...member].reverse(),
        },
        str('summary', { enableWhen: [when('smokes', '=', { answerBoolean: true })] }),
      ];
    };

    it('a condition in a repetition looks at the answer in the same repetition (peers looked at the first)', () => {
      const engine = engineOf(family('question first'));
      const first = only(engine, 'member');
      engine.addRepetition(first.id);
      const [smokes1, smokes2] = inOrder(engine, 'smokes');
      const [packs1, packs2] = inOrder(engine, 'packs');

      engine.setAnswers(smokes1!.id, [no]);
      engine.setAnswers(smokes2!.id, [yes]);
      expect(packs1!.enabled, 'the first member does not smoke').to.be.false;
      expect(packs2!.enabled, 'the second member smokes').to.be.true;

      engine.setAnswers(smokes1!.id, [yes]);
      engine.setAnswers(smokes2!.id, [no]);
      expect(packs1!.enabled).to.be.true;
      expect(packs2!.enabled).to.be.false;
    });

    it('the same repetition wins also when the question comes after its dependant', () => {
      const engine = engineOf(family('dependant first'));
      engine.addRepetition(only(engine, 'member').id);
      const [smokes1, smokes2] = inOrder(engine, 'smokes');
      const [packs1, packs2] = inOrder(engine, 'packs');
      engine.setAnswers(smokes1!.id, [no]);
      engine.setAnswers(smokes2!.id, [yes]);
      expect(packs1!.enabled).to.be.false;
      expect(packs2!.enabled, 'not the first repetition’s answer, which precedes it').to.be.true;
    });

    it('outside the group a condition looks at the nearest preceding repetition', () => {
      const engine = engineOf(family('question first'));
      engine.addRepetition(only(engine, 'member').id);
      const [smokes1, smokes2] = inOrder(engine, 'smokes');
      const summary = only(engine, 'summary');
      engine.setAnswers(smokes1!.id, [yes]);
      engine.setAnswers(smokes2!.id, [no]);
      expect(summary.enabled, 'the last repetition, nearest before it, says no').to.be.false;
      engine.setAnswers(smokes2!.id, [yes]);
      expect(summary.enabled).to.be.true;
    });

    it('a removed repetition no longer decides, and its dependants are re-evaluated', () => {
      const engine = engineOf(family('question first'));
      engine.addRepetition(only(engine, 'member').id);
      const [smokes1, smokes2] = inOrder(engine, 'smokes');
      engine.setAnswers(smokes1!.id, [yes]);
      engine.setAnswers(smokes2!.id, [no]);
      const summary = only(engine, 'summary');
      expect(summary.enabled).to.be.false;
      const change = engine.removeRepetition(smokes2!.parent!.id);
      expect(summary.enabled, 'now the first repetition is the nearest').to.be.true;
      expect(change.toggled).to.include(summary);
    });

    it('a loaded response with two repetitions resolves each to its own', () => {
      const engine = engineOf(family('question first'), {
        resourceType: 'QuestionnaireResponse',
        status: 'in-progress',
        item: [
          { linkId: 'member', item: [{ linkId: 'smokes', answer: [yes] }] },
          { linkId: 'member', item: [{ linkId: 'smokes', answer: [no] }] },
        ],
      });
      const [packs1, packs2] = inOrder(engine, 'packs');
      expect(packs1!.enabled).to.be.true;
      expect(packs2!.enabled).to.be.false;
    });
  });

  describe('several conditions: enableBehavior', () => {
    const items = (behavior: string | undefined) => [
      bool('a'),
      bool('b'),
      str('c', {
        ...(behavior ? { enableBehavior: behavior } : {}),
        enableWhen: [when('a', '=', { answerBoolean: true }), when('b', '=', { answerBoolean: true })],
      }),
    ];

    it('enableBehavior must be given with more than one condition (R4B/R5 wording, not R4’s "more than two")', () => {
      const error = refusal(() => engineOf(items(undefined)));
      expect(error.issues[0]).to.include({ path: 'item.2.enableBehavior', code: 'invalid' });
      expect(error.issues[0]!.message).to.contain('"c"').and.contain('enableBehavior');
    });

    it('"all" needs every condition, "any" one of them', () => {
      for (const [behavior, expected] of [
        ['all', false],
        ['any', true],
      ] as const) {
        const engine = engineOf(items(behavior));
        engine.setAnswers(only(engine, 'a').id, [yes]);
        expect(only(engine, 'c').enabled, behavior).to.equal(expected);
        engine.setAnswers(only(engine, 'b').id, [yes]);
        expect(only(engine, 'c').enabled, behavior).to.be.true;
      }
    });

    it('a condition on a repeating question holds when it holds for any of its answers', () => {
      const engine = engineOf([
        { linkId: 'n', type: 'integer', repeats: true },
        str('big', { enableWhen: [when('n', '>', { answerInteger: 10 })] }),
      ]);
      engine.setAnswers(only(engine, 'n').id, [{ valueInteger: 1 }, { valueInteger: 11 }]);
      expect(only(engine, 'big').enabled).to.be.true;
      engine.setAnswers(only(engine, 'n').id, [{ valueInteger: 1 }, { valueInteger: 2 }]);
      expect(only(engine, 'big').enabled).to.be.false;
    });
  });

  it('descendants of a disabled item are disabled whatever their own conditions say', () => {
    const engine = engineOf([
      bool('gate'),
      {
        linkId: 'section',
        type: 'group',
        enableWhen: [when('gate', '=', { answerBoolean: true })],
        item: [
          bool('inner'),
          // Its own condition holds (no answer equals "x"), yet its group is off.
          str('free', { enableWhen: [when('inner', '!=', { answerBoolean: true })] }),
          { linkId: 'deeper', type: 'group', item: [str('deepest')] },
        ],
      },
    ]);
    for (const linkId of ['section', 'inner', 'free', 'deeper', 'deepest']) {
      expect(only(engine, linkId).enabled, linkId).to.be.false;
    }
    const change = engine.setAnswers(only(engine, 'gate').id, [yes]);
    for (const linkId of ['section', 'inner', 'free', 'deeper', 'deepest']) {
      expect(only(engine, linkId).enabled, linkId).to.be.true;
    }
    expect(change.toggled.map((n) => n.item.linkId)).to.have.members(['section', 'inner', 'free', 'deeper', 'deepest']);
  });

  it('required is ignored while an item is disabled', () => {
    const engine = engineOf([
      bool('gate'),
      str('why', { required: true, enableWhen: [when('gate', '=', { answerBoolean: true })] }),
    ]);
    const why = only(engine, 'why');
    expect(why.required).to.be.false;
    expect(engine.problemsOf(why.id)).to.deep.equal([]);
    expect(engine.validate()).to.deep.equal([]);
    engine.setAnswers(only(engine, 'gate').id, [yes]);
    expect(why.required).to.be.true;
    expect(engine.problemsOf(why.id)).to.deep.equal([{ code: 'required-missing' }]);
    expect(engine.validate().map((p) => p.node)).to.deep.equal([why]);
  });

  it('a disabled question counts as unanswered in the conditions that look at it', () => {
    const engine = engineOf([
      bool('gate'),
      bool('middle', { enableWhen: [when('gate', '=', { answerBoolean: true })] }),
      str('last', { enableWhen: [when('middle', 'exists', { answerBoolean: true })] }),
    ]);
    engine.setAnswers(only(engine, 'gate').id, [yes]);
    engine.setAnswers(only(engine, 'middle').id, [no]);
    expect(only(engine, 'last').enabled).to.be.true;
    const change = engine.setAnswers(only(engine, 'gate').id, [no]);
    expect(only(engine, 'middle').answers, 'its answer is kept').to.deep.equal([no]);
    expect(only(engine, 'last').enabled, 'but no longer counts').to.be.false;
    expect(change.toggled.map((n) => n.item.linkId)).to.have.members(['middle', 'last']);
  });

  describe('operators (the corrected R4 definitions)', () => {
    const gated = (question: Record<string, unknown>, operator: string, answer: Record<string, unknown>) => {
      const engine = engineOf([
        question,
        str('target', { enableWhen: [when(question.linkId as string, operator, answer)] }),
      ]);
      return {
        with: (...answers: Record<string, unknown>[]) => {
          engine.setAnswers(only(engine, question.linkId as string).id, answers);
          return only(engine, 'target').enabled;
        },
      };
    };

    it('exists compares "an answer exists" with the boolean', () => {
      const present = gated(str('q'), 'exists', { answerBoolean: true });
      expect(present.with()).to.be.false;
      expect(present.with({ valueString: 'x' })).to.be.true;
      const absent = gated(str('q'), 'exists', { answerBoolean: false });
      expect(absent.with()).to.be.true;
      expect(absent.with({ valueString: 'x' })).to.be.false;
      expect(
        refusal(() => engineOf([str('q'), str('t', { enableWhen: [when('q', 'exists', { answerString: 'x' })] })]))
          .issues[0]!.message,
      ).to.contain('"exists" takes answerBoolean');
    });

    it('= holds when at least one answer equals the value', () => {
      const equal = gated({ linkId: 'q', type: 'string', repeats: true }, '=', { answerString: 'b' });
      expect(equal.with()).to.be.false;
      expect(equal.with({ valueString: 'a' })).to.be.false;
      expect(equal.with({ valueString: 'a' }, { valueString: 'b' })).to.be.true;
    });

    it('!= holds when NO answer equals the value (not when some answer differs)', () => {
      const unequal = gated({ linkId: 'q', type: 'string', repeats: true }, '!=', { answerString: 'b' });
      expect(unequal.with(), 'unanswered: no answer equals').to.be.true;
      expect(unequal.with({ valueString: 'a' })).to.be.true;
      expect(unequal.with({ valueString: 'a' }, { valueString: 'b' }), 'one answer equals').to.be.false;
    });

    it('>, <, >=, <= hold when at least one answer compares so: numbers, dates, times, quantities', () => {
      expect(gated({ linkId: 'q', type: 'decimal' }, '>', { answerDecimal: 2.5 }).with({ valueDecimal: 2.6 })).to.be
        .true;
      expect(gated({ linkId: 'q', type: 'decimal' }, '>', { answerInteger: 3 }).with({ valueDecimal: 3 })).to.be.false;
      expect(gated({ linkId: 'q', type: 'integer' }, '>=', { answerInteger: 3 }).with({ valueInteger: 3 })).to.be.true;
      expect(gated({ linkId: 'q', type: 'integer' }, '<', { answerInteger: 3 }).with({ valueInteger: 3 })).to.be.false;
      expect(gated({ linkId: 'q', type: 'integer' }, '<=', { answerInteger: 3 }).with({ valueInteger: 3 })).to.be.true;
      expect(gated({ linkId: 'q', type: 'date' }, '>', { answerDate: '2000-01-01' }).with({ valueDate: '2000-01-02' }))
        .to.be.true;
      expect(gated({ linkId: 'q', type: 'date' }, '<=', { answerDate: '2000-01-01' }).with({ valueDate: '2000-01-02' }))
        .to.be.false;
      expect(
        gated({ linkId: 'q', type: 'date' }, '<', { answerDate: '2000-05-01' }).with({ valueDate: '1999' }),
        'the year decides',
      ).to.be.true;
      expect(
        gated({ linkId: 'q', type: 'date' }, '<', { answerDate: '2000-05-01' }).with({ valueDate: '2000' }),
        'the year cannot decide',
      ).to.be.false;
      expect(
        gated({ linkId: 'q', type: 'dateTime' }, '>', { answerDateTime: '2020-01-01T12:00:00+02:00' }).with({
          valueDateTime: '2020-01-01T11:00:00Z',
        }),
        'instants, time zones applied',
      ).to.be.true;
      expect(gated({ linkId: 'q', type: 'time' }, '>', { answerTime: '11:11:11' }).with({ valueTime: '11:11:12' })).to
        .be.true;
      const kg = { system: 'http://unitsofmeasure.org', code: 'kg', unit: 'kg' };
      expect(
        gated({ linkId: 'q', type: 'quantity' }, '>', { answerQuantity: { value: 70, ...kg } }).with({
          valueQuantity: { value: 80, ...kg },
        }),
      ).to.be.true;
      expect(
        gated({ linkId: 'q', type: 'quantity' }, '>', { answerQuantity: { value: 70, ...kg } }).with({
          valueQuantity: { value: 80, system: 'http://unitsofmeasure.org', code: '[lb_av]' },
        }),
        'other units do not compare',
      ).to.be.false;
    });

    it('an operator that can never hold on the question’s answers is refused, naming the item', () => {
      const choice = { linkId: 'q', type: 'choice', answerOption: [{ valueCoding: { system: 's', code: '2' } }] };
      const error = refusal(() =>
        engineOf([choice, str('t', { enableWhen: [when('q', '=', { answerString: '2' })] })]),
      );
      expect(error.issues[0]).to.include({ path: 'item.1.enableWhen.0', code: 'invalid' });
      expect(error.issues[0]!.message).to.contain('"t"').and.contain('answerString');
      expect(
        refusal(() => engineOf([bool('q'), str('t', { enableWhen: [when('q', '>', { answerBoolean: true })] })]))
          .issues[0]!.message,
      ).to.contain('cannot order');
    });
  });

  it('codings compare by system AND code (display ignored)', () => {
    const sys = 'http://example.org/answers';
    const engine = engineOf([
      {
        linkId: 'q',
        type: 'open-choice',
        answerOption: [{ valueCoding: { system: sys, code: 'Y', display: 'Yes' } }],
      },
      str('t', { enableWhen: [when('q', '=', { answerCoding: { system: sys, code: 'Y' } })] }),
    ]);
    const q = only(engine, 'q');
    const t = only(engine, 't');
    engine.setAnswers(q.id, [{ valueCoding: { system: sys, code: 'Y', display: 'Kyllä' } }]);
    expect(t.enabled, 'same system and code').to.be.true;
    engine.setAnswers(q.id, [{ valueCoding: { system: 'http://elsewhere.org', code: 'Y', display: 'Yes' } }]);
    expect(t.enabled, 'same code in another system').to.be.false;
    engine.setAnswers(q.id, [{ valueCoding: { code: 'Y', display: 'Yes' } }]);
    expect(t.enabled, 'a code without a system').to.be.false;
  });

  it('booleans have three states: unanswered, true and false (false is an answer)', () => {
    const engine = engineOf([
      bool('b', { required: true }),
      str('answered', { enableWhen: [when('b', 'exists', { answerBoolean: true })] }),
      str('isFalse', { enableWhen: [when('b', '=', { answerBoolean: false })] }),
    ]);
    const b = only(engine, 'b');
    expect(engine.problemsOf(b.id)).to.deep.equal([{ code: 'required-missing' }]);
    expect(only(engine, 'answered').enabled).to.be.false;
    expect(only(engine, 'isFalse').enabled, 'unanswered is not false').to.be.false;
    engine.setAnswers(b.id, [no]);
    expect(engine.problemsOf(b.id), 'false answers a required boolean').to.deep.equal([]);
    expect(only(engine, 'answered').enabled).to.be.true;
    expect(only(engine, 'isFalse').enabled).to.be.true;
  });

  it('an enableWhen cycle is refused naming its items, never a hang', () => {
    const error = refusal(() =>
      engineOf([
        str('a', { enableWhen: [when('b', 'exists', { answerBoolean: true })] }),
        str('b', { enableWhen: [when('a', 'exists', { answerBoolean: true })] }),
      ]),
    );
    expect(error.issues.map((i) => i.code)).to.deep.equal(['enable-when-cycle', 'enable-when-cycle']);
    expect(error.issues.map((i) => i.message).join())
      .to.contain('"a"')
      .and.contain('"b"');
    const own = refusal(() =>
      engineOf([
        {
          linkId: 'g',
          type: 'group',
          enableWhen: [when('inside', 'exists', { answerBoolean: true })],
          item: [str('inside')],
        },
      ]),
    );
    expect(own.issues[0]).to.include({ code: 'enable-when-cycle' });
  });
});

describe('re-evaluation', () => {
  /** A form of `n` groups of 10 strings, each group behind its own boolean, and one gate. */
  const large = (n: number) => [
    bool('gate'),
    ...Array.from({ length: n }, (_, g) => ({
      linkId: `g${g}`,
      type: 'group',
      enableWhen: [when('gate', '=', { answerBoolean: true })],
      item: [
        bool(`g${g}.on`),
        ...Array.from({ length: 10 }, (_, i) =>
          str(`g${g}.q${i}`, { enableWhen: [when(`g${g}.on`, '=', { answerBoolean: true })] }),
        ),
      ],
    })),
  ];

  /** Counts the conditions evaluated while `run` runs. */
  function countEvaluations(run: () => void): number {
    const proto = Object.getPrototypeOf(engineOf([])) as { holds: (node: unknown) => boolean };
    const original = proto.holds;
    let count = 0;
    proto.holds = function (this: unknown, node: unknown) {
      count++;
      return original.call(this, node);
    };
    try {
      run();
    } finally {
      proto.holds = original;
    }
    return count;
  }

  it('the first evaluation takes each item once', () => {
    const items = large(100);
    let itemCount = 0;
    const count = (list: readonly unknown[]): void =>
      list.forEach((i) => {
        itemCount++;
        count((i as { item?: unknown[] }).item ?? []);
      });
    count(items);
    expect(countEvaluations(() => engineOf(items))).to.equal(itemCount);
  });

  it('an answer re-evaluates only the items whose enableWhen looks at it', () => {
    const engine = engineOf(large(100));
    engine.setAnswers(only(engine, 'gate').id, [yes]);
    const evaluations = countEvaluations(() => engine.setAnswers(only(engine, 'g50.on').id, [yes]));
    expect(evaluations, 'the ten questions behind g50.on, not 1 111 items').to.equal(10);
    expect(only(engine, 'g50.q3').enabled).to.be.true;
    expect(only(engine, 'g51.q3').enabled).to.be.false;
  });

  it('the gate re-evaluates its hundred groups, and what their answers decide once', () => {
    const engine = engineOf(large(100));
    const evaluations = countEvaluations(() => {
      const change = engine.setAnswers(only(engine, 'gate').id, [yes]);
      // Each group, its `on` question and its ten questions (own conditions false) come on.
      expect(change.toggled.length).to.equal(100 * 2);
    });
    expect(evaluations).to.equal(100 + 100 * 10);
  });
});
