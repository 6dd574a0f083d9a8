import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  OfflineError,
  UnauthorizedError,
  ValidationError,
  type Team,
} from '@saumaton/core';
import {
  LoadController,
  MissingAdapterError,
  SaumatonErrorEvent,
  SaumatonSavedEvent,
  define,
  describeError,
  formatDate,
  formatList,
  getLocale,
  matchLocale,
  setLocale,
} from '@saumaton/elements';

class Host extends LitElement {
  readonly loader = new LoadController<string>(this);
}
define('test-load-host', Host);

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('@saumaton/elements', () => {
  afterEach(() => setLocale('en'));

  describe('localization', () => {
    it('matches language tags to the supported locales', () => {
      expect(matchLocale('fi-FI')).to.equal('fi');
      expect(matchLocale('sv_FI')).to.equal('sv');
      expect(matchLocale('SV')).to.equal('sv');
      expect(matchLocale('se')).to.equal('en');
      expect(matchLocale('')).to.equal('en');
      expect(matchLocale(undefined)).to.equal('en');
    });

    it('follows <html lang> and setLocale()', async () => {
      await setLocale('sv');
      expect(getLocale()).to.equal('sv');
      document.documentElement.lang = 'fi';
      // The fi chunk loads (and the test server compiles it) first: on a busy machine (three
      // engines, 2 cores) that took > 50 ms, and > 1 s with all three engines at once.
      await waitUntil(() => getLocale() === 'fi', 'the locale did not follow <html lang>', { timeout: 5000 });
      expect(getLocale()).to.equal('fi');
      document.documentElement.lang = 'en';
    });

    it('formats dates and lists in the active locale, a bare date never shifted by time zone', async () => {
      expect(formatDate('2026-01-01')).to.equal('Jan 1, 2026');
      await setLocale('fi');
      expect(formatDate('2026-01-01')).to.equal('1.1.2026');
      expect(formatList(['A', 'B', 'C'])).to.equal('A, B ja C');
      await setLocale('sv');
      expect(formatDate('2026-01-01')).to.equal('1 jan. 2026');
      expect(formatDate('not a date')).to.equal('not a date');
    });
  });

  describe('error messages', () => {
    it('says each error in plain words, in the active locale', async () => {
      const errors = [
        new MissingAdapterError(),
        new NotFoundError('Team', 'x'),
        new UnauthorizedError('x'),
        new ForbiddenError('x'),
        new OfflineError('x'),
        new ConflictError(undefined),
        new ValidationError([{ path: 'a', message: 'b' }]),
        new Error('anything'),
      ];
      const en = errors.map((e) => describeError(e));
      expect(new Set(en).size).to.equal(errors.length);
      expect(describeError(new ValidationError([]), 'save')).not.to.equal(
        describeError(new ValidationError([]), 'load'),
      );
      await setLocale('fi');
      const fi = errors.map((e) => describeError(e));
      for (const [i, text] of fi.entries()) expect(text, `error ${i}`).not.to.equal(en[i]);
    });
  });

  describe('events', () => {
    it('bubble out of shadow roots', async () => {
      // A plain element: fixture() would wait for an animation frame, which a background tab may not get.
      const el = document.body.appendChild(document.createElement('div'));
      const error = oneEvent(document.body, 'saumaton-error');
      el.dispatchEvent(new SaumatonErrorEvent(new OfflineError('x')));
      expect((await error).detail.error).to.be.instanceOf(OfflineError);
      const saved = oneEvent(document.body, 'saumaton-saved');
      const team: Team = { id: 't1', clientId: 'c1', status: 'proposed', members: [], meetings: [] };
      el.dispatchEvent(new SaumatonSavedEvent({ kind: 'team', value: team, version: '2' }));
      expect((await saved).detail).to.deep.equal({ kind: 'team', value: team, version: '2' });
      const event = new SaumatonSavedEvent({ kind: 'team', value: team, version: '2' });
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      el.remove();
    });
  });

  describe('LoadController', () => {
    it('drops a superseded answer and aborts its signal', async () => {
      const host = await fixture<Host>(html`<test-load-host></test-load-host>`);
      const first = deferred<string>();
      const second = deferred<string>();
      let firstSignal: AbortSignal | undefined;
      const a = host.loader.run((signal) => {
        firstSignal = signal;
        return first.promise;
      });
      const b = host.loader.run(() => second.promise);
      expect(firstSignal?.aborted).to.equal(true);
      second.resolve('second');
      first.resolve('first');
      await Promise.all([a, b]);
      expect(host.loader.state).to.deep.equal({ status: 'ready', value: 'second' });
    });

    it('reports an error once, and retries the same load', async () => {
      const errors: unknown[] = [];
      const host = await fixture<Host>(html`<test-load-host></test-load-host>`);
      const loader = new LoadController<string>(host, (e) => errors.push(e));
      let calls = 0;
      await loader.run(() => (calls++ === 0 ? Promise.reject(new OfflineError('x')) : Promise.resolve('ok')));
      expect(loader.state.status).to.equal('error');
      expect(errors).to.have.length(1);
      await loader.retry();
      expect(loader.state).to.deep.equal({ status: 'ready', value: 'ok' });
    });
  });
});
