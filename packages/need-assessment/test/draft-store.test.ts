import { expect, waitUntil } from '@open-wc/testing';
import type { QuestionnaireResponseItem } from '@saumaton/core';
import { DraftStore, draftIdOf, type AssessmentDraft, type DraftInput } from '../src/record/draft-store.js';

// Real IndexedDB and BroadcastChannel, in every engine: each test has a database of its own,
// deleted after it, and every store it made is closed.

let opened: DraftStore[] = [];
let names: string[] = [];

/** A database name no other test (or earlier run) uses. */
function uniqueName(): string {
  const name = `drafts-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}

/** A store on `name` that the test cleans up; several on one name stand for tabs, or the page after a reload. */
function store(name: string, options?: ConstructorParameters<typeof DraftStore>[1]): DraftStore {
  const s = new DraftStore(name, options);
  opened.push(s);
  return s;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('deleteDatabase failed'));
  });
}

/** Writes `record` into the `drafts` store as another program would, past the DraftStore. */
async function writeRaw(name: string, record: unknown): Promise<void> {
  const db = await request(indexedDB.open(name));
  const tx = db.transaction('drafts', 'readwrite');
  tx.objectStore('drafts').put(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('the transaction failed'));
  });
  db.close();
}

/** What console.warn printed while `work` ran. */
async function warningsOf(work: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await work();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

const answers: QuestionnaireResponseItem[] = [
  { linkId: 'living', answer: [{ valueCoding: { system: 'urn:saumaton:living', code: 'alone', display: 'Yksin' } }] },
  {
    linkId: 'daily',
    item: [
      { linkId: 'daily.meals', answer: [{ valueBoolean: false }] },
      { linkId: 'daily.mobility', answer: [{ valueInteger: 3 }] },
    ],
  },
  { linkId: 'notes', answer: [{ valueString: 'Tarvitsee apua kauppa-asioinnissa' }] },
];

const draftOf = (id: string, overrides: Partial<DraftInput> = {}): DraftInput => ({
  id,
  assessmentId: 'assessment-1',
  baseVersion: '4',
  answers,
  clientView: { kind: 'given', text: 'Haluan asua kotona.' },
  extra: { initiation: { triggerDate: '2026-11-02', grounds: ['elderly'] } },
  ...overrides,
});

afterEach(async () => {
  for (const s of opened) s.close();
  await Promise.all(names.map(deleteDatabase));
  opened = [];
  names = [];
});

describe('draftIdOf', () => {
  it('gives a saved assessment one id, and a new one an id of its client and template', () => {
    expect(draftIdOf({ assessmentId: 'a-1' })).to.equal(draftIdOf({ assessmentId: 'a-1' }));
    expect(draftIdOf({ assessmentId: 'a-1' })).not.to.equal(draftIdOf({ assessmentId: 'a-2' }));
    expect(draftIdOf({ clientId: 'c-1', templateId: 't' })).to.equal(draftIdOf({ clientId: 'c-1', templateId: 't' }));
    expect(draftIdOf({ clientId: 'c-1', templateId: 't' })).not.to.equal(
      draftIdOf({ clientId: 'c-2', templateId: 't' }),
    );
  });

  it('never gives two references the same id, whatever characters their ids hold', () => {
    const ids = [
      draftIdOf({ clientId: 'a/b', templateId: 'c' }),
      draftIdOf({ clientId: 'a', templateId: 'b/c' }),
      draftIdOf({ clientId: 'a:b', templateId: 'c' }),
      draftIdOf({ assessmentId: 'new:a/c' }),
      draftIdOf({ assessmentId: 'a' }),
    ];
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('DraftStore', () => {
  it('keeps a draft on the device: put then get gives back the answers, client view and extra', async () => {
    const name = uniqueName();
    const drafts = store(name);
    const id = draftIdOf({ assessmentId: 'assessment-1' });
    const before = Date.now();

    const stored = await drafts.put(draftOf(id));

    expect(await drafts.persistent()).to.equal(true);
    expect(stored.revision).to.equal(1);
    expect(stored.writer).to.equal(drafts.tabId);
    expect(Date.parse(stored.updatedAt)).to.be.within(before - 1, Date.now() + 1);
    const read = await drafts.get(id);
    expect(read).to.deep.equal(stored);
    expect(read?.answers).to.deep.equal(answers);
    expect(read?.clientView).to.deep.equal({ kind: 'given', text: 'Haluan asua kotona.' });
    expect(read?.extra).to.deep.equal({ initiation: { triggerDate: '2026-11-02', grounds: ['elderly'] } });
    expect(read?.assessmentId).to.equal('assessment-1');
    expect(read?.baseVersion).to.equal('4');
    expect(await drafts.get('assessment:other')).to.equal(undefined);
  });

  it('counts every put in the revision, and keeps a new assessment (no id, no version) as well', async () => {
    const drafts = store(uniqueName());
    const id = draftIdOf({ clientId: 'client-1', templateId: 'service-need' });
    const first = await drafts.put({ id, baseVersion: null, answers: [] });
    const second = await drafts.put({ id, baseVersion: null, answers });

    expect([first.revision, second.revision]).to.deep.equal([1, 2]);
    const read = await drafts.get(id);
    expect(read?.revision).to.equal(2);
    expect(read?.baseVersion).to.equal(null);
    expect(read?.answers).to.deep.equal(answers);
    expect(read && 'assessmentId' in read).to.equal(false);
  });

  it('stores plain JSON: a proxied value is copied, undefined members dropped', async () => {
    const drafts = store(uniqueName());
    const id = draftIdOf({ assessmentId: 'proxied' });
    // As a framework's reactive state hands it over: structured clone would refuse the Proxy.
    const proxied = new Proxy({ initiation: { triggerDate: '2026-11-02' }, dropped: undefined }, {});

    const stored = await drafts.put(draftOf(id, { extra: proxied, clientView: undefined }));

    expect(stored.extra).to.deep.equal({ initiation: { triggerDate: '2026-11-02' } });
    expect(await drafts.get(id)).to.deep.equal(stored);
    expect('clientView' in stored).to.equal(false);
  });

  it('finds every answer after a reload: another store on the same database reads the draft', async () => {
    const name = uniqueName();
    const id = draftIdOf({ assessmentId: 'assessment-1' });
    const before = store(name);
    const written = await before.put(draftOf(id));
    before.close();

    const after = store(name);
    expect(after.tabId).not.to.equal(before.tabId);
    expect(await after.persistent()).to.equal(true);
    expect(await after.get(id)).to.deep.equal(written);
    // It goes on counting from the stored revision.
    const next = await after.put(draftOf(id, { answers: [] }));
    expect(next.revision).to.equal(2);
    expect(next.writer).to.equal(after.tabId);
  });

  it('deletes only the revision that was saved: answers typed while the save was in flight survive', async () => {
    const drafts = store(uniqueName());
    const id = draftIdOf({ assessmentId: 'assessment-1' });
    const saving = await drafts.put(draftOf(id, { answers: [] }));
    // The user types while the adapter saves revision 1.
    const typed = await drafts.put(draftOf(id));

    expect(await drafts.delete(id, saving.revision)).to.equal(false);
    expect(await drafts.get(id)).to.deep.equal(typed);

    expect(await drafts.delete(id, typed.revision)).to.equal(true);
    expect(await drafts.get(id)).to.equal(undefined);
    expect(await drafts.delete(id, typed.revision)).to.equal(false);
  });

  it('deletes whatever revision is stored when none is named', async () => {
    const drafts = store(uniqueName());
    const id = draftIdOf({ assessmentId: 'assessment-1' });
    await drafts.put(draftOf(id));
    await drafts.put(draftOf(id));

    expect(await drafts.delete(id)).to.equal(true);
    expect(await drafts.get(id)).to.equal(undefined);
    expect(await drafts.delete(id)).to.equal(false);
  });

  it('keeps the last of many rapid puts, in call order, each with its own revision', async () => {
    const name = uniqueName();
    const drafts = store(name);
    const id = draftIdOf({ assessmentId: 'assessment-1' });
    const writes = Array.from({ length: 40 }, (_, n) =>
      drafts.put(draftOf(id, { answers: [{ linkId: 'count', answer: [{ valueInteger: n }] }] })),
    );
    // A get and a delete called meanwhile see the writes called before them.
    const midway = drafts.get(id);
    const stored = await Promise.all(writes);

    expect(stored.map((d) => d.revision)).to.deep.equal(Array.from({ length: 40 }, (_, n) => n + 1));
    expect((await midway)?.revision).to.equal(40);
    const last = await drafts.get(id);
    expect(last?.answers).to.deep.equal([{ linkId: 'count', answer: [{ valueInteger: 39 }] }]);
    // And so does the page after a reload.
    expect(await store(name).get(id)).to.deep.equal(last);
  });

  it('counts the writes of two tabs on one draft without losing one', async () => {
    const name = uniqueName();
    const [one, two] = [store(name), store(name)];
    const id = draftIdOf({ assessmentId: 'assessment-1' });
    const writes = Array.from({ length: 20 }, (_, n) => (n % 2 ? one : two).put(draftOf(id)));

    const revisions = (await Promise.all(writes)).map((d) => d.revision).sort((a, b) => a - b);

    expect(revisions).to.deep.equal(Array.from({ length: 20 }, (_, n) => n + 1));
    expect((await one.get(id))?.revision).to.equal(20);
  });

  it('tells a tab when another one writes or deletes the draft it watches, and never its own writes', async () => {
    const name = uniqueName();
    const [mine, theirs] = [store(name), store(name)];
    const id = draftIdOf({ assessmentId: 'assessment-1' });
    const heardByMine: (AssessmentDraft | undefined)[] = [];
    const heardByTheirs: (AssessmentDraft | undefined)[] = [];
    const heardElsewhere: unknown[] = [];
    mine.watch(id, (draft) => heardByMine.push(draft));
    theirs.watch(id, (draft) => heardByTheirs.push(draft));
    theirs.watch(draftIdOf({ assessmentId: 'assessment-2' }), (draft) => heardElsewhere.push(draft));

    const written = await mine.put(draftOf(id));
    await waitUntil(() => heardByTheirs.length === 1, 'the other tab hears the write');
    expect(heardByTheirs[0]).to.deep.equal(written);
    expect(heardByTheirs[0]?.writer).to.equal(mine.tabId);

    // Their write reaches mine after anything mine might have heard of its own.
    const theirWrite = await theirs.put(draftOf(id, { answers: [] }));
    await waitUntil(() => heardByMine.length > 0, 'my tab hears their write');
    expect(heardByMine).to.deep.equal([theirWrite]);

    expect(await mine.delete(id)).to.equal(true);
    await waitUntil(() => heardByTheirs.length === 2, 'the other tab hears the delete');
    expect(heardByTheirs[1]).to.equal(undefined);
    expect(heardByMine).to.have.length(1);
    expect(heardElsewhere).to.deep.equal([]);
  });

  it('stops telling a listener once it stops watching', async () => {
    const name = uniqueName();
    const [mine, theirs] = [store(name), store(name)];
    const id = draftIdOf({ assessmentId: 'assessment-1' });
    const stopped: unknown[] = [];
    const watching: unknown[] = [];
    const stop = theirs.watch(id, (draft) => stopped.push(draft));
    theirs.watch(id, (draft) => watching.push(draft));
    stop();

    await mine.put(draftOf(id));
    await waitUntil(() => watching.length === 1, 'the listener still watching hears the write');
    expect(stopped).to.deep.equal([]);
  });

  it('ignores a stored draft it cannot read, with a warning, and writes over it', async () => {
    const name = uniqueName();
    const drafts = store(name);
    const broken = draftIdOf({ assessmentId: 'broken' });
    const badAnswer = draftIdOf({ assessmentId: 'bad-answer' });
    await drafts.put(draftOf(broken));
    await drafts.put(draftOf(badAnswer));
    await writeRaw(name, { id: broken, answers: 'not a list', revision: 'three' });
    await writeRaw(name, {
      ...(await drafts.get(badAnswer)),
      answers: [{ linkId: 'x', answer: [{ valueInteger: 'four' }] }],
    });

    let read: unknown[] = [];
    const warnings = await warningsOf(async () => {
      read = [await drafts.get(broken), await drafts.get(badAnswer)];
    });

    expect(read).to.deep.equal([undefined, undefined]);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain(broken).and.contain(name);
    const rewritten = await drafts.put(draftOf(broken));
    expect(rewritten.revision).to.equal(1);
    expect(await drafts.get(broken)).to.deep.equal(rewritten);
  });

  it('tells no listener of a draft it cannot read from another tab', async () => {
    const name = uniqueName();
    const drafts = store(name);
    const id = draftIdOf({ assessmentId: 'assessment-1' });
    const heard: unknown[] = [];
    drafts.watch(id, (draft) => heard.push(draft));
    // Another tab speaking on the same channel: messages from one sender arrive in order.
    const other = new BroadcastChannel(`saumaton-drafts:${name}`);
    const readable = { ...draftOf(id), updatedAt: new Date().toISOString(), writer: 'tab-other', revision: 7 };
    try {
      const warnings = await warningsOf(async () => {
        other.postMessage({ id, draft: { id, answers: null } });
        other.postMessage('hello');
        other.postMessage({ id: draftIdOf({ assessmentId: 'assessment-2' }), draft: readable });
        other.postMessage({ id, draft: readable });
        await waitUntil(() => heard.length === 1, 'the readable draft is heard');
      });
      expect(heard).to.deep.equal([readable]);
      expect(warnings).to.have.length(2);
    } finally {
      other.close();
    }
  });

  it('reads no draft from a database without its object store, and keeps drafts in memory there', async () => {
    const name = uniqueName();
    // A database of that name made by something else, at version 1, with no `drafts` store.
    const db = await request(indexedDB.open(name, 1));
    db.close();
    const drafts = store(name);
    const id = draftIdOf({ assessmentId: 'assessment-1' });

    expect(await drafts.get(id)).to.equal(undefined);
    expect(await drafts.persistent()).to.equal(false);
    const stored = await drafts.put(draftOf(id));
    expect(await drafts.get(id)).to.deep.equal(stored);
  });

  it('keeps drafts in memory when IndexedDB cannot be opened, and says so', async () => {
    const denied = store(uniqueName(), {
      indexedDB: {
        open() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      },
    });
    const none = store(uniqueName(), { indexedDB: null });

    for (const drafts of [denied, none]) {
      const id = draftIdOf({ assessmentId: 'assessment-1' });
      expect(await drafts.persistent()).to.equal(false);
      const first = await drafts.put(draftOf(id, { answers: [] }));
      const second = await drafts.put(draftOf(id));
      expect([first.revision, second.revision]).to.deep.equal([1, 2]);
      expect(await drafts.get(id)).to.deep.equal(second);
      expect(await drafts.delete(id, first.revision)).to.equal(false);
      expect(await drafts.delete(id, second.revision)).to.equal(true);
      expect(await drafts.get(id)).to.equal(undefined);
    }
  });

  it('keeps drafts in memory when the open fails (a newer version holds the database)', async () => {
    const name = uniqueName();
    const db = await request(indexedDB.open(name, 2));
    db.close();
    const drafts = store(name);
    const id = draftIdOf({ assessmentId: 'assessment-1' });

    expect(await drafts.persistent()).to.equal(false);
    const stored = await drafts.put(draftOf(id));
    expect(await drafts.get(id)).to.deep.equal(stored);
  });

  it('lets another tab upgrade the database, and then goes on in memory without losing a put', async () => {
    const name = uniqueName();
    const drafts = store(name);
    const id = draftIdOf({ assessmentId: 'assessment-1' });
    await drafts.put(draftOf(id));

    // A newer version in another tab upgrades: not blocked, since this tab lets go.
    const upgraded = await request(indexedDB.open(name, 2));
    expect(upgraded.version).to.equal(2);
    upgraded.close();

    const stored = await drafts.put(draftOf(id, { answers: [] }));
    expect(await drafts.get(id)).to.deep.equal(stored);
    expect(await drafts.persistent()).to.equal(false);
  });

  it('opens the database again after another tab deleted it', async () => {
    const name = uniqueName();
    const drafts = store(name);
    const id = draftIdOf({ assessmentId: 'assessment-1' });
    await drafts.put(draftOf(id));

    await deleteDatabase(name);

    expect(await drafts.get(id)).to.equal(undefined);
    const stored = await drafts.put(draftOf(id));
    expect(stored.revision).to.equal(1);
    expect(await drafts.persistent()).to.equal(true);
    expect(await store(name).get(id)).to.deep.equal(stored);
  });

  it('refuses a draft without an id, and goes on keeping the others on the device', async () => {
    const drafts = store(uniqueName());
    const error = await drafts.put({ baseVersion: null, answers: [] } as unknown as DraftInput).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).to.be.instanceOf(TypeError);
    const stored = await drafts.put(draftOf('assessment:1'));
    expect(await drafts.get('assessment:1')).to.deep.equal(stored);
    expect(await drafts.persistent()).to.equal(true);
  });

  it('gives one shared store per page and name, and a new one after it was closed', () => {
    const name = uniqueName();
    const shared = DraftStore.shared(name);
    opened.push(shared);

    expect(DraftStore.shared(name)).to.equal(shared);
    expect(DraftStore.shared(name).tabId).to.equal(shared.tabId);
    const other = DraftStore.shared(uniqueName());
    opened.push(other);
    expect(other).not.to.equal(shared);
    shared.close();
    const again = DraftStore.shared(name);
    opened.push(again);
    expect(again).not.to.equal(shared);
    expect(DraftStore.shared().name).to.equal('saumaton-drafts');
    DraftStore.shared().close();
  });
});
