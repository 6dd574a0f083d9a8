// `npm run size`: the embed folder (packages/embed/dist/, built by `npm run build`) as a portal
// loads it. Read from the folder itself, so a new widget module or locale chunk is listed
// without editing this file. Sizes are gzip, each file on its own, as the browser fetches them.
// Then the same widget through a bundler, and each framework example as a whole (built by
// scripts/size-builds.mjs, the first step of `npm run size`).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const dir = 'packages/embed/dist';
const modules = readdirSync(dir).filter((f) => f.endsWith('.js'));
const locales = readdirSync(`${dir}/locales`).filter((f) => f.endsWith('.js'));
const notWidgets = ['saumaton-runtime.js', 'saumaton-provider.js', 'saumaton-fhir.js', 'saumaton-memory.js'];
const widgets = modules.filter((f) => !notWidgets.includes(f));
const at = (file) => `${dir}/${file}`;

/**
 * The files a module loads with it: itself and the shared chunks it imports, transitively (not
 * the runtime, counted on its own, nor the locale chunks, loaded on demand).
 */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(at(file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = normalize(join(dirname(file), spec));
    if (target.startsWith('shared/') && existsSync(at(target))) closure(target, seen);
  }
  return seen;
}
const withShared = (file) => [...closure(file)].map(at);
/**
 * A package's strings in one locale (a lazy part's, such as `plan-viewer-forms` and
 * `plan-viewer-history`, loaded with that part).
 */
const kb = { runtime: '25 kB', widget: '15 kB', locale: { elements: '2 kB', default: '5 kB' } };
/**
 * A widget's own module where its issue allows more than `kb.widget`: the need assessment carries
 * the Questionnaire engine (FHIRPath stays a lazy chunk of its own), the plan viewer every section
 * of the plan; the budget of each is runtime + it ≤ 35 kB.
 */
const ownModule = { 'saumaton-need-assessment.js': '20 kB', 'saumaton-plan-viewer.js': '20 kB' };
/** What a portal embedding only this widget may load (runtime + the widget), as each widget's issue sets it. */
const single = {
  'saumaton-team-roster.js': '25 kB',
  'saumaton-consent-form.js': '30 kB',
  'saumaton-need-assessment.js': '35 kB',
  'saumaton-plan-viewer.js': '35 kB',
};

