import { msg } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import { warnOnce } from '../dev-warnings.js';

/**
 * A part of a widget that only some viewers need, such as the forms a professional edits with,
 * loaded with `import()` on first use or ahead of it when the browser is idle. A page that only
 * shows the widget never downloads it; one where a professional edits has it before the first
 * click. `run()` makes the host's `updateComplete` wait for the load and the action, so opening a
 * form completes when the form has rendered, loaded or not.
 */
export class LazyModule<T> {
  /** The module, once loaded. */
  value: T | undefined;
  private loading: Promise<T | undefined> | undefined;
  private prefetching = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
    /** The host's `settleAfter`: what `updateComplete` also waits for. */
    private readonly settle: (work: Promise<unknown>) => void,
  ) {}

  /** Loads the module, once; after a failed load (offline, a redeployed site) the next call tries again. */
  load(): Promise<T | undefined> {
    if (this.value) return Promise.resolve(this.value);
    return (this.loading ??= this.importer().then(
      (module) => {
        this.value = module;
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        warnOnce('lazy-module', `a part of the widget could not be loaded: ${String(error)}`);
        return undefined;
      },
    ));
  }

  /** Loads the module when the browser is idle, so that the first use does not wait for it. */
  prefetch(): void {
    if (this.value || this.loading || this.prefetching) return;
    this.prefetching = true;
    // WebKit has no requestIdleCallback.
    const later: (fn: () => void) => unknown =
      typeof requestIdleCallback === 'function' ? requestIdleCallback : (fn) => setTimeout(fn, 200);
    later(() => {
      this.prefetching = false;
      void this.load();
    });
  }

  /**
   * Runs `action` with the module: at once when it is loaded, else once it has loaded. When it
   * cannot be loaded, `failed` gets the message to show the user.
   */
  run(action: (module: T) => void, failed: (message: string) => void): void {
    if (this.value) {
      action(this.value);
      return;
    }
    this.settle(
      this.load().then((module) => {
        if (module) action(module);
        else failed(msg('This part of the view could not be loaded. Check your connection and try again.'));
        this.host.requestUpdate();
      }),
    );
  }
}
