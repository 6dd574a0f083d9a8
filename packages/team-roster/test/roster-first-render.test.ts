import { expect, waitUntil } from '@open-wc/testing';
import { exampleData } from '@saumaton/core/examples';
import { setLocale } from '@saumaton/elements';
import { exampleAdapter, text } from './helpers.js';
import type { TeamRoster } from '../src/TeamRoster.js';

/**
 * The strings of the roster and of `elements` in one language (`source` is English), where they
 * differ from the other languages: read from the packages' own xliff files, so a new string is
 * checked too. Placeholders split a string into the parts that would show; words that occur in
 * the example data (a meeting's decisions are in Finnish) are left out.
 */
async function catalogueStrings(language: 'source' | 'target'): Promise<string[]> {
  const data = JSON.stringify(exampleData);
  const found = new Set<string>();
  for (const pkg of ['elements', 'team-roster']) {
    const xliff = await (await fetch(`/packages/${pkg}/xliff/fi.xlf`)).text();
    for (const [, body] of xliff.matchAll(/<trans-unit id="[^"]+">([\s\S]*?)<\/trans-unit>/g)) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body!)?.[1] ?? '';
      const target = /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1] ?? '';
      const [wanted, other] = language === 'source' ? [source, target] : [target, source];
      for (const part of wanted.split(/<x [^>]*\/>/)) {
        const words = part.trim();
        // Short fragments ("OID", ":") may be the same in every language.
        if (words.length >= 4 && /\p{L}{3}/u.test(words) && !other.includes(words) && !data.includes(words)) {
          found.add(words);
        }
      }
    }
  }
  return [...found];
}

/**
 * Creates a roster and watches its shadow root from its first update until it shows the team:
 * at every DOM mutation (each microtask checkpoint where Lit rendered), every task and every
 * animation frame (a page the runner keeps in the background gets none). Returns what the
 * samples saw in the wrong language.
 */
async function watchFirstRender(
  create: () => TeamRoster,
  wrong: readonly string[],
  done: (root: ShadowRoot) => boolean,
): Promise<{ samples: number; seen: string[] }> {
  const seen = new Set<string>();
  let samples = 0;
  const el = create();
  const sample = () => {
    const root = el.shadowRoot;
    if (!root) return;
    samples++;
    const shown = `${root.textContent}\n${root.innerHTML}`;
    for (const words of wrong) if (shown.includes(words)) seen.add(words);
  };
  let watching = true;
  const onFrame = () => {
    sample();
    if (watching) requestAnimationFrame(onFrame);
  };
  const onTask = () => {
    sample();
    if (watching) setTimeout(onTask);
  };
  requestAnimationFrame(onFrame);
  setTimeout(onTask);
  document.body.append(el);
  // Lit creates the shadow root on connection and renders in a microtask: nothing is missed.
  const observer = new MutationObserver(sample);
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
  sample();
  await waitUntil(() => done(el.shadowRoot!), 'the roster never showed the team', { timeout: 5000 });
  // A little longer: nothing may turn English after it has rendered.
  await new Promise((resolve) => setTimeout(resolve, 50));
  watching = false;
  observer.disconnect();
  el.remove();
  return { samples, seen: [...seen] };
}

async function roster(): Promise<() => TeamRoster> {
  const adapter = await exampleAdapter();
  return () => {
    const el = document.createElement('saumaton-team-roster');
    el.setAttribute('team-id', 'team-aino');
    el.adapter = adapter;
    return el;
  };
}

const showsTeam = (heading: string) => (root: ShadowRoot) =>
  text(root.querySelector('h2')) === heading && root.querySelector('[part~="member"]') !== null;

// The order matters: the first test runs on a fresh page, before any locale chunk has loaded.
describe('the first render on a page in Finnish or Swedish', () => {
  let english: string[];
  let finnish: string[];

  before(async () => {
    english = await catalogueStrings('source');
    finnish = await catalogueStrings('target');
    expect(english.length, 'English strings to look for').to.be.greaterThan(100);
    expect(finnish.length, 'Finnish strings to look for').to.be.greaterThan(100);
  });

  after(async () => {
    document.documentElement.lang = 'en';
    await setLocale('en');
  });

  it('never shows English when the roster is created before the Finnish strings have loaded', async () => {
    document.documentElement.lang = 'fi';
    const create = await roster();
    const { samples, seen } = await watchFirstRender(create, english, showsTeam('Monipalvelutiimi'));
    expect(seen).to.deep.equal([]);
    expect(samples, 'samples taken').to.be.greaterThan(2);
  });

  it('never shows English when the roster is created after the Finnish strings have loaded', async () => {
    await setLocale('fi');
    const create = await roster();
    const { seen } = await watchFirstRender(create, english, showsTeam('Monipalvelutiimi'));
    expect(seen).to.deep.equal([]);
  });

  it('never shows English or Finnish when the page turns Swedish as the roster is created', async () => {
    const create = await roster();
    document.documentElement.lang = 'sv';
    const { seen } = await watchFirstRender(create, [...english, ...finnish], showsTeam('Multiserviceteam'));
    expect(seen).to.deep.equal([]);
  });
});