export default [
  {
    name: 'saumaton-runtime.js: Lit, core, elements, localization (shared by every widget)',
    path: at('saumaton-runtime.js'),
    limit: kb.runtime,
    gzip: true,
  },
  ...widgets.map((file) => ({
    name: `${file}: the widget's own module, with the shared chunks it imports`,
    path: withShared(file),
    limit: ownModule[file] ?? kb.widget,
    gzip: true,
  })),
  ...modules
    .filter((f) => f === 'saumaton-need-assessment.js')
    .map(() => ({
      name: 'FHIRPath with its R4 model: the lazy chunks of the need assessment, loaded only for a template with expressions',
      path: readdirSync(`${dir}/shared`)
        .filter((f) => /^(fhirpath|r4-model)(-.*)?\.js$/.test(f))
        .map((f) => at(`shared/${f}`)),
      limit: '200 kB',
      gzip: true,
    })),
  {
    name: 'saumaton-provider.js: <saumaton-provider>',
    path: at('saumaton-provider.js'),
    limit: '2 kB',
    gzip: true,
  },
  {
    // Two stores' mappings (clients, teams with their people and meetings); the CodeSystem
    // resources stay out (@saumaton/fhir/code-systems), and so do the consent, assessment and
    // plan stores (their own lines below), loaded on first use.
    name: 'saumaton-fhir.js: the FHIR adapter, on the same runtime',
    path: withShared('saumaton-fhir.js'),
    limit: '20 kB',
    gzip: true,
  },
  {
    // The consent store (Consent with its Provenance) and what it needs beyond the adapter (the
    // consent model and rules, shared with the consent form): the adapter imports it on its first
    // consent call, so a page that embeds only the roster never loads it.
    name: 'shared/consent-store.js: the FHIR consent store, loaded on the first consent call',
    path: [...closure('shared/consent-store.js')]
      .filter((f) => !closure('saumaton-fhir.js').has(f) && f !== 'saumaton-runtime.js')
      .map(at),
    limit: '10 kB',
    gzip: true,
  },
  {
    // The assessment store (QuestionnaireResponse, Observation, Questionnaire) and what it needs
    // beyond the adapter: the adapter imports it on its first assessment call, so a page that
    // embeds only the roster or the consent form never loads it.
    name: 'shared/assessment-store.js: the FHIR assessment store, loaded on the first assessment call',
    path: [...closure('shared/assessment-store.js')]
      .filter((f) => !closure('saumaton-fhir.js').has(f) && f !== 'saumaton-runtime.js')
      .map(at),
    limit: '10 kB',
    gzip: true,
  },
  {
    // The plan store (CarePlan, Goal, ServiceRequest, Provenance) and what it needs beyond the
    // adapter (the plan model and rules, shared with the plan viewer, about 3 kB; organisation
    // references, 0.5 kB): the adapter imports it on its first plan call, so a page without the
    // plan viewer never loads it.
    name: 'shared/plan-store.js: the FHIR plan store, loaded on the first plan call',
    path: [...closure('shared/plan-store.js')]
      .filter((f) => !closure('saumaton-fhir.js').has(f) && f !== 'saumaton-runtime.js')
      .map(at),
    limit: '13 kB',
    gzip: true,
  },
  {
    // For prototypes and demos without a bundler (examples/plain-html): the store contracts over a
    // Map, with the consent and team rules it enforces on every write.
    name: 'saumaton-memory.js: the Memory adapter, on the same runtime',
    path: at('saumaton-memory.js'),
    limit: '5 kB',
    gzip: true,
  },
  ...locales.map((file) => {
    const [pkg, locale] = file.split('.');
    return {
      name: `locales/${file}: the ${locale === 'fi' ? 'Finnish' : locale === 'sv' ? 'Swedish' : locale} strings of ${pkg}, loaded on demand`,
      path: at(`locales/${file}`),
      limit: kb.locale[pkg] ?? kb.locale.default,
      gzip: true,
    };
  }),
  ...widgets.map((file) => ({
    name: `runtime + ${file} (a portal embedding only this widget)`,
    path: [at('saumaton-runtime.js'), ...withShared(file)],
    limit: single[file] ?? '25 kB',
    gzip: true,
  })),
  {
    name: `runtime + all widgets (${widgets.join(', ')})`,
    path: [at('saumaton-runtime.js'), ...new Set(widgets.flatMap(withShared))],
    limit: '70 kB',
    gzip: true,
  },
  // The budget of a page embedding one widget, through a bundler: Lit, core and elements counted
  // once, as the embed's runtime + widget. What the page loads at once (its locale chunks and
  // lazily loaded parts come on demand, as in the embed).
  ...[
    ['team-roster', 'the roster'],
    ['consent-form', 'the consent form'],
    ['need-assessment', 'the need assessment'],
    ['plan-viewer', 'the plan viewer'],
  ].map(([widget, what]) => ({
    name: `Vite 8 (production, one initial chunk): ${what} + MemoryAdapter imported from npm, Lit once`,
    path: initialScripts(`test/size/dist/${widget}`),
    limit: single[`saumaton-${widget}.js`],
    gzip: true,
  })),
  // Each example portal as a whole, its framework included: what the page loads at once.
  ...[
    ['react', 'React 19 + Vite', 'examples/react/dist'],
    ['vue', 'Vue 3 + Vite', 'examples/vue/dist'],
    ['angular', 'Angular 21, Angular CLI', 'examples/angular/dist/browser'],
  ]
    .filter(([id, , dir]) => {
      if (existsSync(join(dir, 'index.html'))) return true;
      console.log(`examples/${id} is not built, so not measured (npm run test:examples -- ${id} builds it)`);
      return false;
    })
    .map(([id, framework, dir]) => ({
      name: `examples/${id}: the whole portal (${framework}, every widget, MemoryAdapter, example data and template)`,
      path: initialScripts(dir),
      gzip: true,
    })),
];

/**
 * The scripts a built page loads at once: its module scripts and what they import statically,
 * transitively (a chunk the entry imports is loaded before it runs, preloaded or not); never what
 * only an import() reaches.
 */
function initialScripts(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) => /\stype="module"/.test(tag) && /\ssrc="([^"]+)"/.exec(tag)?.[1])
    .filter(Boolean)
    .map((src) => join(dir, src.replace(/^\//, '')));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g))
      visit(join(dirname(file), spec));
  };
  scripts.forEach(visit);
  return [...seen];
}
