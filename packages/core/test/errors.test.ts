import { expect } from '@open-wc/testing';
import {
  AdapterError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  OfflineError,
  SAUMATON_ERROR_NAMES,
  SaumatonError,
  UnauthorizedError,
  ValidationError,
  isSaumatonError,
  recognizeError,
} from '@saumaton/core';

// The built package is a second copy of every class: what a portal gets when it bundles an
// adapter itself and embeds a widget built apart from it.
const otherCopyUrl = new URL('../dist/index.js', import.meta.url).href;
type Core = typeof import('@saumaton/core');

describe('errors', () => {
  it('every class has its stable name set explicitly, which minifying cannot change', () => {
    const errors = [
      new AdapterError('x'),
      new NotFoundError('Team', 't1'),
      new ConflictError(undefined),
      new ForbiddenError(),
      new UnauthorizedError(),
      new OfflineError(),
      new ValidationError([{ path: 'a', message: 'b' }]),
    ];
    expect(errors.map((e) => e.name)).to.deep.equal([...SAUMATON_ERROR_NAMES]);
    expect(errors.every((e) => e instanceof SaumatonError && isSaumatonError(e))).to.equal(true);
  });

  it('recognizes the errors of another copy of the library, with their fields', async () => {
    const other = (await import(otherCopyUrl)) as Core;
    expect(other.ConflictError).not.to.equal(ConflictError);
    const current = { value: { id: 't1' }, version: '7' };
    const foreign = new other.ConflictError(current);
    expect(foreign instanceof ConflictError).to.equal(false);
    expect(isSaumatonError(foreign)).to.equal(true);

    const conflict = recognizeError(foreign);
    expect(conflict).to.be.instanceOf(ConflictError);
    expect((conflict as ConflictError).current).to.deep.equal(current);
    expect((conflict as Error).cause).to.equal(foreign);

    const notFound = recognizeError(new other.NotFoundError('Team', 'client c1'));
    expect(notFound).to.be.instanceOf(NotFoundError);
    expect((notFound as NotFoundError).id).to.equal('client c1');

    const invalid = recognizeError(new other.ValidationError([{ path: 'members.1.role', message: 'no', code: 'x' }]));
    expect(invalid).to.be.instanceOf(ValidationError);
    expect((invalid as ValidationError).issues).to.deep.equal([{ path: 'members.1.role', message: 'no', code: 'x' }]);
  });

  it('recognizes a plain Error named like a class, as a hand-written adapter throws it', () => {
    const current = { value: { id: 't1' }, version: '"3"' };
    const conflict = recognizeError(Object.assign(new Error('412'), { name: 'ConflictError', current }));
    expect(conflict).to.be.instanceOf(ConflictError);
    expect((conflict as ConflictError).current).to.deep.equal(current);

    // Fields that are missing or malformed are left out, never trusted.
    const bare = recognizeError(Object.assign(new Error('412'), { name: 'ConflictError', current: 'v3' }));
    expect((bare as ConflictError).current).to.equal(undefined);
    const invalid = recognizeError(Object.assign(new Error('bad'), { name: 'ValidationError', issues: 'nope' }));
    expect((invalid as ValidationError).issues).to.deep.equal([{ path: '', message: 'bad' }]);
    expect(recognizeError({ name: 'OfflineError', message: 'down' })).to.be.instanceOf(OfflineError);
  });

  it('leaves everything else as it is: DOMExceptions with the same names, other errors, non-errors', () => {
    const dom = new DOMException('gone', 'NotFoundError');
    expect(recognizeError(dom)).to.equal(dom);
    const abort = new DOMException('stop', 'AbortError');
    expect(recognizeError(abort)).to.equal(abort);
    const other = new TypeError('x');
    expect(recognizeError(other)).to.equal(other);
    expect(recognizeError('ConflictError')).to.equal('ConflictError');
    expect(recognizeError(null)).to.equal(null);
    const own = new ConflictError(undefined);
    expect(recognizeError(own)).to.equal(own);
  });
});
