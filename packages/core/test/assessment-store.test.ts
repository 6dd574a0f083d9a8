import { expect } from '@open-wc/testing';
import { IndexedDbAdapter, MemoryAdapter, NotFoundError, ValidationError, seed } from '@saumaton/core';
import { conformanceAssessment, conformanceMeterReadings } from '@saumaton/core/conformance';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('the embedded assessment store', () => {
  it('answers a save that replaces an assessment or a reading that does not exist with NotFoundError', async () => {
    const adapter = new MemoryAdapter();
    const assessment = await rejection(adapter.saveAssessment(conformanceAssessment, '1'));
    expect(assessment).to.be.instanceOf(NotFoundError);
    expect((assessment as NotFoundError).kind).to.equal('Assessment');
    const reading = await rejection(adapter.saveMeterReading(conformanceMeterReadings[0]!, '1'));
    expect(reading).to.be.instanceOf(NotFoundError);
    expect((reading as NotFoundError).kind).to.equal('MeterReading');
  });

  it('reads an assessment another program broke as a ValidationError, and lets a save at its version mend it', async () => {
    const name = `saumaton-broken-assessment-${Date.now()}`;
    const adapter = new IndexedDbAdapter({ name });
    try {
      await seed(adapter, { assessments: [conformanceAssessment] });
      await adapter.close();
      // Another program writes a version of its own that does not fit the model.
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('assessments', 'readwrite');
        tx.objectStore('assessments').put({
          id: conformanceAssessment.id,
          clientId: conformanceAssessment.clientId,
          version: '2',
          value: { ...conformanceAssessment, status: 'half-done', answers: 'none' },
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('the transaction failed'));
      });
      db.close();

      const read = await rejection(adapter.getAssessment(conformanceAssessment.id));
      expect(read).to.be.instanceOf(ValidationError);
      expect((read as ValidationError).issues.map((i) => i.path)).to.deep.equal(['status', 'answers']);
      expect(await rejection(adapter.listAssessments(conformanceAssessment.clientId))).to.be.instanceOf(
        ValidationError,
      );
      const mended = await adapter.saveAssessment(conformanceAssessment, '2');
      expect(await adapter.getAssessment(conformanceAssessment.id)).to.deep.equal(mended);
      // The versions kept are the ones this adapter saved: the first, and the mended one.
      expect((await adapter.listAssessmentVersions(conformanceAssessment.id)).map((v) => v.version)).to.deep.equal([
        '1',
        mended.version,
      ]);
    } finally {
      await adapter.destroy();
    }
  });
});
