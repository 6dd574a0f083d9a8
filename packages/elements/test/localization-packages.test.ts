import { expect } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { html, type PropertyValues } from 'lit';
import {
  SaumatonElement,
  isLocaleReady,
  renderLoading,
  setLocale,
  whenLocaleReady,
  type LocaleLoaders,
  type LocaleModule,
} from '@saumaton/elements';

/** A locale chunk the test hands over when it chooses, as a slow network would. */
function slowChunk(templates: Record<string, string>) {
  let release!: () => void;
  const load = new Promise<LocaleModule>((resolve) => (release = () => resolve({ templates })));
  return { load: () => load, release: () => release() };
}

const fi = slowChunk({ 'late-greeting': 'Hei myöhäisestä paketista' });
const sv = slowChunk({ 'late-greeting': 'Hej från ett sent paket' });
const lateLoaders: LocaleLoaders = { fi: fi.load, sv: sv.load };

/** A widget of another package, with its own catalogue, first created after the page's locale loaded. */
class LateWidget extends SaumatonElement {
  static override localeLoaders = lateLoaders;
  static override properties = { name: {} };
  declare name: string | undefined;
  /** The changed properties each update saw. */
  seen: PropertyKey[][] = [];

  protected override willUpdate(changed: PropertyValues): void {
    this.seen.push([...changed.keys()]);
  }

  override render() {
    return html`<p>${msg('Hello from a late package', { id: 'late-greeting' })}</p>
      ${renderLoading()}`;
  }
}
customElements.define('x-late-widget', LateWidget);

describe('one catalogue per package, merged at run time', () => {
  after(async () => {
    fi.release();
    sv.release();
    document.documentElement.lang = 'en';
    await setLocale('en');
  });

  it('holds back a widget whose package registers its strings after the locale loaded, then renders both catalogues', async () => {
    document.documentElement.lang = 'fi';
    await setLocale('fi');
    expect(isLocaleReady()).to.equal(true);

    const el = new LateWidget();
    el.name = 'before connection';
    document.body.append(el);
    expect(isLocaleReady(), 'the new package’s chunk is loading').to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 30));
    el.name = 'while waiting';
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(el.shadowRoot!.textContent.trim(), 'nothing rendered while the strings load').to.equal('');
    expect(el.seen).to.deep.equal([]);

    fi.release();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hei myöhäisestä paketista');
    // The strings of elements' own catalogue are still there beside the new package's.
    expect(el.shadowRoot!.textContent).to.contain('Ladataan…');
    // The held changes reach the first update.
    expect(el.seen[0]).to.include('name');
    el.remove();
  });

  it('loads every registered package when the page turns to another locale', async () => {
    const el = new LateWidget();
    document.body.append(el);
    await el.updateComplete;
    document.documentElement.lang = 'sv';
    await new Promise((resolve) => setTimeout(resolve));
    expect(isLocaleReady()).to.equal(false);
    sv.release();
    await whenLocaleReady();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hej från ett sent paket');
    expect(el.shadowRoot!.textContent).to.contain('Laddar…');
    el.remove();
  });
});
