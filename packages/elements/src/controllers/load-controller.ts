import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, recognizeError } from '@saumaton/core';

export type LoadState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * Runs one load at a time for its host. A new `run()` aborts the previous one, and a result that
 * arrives after it was superseded is dropped even when the adapter ignores the signal: a slow
 * answer for an old `team-id` never replaces the new one.
 */
export class LoadController<T> implements ReactiveController {
  state: LoadState<T> = { status: 'idle' };
  private current: AbortController | undefined;
  private lastLoad: ((signal: AbortSignal) => Promise<T>) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    host.addController(this);
  }

  async run(load: (signal: AbortSignal) => Promise<T>): Promise<void> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    this.lastLoad = load;
    this.set({ status: 'loading' });
    try {
      const value = await load(controller.signal);
      if (this.current !== controller) return;
      this.set({ status: 'ready', value });
    } catch (error) {
      if (this.current !== controller || isAbortError(error)) return;
      const recognized = recognizeError(error);
      this.set({ status: 'error', error: recognized });
      this.onError(recognized);
    } finally {
      if (this.current === controller) this.current = undefined;
    }
  }

  /** Shows the loading state without loading: waiting for something the load needs, such as the adapter. */
  wait(): void {
    this.current?.abort();
    this.current = undefined;
    this.lastLoad = undefined;
    this.set({ status: 'loading' });
  }

  /** Runs the last load again (the error state's "Try again"). */
  retry(): Promise<void> {
    return this.lastLoad ? this.run(this.lastLoad) : Promise.resolve();
  }

  /** Replaces the value without loading, as after a save. */
  setValue(value: T): void {
    this.set({ status: 'ready', value });
  }

  hostConnected(): void {
    // A load cut short by a disconnect starts again when the element comes back.
    if (this.state.status === 'loading' && !this.current) void this.retry();
  }

  hostDisconnected(): void {
    this.current?.abort();
    this.current = undefined;
  }

  private set(state: LoadState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
