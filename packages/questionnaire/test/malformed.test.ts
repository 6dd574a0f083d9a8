import { expect } from '@open-wc/testing';
import { ValidationError } from '@saumaton/core';
import { parseQuestionnaire, QuestionnaireEngine } from '@saumaton/questionnaire';

/**
 * Bad input never crashes: each published example is broken at every element in turn (replaced
 * by null, a number, a string, an object, a list with null), and what comes back is a template,
 * an engine and a response, or a ValidationError, never another error.
 */
type Json = Record<string, unknown>;
type Path = (string | number)[];
const JUNK: readonly unknown[] = [null, 42, 'x', {}, [null]];

function paths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      paths(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

function replaced(json: Json, path: Path, junk: unknown): unknown {
  if (!path.length) return junk;
  const copy = structuredClone(json);
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = junk;
  return copy;
}

/** Runs `attempt` on every broken copy; returns the errors that were not ValidationErrors. */
async function crashes(json: Json, attempt: (broken: unknown) => unknown): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths(json)) {
    for (const junk of JUNK) {
      try {
        await attempt(replaced(json, path, junk));
      } catch (error) {
        if (!(error instanceof ValidationError))
          found.push(`${path.join('.')} = ${JSON.stringify(junk)}: ${String(error)}`);
      }
    }
  }
  return found;
}

describe('malformed templates and responses', () => {
  const root = new URL('./fixtures/', import.meta.url);
  const load = async (name: string) => (await (await fetch(new URL(name, root))).json()) as Json;

  const use = async (template: unknown, response?: unknown) => {
    const engine = await QuestionnaireEngine.create(parseQuestionnaire(template), response);
    engine.validate();
    return engine.toResponse({ status: 'completed' });
  };

  for (const name of [
    'hl7-r4/Questionnaire-bb.json',
    'hl7-r4/Questionnaire-gcs.json',
    'hl7-r4/Questionnaire-zika-virus-exposure-assessment.json',
    'lhc/lhcforms-q-with-nested-enableWhen.json',
    'lhc/lhcforms-apgar-with-itemWeight-variable.json',
  ]) {
    it(`${name}, broken anywhere, parses or is refused`, async () => {
      expect(await crashes(await load(name), (broken) => use(broken))).to.deep.equal([]);
    });
  }

  it('the Glasgow Coma Scale response, broken anywhere, loads or is refused', async () => {
    const template = await load('hl7-r4/Questionnaire-gcs.json');
    const response = await load('hl7-r4/QuestionnaireResponse-gcs.json');
    expect(await crashes(response, (broken) => use(template, broken))).to.deep.equal([]);
  });

  it('answers of any shape are taken or refused', async () => {
    const engine = new QuestionnaireEngine(parseQuestionnaire(await load('hl7-r4/Questionnaire-bb.json')));
    const found: string[] = [];
    const walk = (nodes: typeof engine.items) =>
      nodes.forEach((node) => {
        for (const junk of [
          ...JUNK,
          { valueString: null },
          { valueCoding: 'x' },
          { valueDecimal: 1, valueString: 'a' },
        ]) {
          try {
            engine.setAnswers(node.id, [junk] as never);
            engine.validate();
          } catch (error) {
            if (!(error instanceof ValidationError)) found.push(`${node.item.linkId}: ${String(error)}`);
          }
        }
        walk(node.children);
      });
    walk(engine.items);
    expect(found).to.deep.equal([]);
  });
});
