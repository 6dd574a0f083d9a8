/**
 * The widget suite: the tests every Saumaton widget passes whatever it shows. A widget's own
 * tests call it once with a factory; the suite then checks what a portal and its users rely on
 * and no single widget should have to remember:
 *
 * - a superseded load never shows, and its signal is aborted; a load cut short by removal runs
 *   again when the widget is put back;
 * - properties set before or after connection, and an adapter set after the widget (the plain
 *   HTML recipe) give the same result, and waiting for the adapter fires no error;
 * - the guarded `define()`: a second definition warns with both versions and never throws;
 * - hostile host CSS neither restyles the widget nor is restyled by it, and the text follows the
 *   page's size even under `html { font-size: 62.5% }`;
 * - XSS payloads in every text field render as text;
 * - it reflows at 320 px;
 * - every state is accessible (axe) in every locale;
 * - nothing throws uncaught.
 *
 * ```ts
 * import { widgetSuite } from '@saumaton/elements/test-suites';
 * widgetSuite({ tag: 'saumaton-team-roster', element: TeamRoster, adapter: ..., records: [...], poisoned: ... });
 * ```
 *
 * It needs `@open-wc/testing` (Mocha-style globals and Chai with the axe plugin) and a real
 * browser, as `@web/test-runner` gives.
 */
import { expect } from '@open-wc/testing';
import { OfflineError, type AnyAdapter } from '@saumaton/core';
import { define } from '../define.js';
import { isolateTestPage, mount } from './mount.js';
import { setLocale, targetLocales, sourceLocale, type SaumatonLocale } from '../localization.js';

/** One record the widget can be asked to show, and text that shows only when it is shown. */
export interface WidgetRecord<E extends HTMLElement> {
  /** Sets the attributes or properties that pick the record (`el.teamId = 'team-aino'`). */
  select(el: E): void;
  /** Text in the widget's shadow root once the record is shown, and never for the other record. */
  readonly text: string;
}

export interface WidgetSuiteOptions<E extends HTMLElement> {
  /** The registered tag. */
  readonly tag: string;
  /** The element class, for the guarded-define tests. */
  readonly element: CustomElementConstructor & { readonly version?: string };
  /** A fresh adapter holding both `records`, answering at once. */
  adapter(): Promise<AnyAdapter>;
  /** Two records of that adapter, told apart by their text. */
  readonly records: readonly [WidgetRecord<E>, WidgetRecord<E>];
  /** An adapter holding the first record with `payload` in every text field it has. */
  poisoned(payload: string): Promise<AnyAdapter>;
  /** Sets what makes the widget offer its editing (attributes, a viewer), for the states and 320 px checks. */
  editable?(el: E): void;
  /** The widget's own states beyond loading, error, empty and ready: each puts a shown widget into one. */
  readonly states?: Readonly<Record<string, (el: E) => Promise<void>>>;
  /** Steps after which the widget must still fit 320 px (open a form). */
  reflow?(el: E): Promise<void>;
}

/** The strings a payload must show as. */
export const XSS_PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  '${window.__xss=1}',
  '<a href="javascript:window.__xss=1">click</a>',
] as const;

const LOCALES: readonly SaumatonLocale[] = [sourceLocale, ...targetLocales];

interface HeldCall {
  readonly method: string;
  readonly signal: AbortSignal | undefined;
  /** Lets the call reach the real adapter (or fail with `error`). */
  release(error?: Error): void;
}

/**
 * The adapter with its first call held until released; every later call goes straight through.
 * That is how a slow answer for a record the user has already left is staged.
 */
function holdFirstCall(adapter: AnyAdapter): { adapter: AnyAdapter; held: Promise<HeldCall> } {
  let hold: ((call: HeldCall) => void) | undefined;
  const held = new Promise<HeldCall>((resolve) => (hold = resolve));
  const wrapped: Record<string, unknown> = {};
  for (const key of methodNames(adapter)) {
    const method = (adapter as Record<string, unknown>)[key] as (...args: unknown[]) => unknown;
    wrapped[key] = (...args: unknown[]) => {
      if (!hold || key === 'subscribe' || key === 'audit') return method.apply(adapter, args);
      const take = hold;
      hold = undefined;
      const options = args.at(-1) as { signal?: AbortSignal } | undefined;
      return new Promise((resolve, reject) => {
        take({
          method: key,
          signal: options?.signal,
          release: (error?: Error) => {
            if (error === undefined) resolve(method.apply(adapter, args));
            else reject(error);
          },
        });
      });
    };
  }
  return { adapter: wrapped, held };
}

function methodNames(adapter: AnyAdapter): string[] {
  const names = new Set<string>();
  for (let o: object | null = adapter; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const key of Object.getOwnPropertyNames(o)) {
      if (key !== 'constructor' && typeof (adapter as Record<string, unknown>)[key] === 'function') names.add(key);
    }
  }
  return [...names];
}

/** An adapter whose every call waits for ever: the loading state. */
function neverAnswering(adapter: AnyAdapter): AnyAdapter {
  return Object.fromEntries(methodNames(adapter).map((k) => [k, () => new Promise(() => undefined)]));
}

