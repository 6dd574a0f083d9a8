import { expect } from '@open-wc/testing';
import * as v from '@saumaton/core/schema';

const issuesOf = (schema: v.GenericSchema, input: unknown) => {
  const result = v.safeParse(schema, input);
  return result.success ? [] : result.issues;
};
const outputOf = <S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> => {
  const result = v.safeParse(schema, input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.output;
};

describe('runtime schemas', () => {
  it('checks primitive types, saying "is required" for an absent value', () => {
    expect(issuesOf(v.string(), 'x')).to.deep.equal([]);
    expect(issuesOf(v.string(), 1)).to.deep.equal([{ path: '', message: 'must be a string' }]);
    expect(issuesOf(v.string(), undefined)).to.deep.equal([{ path: '', message: 'is required' }]);
    expect(issuesOf(v.boolean(), 'true')).to.have.length(1);
    expect(issuesOf(v.number(), 3.5)).to.deep.equal([]);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '3']) expect(issuesOf(v.number(), bad)).to.have.length(1);
    expect(issuesOf(v.literal('Patient'), 'Patient')).to.deep.equal([]);
    expect(issuesOf(v.literal('Patient'), 'patient')).to.deep.equal([{ path: '', message: 'must be "Patient"' }]);
    expect(issuesOf(v.picklist(['a', 'b']), 'b')).to.deep.equal([]);
    expect(issuesOf(v.picklist(['a', 'b']), 'c')).to.deep.equal([{ path: '', message: 'must be one of a, b' }]);
  });

  it('keeps only the named keys of an object, and every key of a loose one', () => {
    const entries = { id: v.string(), note: v.optional(v.string()) };
    expect(outputOf(v.object(entries), { id: 'a', extra: 1 })).to.deep.equal({ id: 'a' });
    expect(outputOf(v.looseObject(entries), { id: 'a', extra: 1 })).to.deep.equal({ id: 'a', extra: 1 });
  });

  it('copies a "__proto__" key of foreign JSON as data, never as the prototype', () => {
    const input: unknown = JSON.parse('{"id":"a","__proto__":{"polluted":true}}');
    const output = outputOf(v.looseObject({ id: v.string() }), input);
    expect(Object.getPrototypeOf(output)).to.equal(Object.prototype);
    expect((output as { polluted?: boolean }).polluted).to.equal(undefined);
    expect(outputOf(v.object({ id: v.string() }), input)).to.deep.equal({ id: 'a' });
  });

  it('leaves absent optional keys out of the copy, and returns a copy', () => {
    const schema = v.object({ id: v.string(), note: v.optional(v.string()) });
    const input = { id: 'a', note: undefined };
    const output = outputOf(schema, input);
    expect(output).to.deep.equal({ id: 'a' });
    expect('note' in output).to.equal(false);
    expect(output).not.to.equal(input);
  });

  it('rejects what is not an object, arrays included', () => {
    const schema = v.object({ id: v.string() });
    for (const bad of [null, 42, 'x', []]) {
      expect(issuesOf(schema, bad), JSON.stringify(bad)).to.deep.equal([{ path: '', message: 'must be an object' }]);
    }
  });

  it('collects every problem with its dotted path', () => {
    const schema = v.object({
      id: v.string(),
      members: v.array(v.object({ role: v.picklist(['coordinator']), name: v.string() })),
    });
    const issues = issuesOf(schema, { members: [{ role: 'coordinator', name: 'A' }, { role: 'boss' }] });
    expect(issues.map((i) => i.path)).to.deep.equal(['id', 'members.1.role', 'members.1.name']);
    expect(issuesOf(schema, { id: 'x', members: 'none' })).to.deep.equal([
      { path: 'members', message: 'must be a list' },
    ]);
  });

  it('accepts null only where nullable, and reads recursive shapes lazily', () => {
    expect(issuesOf(v.nullable(v.string()), null)).to.deep.equal([]);
    expect(issuesOf(v.string(), null)).to.have.length(1);
    interface Node {
      readonly name: string;
      readonly children?: readonly Node[];
    }
    const NodeSchema: v.GenericSchema<Node> = v.object({
      name: v.string(),
      children: v.optional(v.array(v.lazy(() => NodeSchema))),
    });
    expect(issuesOf(NodeSchema, { name: 'a', children: [{ name: 'b', children: [{ name: 1 }] }] })).to.deep.equal([
      { path: 'children.0.children.0.name', message: 'must be a string' },
    ]);
  });

  it('runs the actions of a pipe in turn, and stops at the first problem', () => {
    const name = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(3, 'is too long'));
    expect(outputOf(name, '  ab ')).to.equal('ab');
    expect(issuesOf(name, '   ')).to.deep.equal([{ path: '', message: 'must not be empty' }]);
    expect(issuesOf(name, 'abcd')).to.deep.equal([{ path: '', message: 'is too long' }]);
    expect(issuesOf(name, 5)).to.deep.equal([{ path: '', message: 'must be a string' }]);
    expect(outputOf(v.pipe(v.string(), v.toUpperCase(), v.length(2, 'two letters')), 'fi')).to.equal('FI');
    expect(issuesOf(v.pipe(v.string(), v.regex(/^\d+$/, 'digits')), '12a')).to.deep.equal([
      { path: '', message: 'digits' },
    ]);
    expect(issuesOf(v.pipe(v.string(), v.email('email')), 'a.b@example.fi')).to.deep.equal([]);
    expect(issuesOf(v.pipe(v.string(), v.email('email')), 'a@b')).to.have.length(1);
  });

  it('checks an object as a whole only once its parts are valid', () => {
    const period = v.pipe(
      v.object({ start: v.string(), end: v.string() }),
      v.check((p) => p.start <= p.end, 'must not end before it starts'),
    );
    expect(issuesOf(period, { start: '2026-02-01', end: '2026-01-01' })).to.deep.equal([
      { path: '', message: 'must not end before it starts' },
    ]);
    expect(issuesOf(period, { start: 1, end: '2026-01-01' })).to.deep.equal([
      { path: 'start', message: 'must be a string' },
    ]);
  });

  it('tells the kinds of a variant apart by their discriminator', () => {
    const schema = v.variant('kind', [
      v.object({ kind: v.literal('permit'), recipients: v.array(v.string()) }),
      v.pipe(
        v.object({ kind: v.literal('prohibition'), target: v.string() }),
        v.check((p) => p.target !== '', 'names a target'),
      ),
    ]);
    expect(outputOf(schema, { kind: 'permit', recipients: ['a'], extra: 1 })).to.deep.equal({
      kind: 'permit',
      recipients: ['a'],
    });
    expect(issuesOf(schema, { kind: 'prohibition', target: '' })).to.deep.equal([
      { path: '', message: 'names a target' },
    ]);
    expect(issuesOf(schema, { kind: 'prohibition' })).to.deep.equal([{ path: 'target', message: 'is required' }]);
    expect(issuesOf(schema, { kind: 'consent' })).to.deep.equal([
      { path: 'kind', message: 'is not one of the kinds this value may be' },
    ]);
    expect(issuesOf(schema, 'permit')).to.have.length(1);
  });

  it('chooses among nested variants, each told apart by its own key', () => {
    const consent = v.variant('instrument', [
      v.object({ basis: v.literal('consent'), instrument: v.literal('permit'), to: v.string() }),
      v.object({ basis: v.literal('consent'), instrument: v.literal('refusal') }),
    ]);
    const record = v.variant('basis', [consent, v.object({ basis: v.literal('exception'), why: v.string() })]);
    expect(outputOf(record, { basis: 'consent', instrument: 'permit', to: 'A' })).to.deep.equal({
      basis: 'consent',
      instrument: 'permit',
      to: 'A',
    });
    expect(outputOf(record, { basis: 'exception', why: 'cannot understand' })).to.deep.equal({
      basis: 'exception',
      why: 'cannot understand',
    });
    expect(issuesOf(record, { basis: 'consent', instrument: 'other' })).to.deep.equal([
      { path: 'instrument', message: 'is not one of the kinds this value may be' },
    ]);
    expect(issuesOf(record, { basis: 'guess' })).to.deep.equal([
      { path: 'basis', message: 'is not one of the kinds this value may be' },
    ]);
  });
});
