// The README shows this example and names the suite's tests: keep both true.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CONFORMANCE_TESTS, CONSENT_CONFORMANCE_TESTS } from '@saumaton/core/conformance';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const source = readFileSync(new URL('../src/rest-adapter.ts', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Writing an adapter'), readme.indexOf('## Theming'));

/** Code without spaces and commas, so line breaks and trailing commas do not matter. */
const bare = (text) => text.replace(/[\s,]/g, '');

test('the README names every test of the conformance suites', () => {
  for (const name of [...CONFORMANCE_TESTS, ...CONSENT_CONFORMANCE_TESTS]) {
    assert.ok(section.includes(name), `the README lists "${name}"`);
  }
});

test('the README’s excerpt of the REST adapter is the example’s own code', () => {
  const excerpt = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const body = excerpt.slice(excerpt.indexOf('export class RestAdapter'));
  assert.ok(body.length > 1000, 'the excerpt shows the class');
  const code = bare(source);
  for (const line of body.split('\n')) {
    // Lines with "…" stand for code the excerpt leaves out.
    if (line.includes('…') || bare(line) === '') continue;
    assert.ok(code.includes(bare(line)), `the example has the README's line: ${line.trim()}`);
  }
});
