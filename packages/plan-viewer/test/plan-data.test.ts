/** The pure reading of a plan: part versions, packages, chains, differing views. */
import { expect } from '@open-wc/testing';
import { ValidationError, type PlanPart } from '@saumaton/core';
import { examplePlan } from '@saumaton/core/examples';
import {
  packageGroups,
  partOf,
  partsWith,
  readPlan,
  readPlanUpdate,
  serviceChains,
  viewsDiffer,
} from '../src/plan-data.js';
import { protectedPlan, voucher } from './helpers.js';

const answer = {
  value: examplePlan,
  version: 'c1',
  partVersions: examplePlan.parts.map((p, i) => ({ producerId: p.producer.id, version: `p${String(i)}` })),
};

describe('plan data', () => {
  it('reads a plan with each part’s version, and refuses one that was not asked for', () => {
    const record = readPlan(answer, { planId: examplePlan.id });
    expect(partOf(record.value, voucher.id)?.version).to.equal('p1');
    expect(partOf(record.value, 'no-such-producer')).to.equal(null);
    expect(() => readPlan(answer, { planId: 'another' })).to.throw(ValidationError);
    expect(() => readPlan(answer, { clientId: 'another' })).to.throw(ValidationError);
  });

  it('keeps the parts and their versions when only the common sections come back', () => {
    const shown = readPlan(answer).value;
    const { parts: _parts, ...common } = examplePlan;
    const next = readPlanUpdate({ value: { ...common, strengths: 'Uusi' }, version: 'c2' }, shown);
    expect(next.version).to.equal('c2');
    expect(next.value.strengths).to.equal('Uusi');
    expect(next.value.parts).to.have.length(3);
    expect(partOf(next.value, voucher.id)?.version).to.equal('p1');
  });

  it('puts the viewer’s own part in place of the one read, or adds it', () => {
    const own: PlanPart = { ...examplePlan.parts[1]!, notes: 'Oma' };
    expect(partsWith(examplePlan, own)[1]!.notes).to.equal('Oma');
    const added = { ...own, producer: { id: 'new', name: 'Uusi' } };
    expect(partsWith(examplePlan, added)).to.have.length(4);
  });

  it('groups services by package, the unpackaged last', () => {
    const groups = packageGroups(protectedPlan.parts);
    expect(groups.map((g) => g.name)).to.deep.equal(['Äldres tjänstehelhet', undefined]);
    expect(groups[0]!.services.map((s) => s.service.id)).to.deep.equal(['svc-p-1', 'svc-p-2']);
    expect(packageGroups(examplePlan.parts)).to.deep.equal([]);
  });

  it('shows a chain as its steps, with a gap and an overlap', () => {
    const [chain] = serviceChains(protectedPlan.parts);
    expect(chain!.name).to.equal('Hem till hem');
    expect(chain!.steps.map((s) => [s.name, s.gap, s.overlap])).to.deep.equal([
      ['Bedömning', false, false],
      ['Hemvård', false, true],
      ['Uppföljning', true, false],
    ]);
  });

  it('counts an ended service as not covering its step', () => {
    const parts = protectedPlan.parts.map((p) => ({
      ...p,
      services: p.services.map((s) => (s.id === 'svc-p-1' ? { ...s, status: 'ended' } : s)),
    }));
    expect(serviceChains(parts)[0]!.steps[0]!.gap).to.equal(true);
  });

  it('tells when the two views differ', () => {
    expect(viewsDiffer(examplePlan.supportNeed)).to.equal(true);
    expect(viewsDiffer({ client: { text: 'Sama' }, professional: { text: ' Sama ' } })).to.equal(false);
    expect(viewsDiffer({ professional: { text: 'Vain yksi' } })).to.equal(false);
  });
});
