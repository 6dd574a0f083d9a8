// `npm run size`: the embed folder (packages/embed/dist/, built by `npm run build`) as a portal
// loads it. Read from the folder itself, so a new widget module or locale chunk is listed
// without editing this file. Sizes are gzip, each file on its own, as the browser fetches them.
import { readdirSync } from 'node:fs';

const dir = 'packages/embed/dist';
const modules = readdirSync(dir).filter((f) => f.endsWith('.js'));
const locales = readdirSync(`${dir}/locales`).filter((f) => f.endsWith('.js'));
const notWidgets = ['saumaton-runtime.js', 'saumaton-provider.js', 'saumaton-fhir.js', 'saumaton-memory.js'];
const widgets = modules.filter((f) => !notWidgets.includes(f));
const at = (file) => `${dir}/${file}`;
const kb = { runtime: '25 kB', widget: '15 kB', locale: { elements: '2 kB', default: '5 kB' } };

export default [
  {
    name: 'saumaton-runtime.js: Lit, core, elements, localization (shared by every widget)',
    path: at('saumaton-runtime.js'),
    limit: kb.runtime,
    gzip: true,
  },
  ...widgets.map((file) => ({
    name: `${file}: the widget's own module`,
    path: at(file),
    limit: kb.widget,
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
    path: at('saumaton-fhir.js'),
    limit: '20 kB',
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
    path: [at('saumaton-runtime.js'), at(file)],
    limit: '25 kB',
    gzip: true,
  })),
  {
    name: `runtime + all widgets (${widgets.join(', ')})`,
    path: [at('saumaton-runtime.js'), ...widgets.map(at)],
    gzip: true,
  },
];
