// `npm run size`: the embed folder (packages/embed/dist/, built by `npm run build`) as a portal
// loads it. Read from the folder itself, so a new widget module or locale chunk is listed
// without editing this file. Sizes are gzip, each file on its own, as the browser fetches them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const dir = 'packages/embed/dist';
const modules = readdirSync(dir).filter((f) => f.endsWith('.js'));
const locales = readdirSync(`${dir}/locales`).filter((f) => f.endsWith('.js'));
const widgets = modules.filter((f) => !['saumaton-runtime.js', 'saumaton-provider.js', 'saumaton-fhir.js'].includes(f));
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
const kb = { runtime: '25 kB', widget: '15 kB', locale: { elements: '2 kB', default: '5 kB' } };
/**
 * A widget's own module where its issue allows more than `kb.widget`: the need assessment carries
 * the Questionnaire engine (FHIRPath stays a lazy chunk of its own); its budget is runtime + it ≤ 35 kB.
 */
const ownModule = { 'saumaton-need-assessment.js': '20 kB' };
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
        .filter((f) => /^(fhirpath|r4-model)-.*\.js$/.test(f))
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
    // Three stores' mappings (clients, teams with their people and meetings, consents with their
    // Provenance), about 5 kB each; the CodeSystem resources stay out (@saumaton/fhir/code-systems).
    name: 'saumaton-fhir.js: the FHIR adapter, on the same runtime',
    path: withShared('saumaton-fhir.js'),
    limit: '20 kB',
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
];
