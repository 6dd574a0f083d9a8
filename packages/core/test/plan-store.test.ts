import { expect, waitUntil } from '@open-wc/testing';
import {
  ConflictError,
  IndexedDbAdapter,
  MemoryAdapter,
  planPart,
  type PlanPart,
  type Versioned,
  type VersionedPlan,
} from '@saumaton/core';
import { conformancePlan, conformanceProducers, conformanceVoucherPart } from '@saumaton/core/conformance';

const { organizer, voucher } = conformanceProducers;

function withNote(part: PlanPart, notes: string, updatedAt: string): PlanPart {
  return { ...part, notes, updatedAt };
}

describe('the embedded plan store', () => {
  it('keeps a plan id and a producer id apart, even when one ends as the other begins', async () => {
    const adapter = new MemoryAdapter();
    await adapter.importPlan({ ...conformancePlan, id: 'a/b', parts: [] });
    await adapter.importPlan({ ...conformancePlan, id: 'a', parts: [] });
    await adapter.savePlanPart('a/b', { ...conformanceVoucherPart, producer: { ...voucher, id: 'c' } }, null);
    await adapter.savePlanPart('a', { ...conformanceVoucherPart, producer: { ...voucher, id: 'b/c' } }, null);
    expect((await adapter.getPlan({ planId: 'a/b' })).value.parts.map((p) => p.producer.id)).to.deep.equal(['c']);
    expect((await adapter.getPlan({ planId: 'a' })).value.parts.map((p) => p.producer.id)).to.deep.equal(['b/c']);
  });

  it('lists a part’s versions in the order saved, even when the writer’s clock went back', async () => {
    const adapter = await MemoryAdapter.withData({ plans: [conformancePlan] });
    const plan = await adapter.getPlan({ planId: conformancePlan.id });
    const base = planPart(plan, voucher.id)!;
    const later = await adapter.savePlanPart(
      plan.value.id,
      withNote(base.value, 'Ensin', '2026-03-05T10:00:00+02:00'),
      base.version,
    );
    // The next save's clock says it happened before the previous one.
    const earlier = await adapter.savePlanPart(
      plan.value.id,
      withNote(later.value, 'Sitten', '2026-03-04T10:00:00+02:00'),
      later.version,
    );
    const versions = (await adapter.listPlanVersions(plan.value.id)).filter(
      (v) => v.section === 'part' && v.producerId === voucher.id,
    );
    expect(versions.map((v) => v.version)).to.deep.equal([base.version, later.version, earlier.version]);
  });

  it('compares offsets as instants when it orders the history', async () => {
    const adapter = await MemoryAdapter.withData({ plans: [{ ...conformancePlan, parts: [] }] });
    const plan = await adapter.getPlan({ planId: conformancePlan.id });
    // 09:30 in Helsinki (+02:00) is 07:30Z: before 08:00Z, though its text sorts after.
    await adapter.savePlanPart(plan.value.id, { ...conformanceVoucherPart, updatedAt: '2026-03-06T08:00:00Z' }, null);
    await adapter.savePlanPart(
      plan.value.id,
      {
        ...conformanceVoucherPart,
        producer: organizer,
        producerType: 'own-production',
        updatedAt: '2026-03-06T09:30:00+02:00',
      },
      null,
    );
    const parts = (await adapter.listPlanVersions(plan.value.id)).filter((v) => v.section === 'part');
    expect(parts.map((v) => v.producerId)).to.deep.equal([organizer.id, voucher.id]);
  });

  it('carries the current part in a conflict, not the plan', async () => {
    const adapter = await MemoryAdapter.withData({ plans: [conformancePlan] });
    const plan = await adapter.getPlan({ planId: conformancePlan.id });
    const base = planPart(plan, voucher.id)!;
    const theirs = await adapter.savePlanPart(
      plan.value.id,
      withNote(base.value, 'Theirs', base.value.updatedAt),
      base.version,
    );
    let error: unknown;
    try {
      await adapter.savePlanPart(plan.value.id, withNote(base.value, 'Mine', base.value.updatedAt), base.version);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError<PlanPart>).current).to.deep.equal(theirs);
  });
});

describe('live updates of plans (subscribe)', () => {
  it('MemoryAdapter tells subscribers of a plan about every piece saved, with every part’s version, and nothing of others', async () => {
    const adapter = await MemoryAdapter.withData({
      plans: [conformancePlan, { ...conformancePlan, id: 'conformance-plan-other', parts: [] }],
    });
    const heard: Versioned<unknown>[] = [];
    const stop = adapter.subscribe({ kind: 'plan', planId: conformancePlan.id }, (plan) => heard.push(plan));
    const plan = await adapter.getPlan({ planId: conformancePlan.id });
    const part = planPart(plan, voucher.id)!;
    const saved = await adapter.savePlanPart(
      plan.value.id,
      withNote(part.value, 'Uusi', part.value.updatedAt),
      part.version,
    );
    await waitUntil(() => heard.length === 1, 'the part saved is heard');
    const first = heard[0] as VersionedPlan;
    expect(first.version).to.equal(plan.version);
    expect(planPart(first, voucher.id)).to.deep.equal(saved);
    const common = await adapter.savePlanCommon({ ...plan.value, meetingFrequency: 'Viikoittain' }, plan.version);
    await waitUntil(() => heard.length === 2, 'the common sections saved are heard');
    expect((heard[1] as VersionedPlan).version).to.equal(common.version);
    const other = await adapter.getPlan({ planId: 'conformance-plan-other' });
    await adapter.savePlanCommon({ ...other.value, strengths: 'Muu' }, other.version);
    stop();
    await adapter.savePlanCommon({ ...common.value, strengths: 'Lopuksi' }, common.version);
    // Heard nothing of the other plan, nor after stopping: a read after the saves settles it.
    await adapter.getPlan({ planId: conformancePlan.id });
    expect(heard).to.have.length(2);
  });

  it('IndexedDbAdapter hears a part another instance (another tab) saved', async () => {
    const name = `saumaton-plan-live-${Date.now()}`;
    const writer = new IndexedDbAdapter({ name });
    const reader = new IndexedDbAdapter({ name });
    try {
      await writer.importPlan(conformancePlan);
      const heard: VersionedPlan[] = [];
      reader.subscribe({ kind: 'plan', planId: conformancePlan.id }, (plan) => heard.push(plan as VersionedPlan));
      const plan = await writer.getPlan({ planId: conformancePlan.id });
      const part = planPart(plan, voucher.id)!;
      const saved = await writer.savePlanPart(
        plan.value.id,
        withNote(part.value, 'Toisesta välilehdestä', part.value.updatedAt),
        part.version,
      );
      await waitUntil(
        () => heard.some((p) => planPart(p, voucher.id)?.version === saved.version),
        'the reader hears it',
      );
    } finally {
      await writer.destroy();
      await reader.destroy();
    }
  });
});