/** An adapter whose every read fails as an unreachable backend does: the error state. */
function unreachable(adapter: AnyAdapter): AnyAdapter {
  return Object.fromEntries(
    methodNames(adapter).map((k) => [k, () => Promise.reject(new OfflineError('The backend cannot be reached'))]),
  );
}

type Widget = HTMLElement & { adapter?: AnyAdapter; updateComplete?: Promise<unknown> };

const pause = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Waits until the widget shows something other than its loading state. */
async function settled(el: Widget): Promise<void> {
  const started = Date.now();
  for (;;) {
    await el.updateComplete;
    const root = el.shadowRoot;
    if (root && root.childElementCount > 0 && !root.querySelector('.state.loading')) return;
    if (Date.now() - started > 4000) throw new Error(`<${el.localName}> stays loading`);
    await pause(5);
  }
}

function shownText(el: Widget): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

export function widgetSuite<E extends HTMLElement>(options: WidgetSuiteOptions<E>): void {
  const { tag, records } = options;
  const [first, second] = records;

  /** A widget with `adapter`, showing `record`, in the page; optionally editable. */
  async function shown(adapter: AnyAdapter, record: WidgetRecord<E> | null = first, editable = false): Promise<E> {
    const el = document.createElement(tag) as E & Widget;
    el.adapter = adapter;
    record?.select(el);
    if (editable) options.editable?.(el);
    const parent = mount();
    parent.append(el);
    await el.updateComplete;
    return el;
  }

  describe(`<${tag}>: the widget suite`, () => {
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
    before(() => {
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    });
    after(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });
    isolateTestPage();

    describe('loading', () => {
      it('a slow answer for the record it was asked for first never replaces the current one', async () => {
        const { adapter, held } = holdFirstCall(await options.adapter());
        const el = await shown(adapter, first);
        const call = await held;
        second.select(el);
        await settled(el);
        expect(call.signal?.aborted, 'the superseded load is aborted').to.equal(true);
        // The adapter ignores the abort and answers late.
        call.release();
        await pause(30);
        await (el as Widget).updateComplete;
        expect(shownText(el)).to.contain(second.text);
        expect(shownText(el)).not.to.contain(first.text);
      });

      it('a failure for the record it was asked for first never shows as the current state', async () => {
        const { adapter, held } = holdFirstCall(await options.adapter());
        const el = await shown(adapter, first);
        const call = await held;
        second.select(el);
        await settled(el);
        call.release(new Error('late failure of the first record'));
        await pause(30);
        expect(el.shadowRoot!.querySelector('.state.error')).to.equal(null);
        expect(shownText(el)).to.contain(second.text);
      });

      it('aborts its load when removed from the page, and loads again when put back', async () => {
        const { adapter, held } = holdFirstCall(await options.adapter());
        const el = await shown(adapter, first);
        const call = await held;
        const parent = el.parentElement!;
        el.remove();
        expect(call.signal?.aborted).to.equal(true);
        parent.append(el);
        await settled(el);
        expect(shownText(el)).to.contain(first.text);
      });

      it('shows the same whether its properties are set before or after it is connected', async () => {
        const adapter = await options.adapter();
        const before = document.createElement(tag) as E & Widget;
        before.adapter = adapter;
        first.select(before);
        const after = document.createElement(tag) as E & Widget;
        const parent = mount();
        parent.append(before, after);
        await after.updateComplete;
        after.adapter = adapter;
        first.select(after);
        await settled(before);
        await settled(after);
        expect(shownText(after)).to.equal(shownText(before));
        expect(shownText(after)).to.contain(first.text);
      });

      it('waits for an adapter set after it, in the loading state and firing nothing, in either order', async () => {
        const errors: Event[] = [];
        const listen = (e: Event) => errors.push(e);
        document.addEventListener('saumaton-error', listen);
        try {
          // The README's plain-HTML recipe: the tag is in the page, the portal's script sets the adapter later.
          const el = document.createElement(tag) as E & Widget;
          first.select(el);
          const parent = mount();
          parent.append(el);
          await pause(30);
          expect(el.shadowRoot!.querySelector('.state.loading'), 'waiting is loading').to.exist;
          el.adapter = await options.adapter();
          await settled(el);
          expect(shownText(el)).to.contain(first.text);
          // And the record chosen after the adapter.
          const late = document.createElement(tag) as E & Widget;
          late.adapter = await options.adapter();
          parent.append(late);
          await pause(10);
          first.select(late);
          await settled(late);
          expect(shownText(late)).to.contain(first.text);
          expect(errors).to.have.length(0);
        } finally {
          document.removeEventListener('saumaton-error', listen);
        }
      });
    });

    describe('registration', () => {
      it('a second definition of the tag warns, naming both versions, and never throws', () => {
        const warnings: string[] = [];
        const warn = console.warn;
        console.warn = (message: string) => warnings.push(message);
        try {
          const Base = options.element as unknown as new () => HTMLElement;
          class Other extends Base {
            static readonly version = '9.9.9';
          }
          define(tag, Other);
          define(tag, Other);
          define(tag, options.element);
        } finally {
          console.warn = warn;
        }
        expect(warnings).to.have.length(1);
        expect(warnings[0])
          .to.contain(`version ${options.element.version ?? 'unknown'}`)
          .and.to.contain('version 9.9.9');
        expect(customElements.get(tag)).to.equal(options.element);
      });

      it('defines into a scoped registry when the page gives one', function () {
        let registry: CustomElementRegistry;
        try {
          registry = new CustomElementRegistry();
        } catch {
          this.skip(); // this engine has no scoped registries yet
        }
        const Base = options.element as unknown as new () => HTMLElement;
        define(tag, class extends Base {}, { registry });
        expect(registry.get(tag)).to.exist;
        expect(registry.get(tag)).not.to.equal(options.element);
      });
    });

    describe('on a hostile host page', () => {
      it('is not restyled by the host’s global CSS, and leaks none of its own', async () => {
        const style = document.createElement('style');
        style.textContent = `
          .hostile { text-transform: uppercase; letter-spacing: 0.5em; font-style: italic; font-weight: 900; white-space: pre; }
          .hostile * { display: none; color: red !important; }
          .hostile h2, .hostile h3, .hostile button { display: none !important; }`;
        document.head.append(style);
        try {
          const el = await shown(await options.adapter());
          const wrapper = el.parentElement!;
          wrapper.className = 'hostile';
          const heading = document.createElement('h3');
          wrapper.append(heading);
          el.style.setProperty('display', 'block', 'important');
          await settled(el);
          const inner = el.shadowRoot!.querySelector('h2, h3, p')!;
          const css = getComputedStyle(inner);
          expect(css.display).not.to.equal('none');
          expect(css.textTransform).to.equal('none');
          expect(css.letterSpacing).to.equal('normal');
          expect(css.fontStyle).to.equal('normal');
          expect(css.whiteSpace).to.equal('normal');
          // The widget's own styles stay inside: the host's heading keeps the host's rules.
          expect(getComputedStyle(heading).display).to.equal('none');
        } finally {
          style.remove();
        }
      });

      it('follows the text size around it, even on a page with html { font-size: 62.5% }', async () => {
        const style = document.createElement('style');
        style.textContent = `html { font-size: 62.5% } .portal-body { font-size: 1.6rem }`;
        document.head.append(style);
        try {
          const el = await shown(await options.adapter());
          el.parentElement!.className = 'portal-body';
          await settled(el);
          expect(getComputedStyle(el).fontSize).to.equal('16px');
          el.style.setProperty('--saumaton-font-size', '20px');
          expect(getComputedStyle(el).fontSize).to.equal('20px');
        } finally {
          style.remove();
        }
      });

      for (const payload of XSS_PAYLOADS) {
        it(`renders ${payload} in every text field as text, never as HTML`, async () => {
          const el = await shown(await options.poisoned(payload), first, true);
          await settled(el);
          const root = el.shadowRoot!;
          expect(root.querySelector('img, script, svg, iframe, object, embed')).to.equal(null);
          expect(root.querySelector('a[href^="javascript:"]')).to.equal(null);
          expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
          expect(shownText(el)).to.contain(payload.replace(/\s+/g, ' '));
        });
      }
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      const el = await shown(await options.adapter(), first, true);
      el.parentElement!.style.inlineSize = '320px';
      await settled(el);
      expect(el.scrollWidth).to.be.at.most(320);
      if (options.reflow) {
        await options.reflow(el);
        await (el as Widget).updateComplete;
        expect(el.scrollWidth).to.be.at.most(320);
      }
    });

    for (const locale of LOCALES) {
      describe(`every state is accessible in ${locale}`, () => {
        beforeEach(async () => {
          document.documentElement.lang = locale;
          await setLocale(locale);
        });

        it('loading', async () => {
          const el = await shown(neverAnswering(await options.adapter()));
          expect(el.shadowRoot!.querySelector('.state.loading')?.getAttribute('role')).to.equal('status');
          await expect(el).to.be.accessible();
        });

        it('error, with a way to try again', async () => {
          const el = await shown(unreachable(await options.adapter()));
          await settled(el);
          const error = el.shadowRoot!.querySelector('.state.error');
          expect(error?.getAttribute('role')).to.equal('alert');
          expect(error?.querySelector('button')).to.exist;
          await expect(el).to.be.accessible();
        });

        it('empty: nothing chosen', async () => {
          const el = await shown(await options.adapter(), null);
          await settled(el);
          expect(el.shadowRoot!.querySelector('.state.empty')).to.exist;
          await expect(el).to.be.accessible();
        });

        it('ready', async () => {
          const el = await shown(await options.adapter(), first, true);
          await settled(el);
          await expect(el).to.be.accessible();
        });

        for (const [name, enter] of Object.entries(options.states ?? {})) {
          it(name, async () => {
            const el = await shown(await options.adapter(), first, true);
            await settled(el);
            await enter(el);
            await (el as Widget).updateComplete;
            await expect(el).to.be.accessible();
          });
        }
      });
    }

    it('threw nothing uncaught in all of the above', () => {
      expect(uncaught).to.deep.equal([]);
    });
  });
}
