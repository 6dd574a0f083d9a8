import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ConflictError,
  ValidationError,
  isAbortError,
  recognizeError,
  sameJson,
  type AnyAdapter,
  type AuditEvent,
  type Edit,
  type ValidationIssue,
  type Versioned,
} from '@saumaton/core';
import { warnOnce } from '../dev-warnings.js';
import { MissingAdapterError } from '../errors.js';
import { SaumatonErrorEvent } from '../events/saumaton-error.js';
import { SaumatonSavedEvent, type SaumatonSavedDetail } from '../events/saumaton-saved.js';
import { LoadController, type LoadState } from './load-controller.js';

/** What a widget shows: the record, and whatever else it read to show it (the roster: the client). */
export interface Loaded<T, C> {
  readonly record: Versioned<T>;
  readonly context: C;
}

/**
 * Where the user's change stands. One union, so a widget can never be saving and in conflict at
 * once: `invalid` is a change the widget itself refused (a broken rule, before anything was
 * sent), `failed` a save the backend did not take, `conflict` a save that met someone else's
 * newer version, which is now the one shown; the change is kept in all three.
 */
export type EditState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'saving'; readonly edit: Edit<T> }
  | { readonly status: 'invalid'; readonly edit: Edit<T>; readonly issues: readonly ValidationIssue[] }
  | { readonly status: 'failed'; readonly edit: Edit<T>; readonly error: unknown }
  | {
      readonly status: 'conflict';
      readonly edit: Edit<T>;
      /** The version the user's change was based on. */
      readonly mine: T;
      /** Theirs, now shown. */
      readonly theirs: Versioned<T>;
    };

/** The host a resource controller serves: any Saumaton widget. */
export interface ResourceHost extends ReactiveControllerHost, EventTarget {
  readonly isConnected: boolean;
}

export interface ResourceOptions<T, C, R> {
  /** The record kind in events and audit entries: `'team'`, later `'consent'`, `'assessment'`, `'plan-part'`. */
  readonly kind: SaumatonSavedDetail['kind'];
  /** The adapter in effect (the property, else the provider's); read before every update. */
  adapter(): AnyAdapter | undefined;
  /** The adapter methods without which nothing can be shown (`['getTeam']`). */
  readonly requires: readonly (keyof AnyAdapter)[];
  /**
   * Which record to show, read before every update; a ref that changes (compared by value)
   * resets the widget and loads again. `undefined`: nothing was chosen, an empty state.
   */
  ref(): R | undefined;
  /**
   * Reads the record `ref` names and validates it (`parseVersioned`), refusing one that is not
   * the one asked for. `null`: there is none yet, an empty state rather than an error.
   */
  read(adapter: AnyAdapter, ref: R, signal: AbortSignal): Promise<Versioned<T> | null>;
  /** Reads what else the widget needs to show the record; runs after every read and create. */
  context(adapter: AnyAdapter, record: T, signal: AbortSignal): Promise<C>;
  /** Writes `value` based on `ifMatch` (`null`: create) and validates the answer. */
  write(adapter: AnyAdapter, value: T, ifMatch: string | null, signal: AbortSignal): Promise<Versioned<T>>;
  /** Validates a value from the adapter outside a read (a live update, a conflict's current value). */
  parse(answer: unknown): Versioned<T>;
  /** What a change newly breaks, checked before anything is sent; default none. */
  check?(before: T | undefined, after: T): readonly ValidationIssue[];
  /** Follows live updates of the record; returns the function that stops, or undefined when the adapter cannot. */
  subscribe?(adapter: AnyAdapter, record: T, listener: (answer: unknown) => void): (() => void) | undefined;
  /** The record's id and client, for audit entries. */
  auditOf(record: T): Pick<AuditEvent, 'id' | 'clientId'>;
  /** The widget is about to show another record (or the same one afresh): drop forms and drafts of the last. */
  onReset?(): void;
  /** True while the user is in the middle of a change: a live update then waits for the save to meet it as a conflict. */
  busy?(): boolean;
  /** Someone else's version arrived and is shown now. */
  onRemoteChange?(record: Versioned<T>): void;
  /** A change was saved; close forms, announce. */
  onSaved?(record: Versioned<T>, created: boolean): void;
  /** A save met someone else's version; move focus to the conflict. */
  onConflict?(): void;
}

/** How long a widget waits for its adapter before it warns (once, in the console). */
const ADAPTER_GRACE_MS = 3000;

/**
 * The data side of a widget: loads the record it is asked for, loads again when the adapter or
 * the ref changes, follows live updates while on the page, and saves one change at a time with
 * `ifMatch`. A superseded load or save is aborted and its answer dropped, even when the adapter
 * ignores the signal. Errors reach the host page as `saumaton-error` and changes as
 * `saumaton-saved`, and every view and change goes to the adapter's audit log, all from here.
 *
 * Errors from the adapter are recognized whatever copy of the library threw them
 * (`recognizeError`). Whatever the error, a failed save never strands the widget: `retry()`
 * first reads the current version, and when someone else's is newer it shows the conflict.
 */
export class ResourceController<T, C, R> implements ReactiveController {
  private readonly loader: LoadController<Loaded<T, C> | null>;
  private editState: EditState<T> = { status: 'idle' };
  private saveController: AbortController | undefined;
  /** The adapter and ref of the last load, to tell when they change. */
  private loadedFrom: { readonly adapter: AnyAdapter | undefined; readonly ref: R | undefined } | undefined;
  private listening: { readonly adapter: AnyAdapter; readonly key: string; readonly stop: () => void } | undefined;
  private adapterTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ResourceHost,
    private readonly options: ResourceOptions<T, C, R>,
  ) {
    this.loader = new LoadController(host, (error) => this.emitError(error));
    host.addController(this);
  }

  /** The load's state: `loading` also while waiting for an adapter. */
  get state(): LoadState<Loaded<T, C> | null> {
    return this.loader.state;
  }

  /** The record shown and its context, once loaded. */
  get value(): Loaded<T, C> | undefined {
    const state = this.loader.state;
    return state.status === 'ready' && state.value ? state.value : undefined;
  }

  /** Where the user's change stands. */
  get edit(): EditState<T> {
    return this.editState;
  }

  get saving(): boolean {
    return this.editState.status === 'saving';
  }

  /** True when the adapter in effect has every method `methods` names. */
  can(...methods: (keyof AnyAdapter)[]): boolean {
    const adapter = this.options.adapter();
    return methods.every((m) => typeof adapter?.[m] === 'function');
  }

  hostConnected(): void {
    // Load at once, without waiting for the first render (which waits for the page's strings on
    // a Finnish or Swedish page): the data and the strings then arrive side by side. Back on the
    // page after a removal, a load cut short runs again (LoadController) and the live
    // subscription starts again.
    this.sync();
    this.follow();
  }

  hostDisconnected(): void {
    this.saveController?.abort();
    this.stopFollowing();
    clearTimeout(this.adapterTimer);
    this.adapterTimer = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Loads afresh when the adapter in effect or the ref has changed since the last load. */
  private sync(): void {
    const adapter = this.options.adapter();
    const ref = this.options.ref();
    const previous = this.loadedFrom;
    if (previous && previous.adapter === adapter && sameJson(previous.ref, ref)) return;
    this.loadedFrom = { adapter, ref };
    this.reset();
    void this.load();
  }

  /** Loads the record again, as the error state's "Try again" does. Keeps nothing of the last change. */
  reload(): Promise<void> {
    this.reset();
    return this.load();
  }

  /** Applies `edit` to the version shown and saves it; resolves to true once saved. */
  save(edit: Edit<T>): Promise<boolean> {
    const loaded = this.value;
    if (this.saving || !loaded) return Promise.resolve(false);
    return this.run(edit, loaded);
  }

  /** Creates the record `edit` makes from nothing (`ifMatch: null`), as "Convene a team" does. */
  create(edit: Edit<T | undefined>): Promise<boolean> {
    if (this.saving) return Promise.resolve(false);
    return this.run(edit as Edit<T>, undefined);
  }

  /**
   * Tries the change that failed again. Reads the current version first: when someone else's is
   * newer, the user meets the conflict instead of the same failure (whatever error the adapter
   * gave, recognized or not); otherwise the change is sent again.
   */
  async retry(): Promise<boolean> {
    const state = this.editState;
    if (state.status !== 'failed' && state.status !== 'invalid') return false;
    const loaded = this.value;
    if (!loaded) return this.run(state.edit, undefined);
    const current = await this.readCurrent(state.edit);
    if (current === undefined) return false;
    if (current.version !== loaded.record.version) {
      this.showConflict(state.edit, loaded.record.value, { record: current, context: loaded.context });
      return false;
    }
    return this.run(state.edit, loaded);
  }

  /** Saves the user's change on top of theirs, after a conflict; `edit` replaces it when the form changed since. */
  keepMine(edit?: Edit<T>): Promise<boolean> {
    const state = this.editState;
    if (state.status !== 'conflict' && !edit) return Promise.resolve(false);
    const chosen = edit ?? (state.status === 'conflict' ? state.edit : undefined);
    const loaded = this.value;
    if (!chosen || !loaded || this.saving) return Promise.resolve(false);
    return this.run(chosen, loaded);
  }

  /** Drops the user's change: a save in flight is abandoned, and what is shown stays. */
  discard(): void {
    this.saveController?.abort();
    this.saveController = undefined;
    this.setEdit({ status: 'idle' });
  }

  /** Reports a view, creation or change to the adapter's audit log; a failing log never breaks the widget. */
  audit(action: AuditEvent['action'], record: T): void {
    try {
      this.options.adapter()?.audit?.({ action, kind: this.options.kind, ...this.options.auditOf(record) });
    } catch (error) {
      warnOnce(`${this.options.kind}:audit`, `the adapter's audit() threw: ${String(error)}`);
    }
  }

  // ---- loading -------------------------------------------------------------------------------

  private reset(): void {
    this.saveController?.abort();
    this.saveController = undefined;
    this.editState = { status: 'idle' };
    this.options.onReset?.();
    this.host.requestUpdate();
  }

  private load(): Promise<void> {
    const adapter = this.options.adapter();
    clearTimeout(this.adapterTimer);
    this.adapterTimer = undefined;
    if (!adapter) {
      // Waiting for the portal's script to set the adapter is normal: the loading state, no
      // error event. Only an adapter still missing well after connection is worth a warning.
      this.loader.wait();
      if (this.host.isConnected) {
        this.adapterTimer = setTimeout(() => {
          if (!this.options.adapter() && this.host.isConnected) {
            warnOnce(
              `${this.options.kind}:no-adapter`,
              `a ${this.options.kind} widget has had no adapter for ${ADAPTER_GRACE_MS / 1000} s: set its adapter property or wrap it in <saumaton-provider>.`,
            );
          }
        }, ADAPTER_GRACE_MS);
      }
      return Promise.resolve();
    }
    return this.loader.run(async (signal) => {
      const missing = this.options.requires.filter((m) => typeof adapter[m] !== 'function');
      if (missing.length > 0) {
        warnOnce(`${this.options.kind}:methods`, `the adapter has no ${missing.join(', ')}().`);
        throw new MissingAdapterError();
      }
      const ref = this.options.ref();
      if (ref === undefined) return null;
      const record = await this.options.read(adapter, ref, signal).catch((error: unknown) => {
        throw recognizeError(error);
      });
      if (!record) return null;
      const context = await this.options.context(adapter, record.value, signal);
      this.audit('view', record.value);
      return { record, context };
    });
  }

  /**
   * The record as the adapter has it now, read under `signal`; undefined without an adapter or a
   * ref. Retry, a conflict without its current value and the check after a failure all use it;
   * the context shown is kept (it belongs to the record, not to its version).
   */
  private readNow(signal: AbortSignal): Promise<Versioned<T> | null> | undefined {
    const adapter = this.options.adapter();
    const ref = this.options.ref();
    return adapter && ref !== undefined ? this.options.read(adapter, ref, signal) : undefined;
  }

  /** The current version, read for `retry()` while the change shows as saving; undefined (and the state says why) when unreadable. */
  private async readCurrent(edit: Edit<T>): Promise<Versioned<T> | undefined> {
    const controller = this.beginSave(edit);
    try {
      const record = await this.readNow(controller.signal);
      if (!this.current(controller)) return undefined;
      if (!record) throw new ConflictError(undefined);
      this.saveController = undefined;
      return record;
    } catch (raw) {
      const error = recognizeError(raw);
      if (this.current(controller) && !isAbortError(error)) this.fail(edit, error);
      return undefined;
    }
  }

  // ---- saving --------------------------------------------------------------------------------

  private beginSave(edit: Edit<T>): AbortController {
    this.saveController?.abort();
    const controller = new AbortController();
    this.saveController = controller;
    this.setEdit({ status: 'saving', edit });
    return controller;
  }

  /** True while the save begun with `controller` is still the one that counts. */
  private current(controller: AbortController): boolean {
    return this.saveController === controller && !controller.signal.aborted;
  }

  /** Applies `edit` to `base` (nothing: a create), checks it and saves it. */
  private async run(edit: Edit<T>, shown: Loaded<T, C> | undefined): Promise<boolean> {
    const adapter = this.options.adapter();
    if (!adapter) return false;
    const base = shown?.record;
    let next: T;
    try {
      next = edit.apply(base?.value as T);
    } catch (raw) {
      const error = recognizeError(raw);
      if (error instanceof ValidationError) this.setEdit({ status: 'invalid', edit, issues: error.issues });
      else this.setEdit({ status: 'failed', edit, error });
      return false;
    }
    const issues = this.options.check?.(base?.value, next) ?? [];
    if (issues.length > 0) {
      this.setEdit({ status: 'invalid', edit, issues });
      return false;
    }
    const controller = this.beginSave(edit);
    try {
      const saved = await this.options.write(adapter, next, base?.version ?? null, controller.signal);
      const context = shown ? shown.context : await this.options.context(adapter, saved.value, controller.signal);
      if (!this.current(controller)) return false;
      this.saveController = undefined;
      this.loader.setValue({ record: saved, context });
      this.setEdit({ status: 'idle' });
      this.audit(base ? 'update' : 'create', saved.value);
      this.host.dispatchEvent(
        new SaumatonSavedEvent({
          kind: this.options.kind,
          value: saved.value,
          version: saved.version,
        } as SaumatonSavedDetail),
      );
      this.options.onSaved?.(saved, !base);
      return true;
    } catch (raw) {
      const error = recognizeError(raw);
      if (isAbortError(error) || !this.current(controller)) return false;
      if (error instanceof ConflictError && !base) {
        // Someone created it first (another user convened the team): show theirs.
        this.emitError(error);
        void this.reload();
        return false;
      }
      const theirs = error instanceof ConflictError && base ? await this.theirs(error, controller) : undefined;
      if (!this.current(controller)) return false;
      this.saveController = undefined;
      // The state first, then the event: a host that hears of the failure finds the widget showing it.
      if (theirs && base) this.showConflict(edit, base.value, theirs);
      else this.fail(edit, error);
      this.emitError(error);
      if (!theirs && shown) void this.checkForNewer(edit, shown);
      return false;
    }
  }

  /**
   * After a failed save, reads the current version once: an adapter that reports a conflict in a
   * way this copy cannot recognize (a plain 412, another library's error) would otherwise fail
   * every retry and never show the other person's change. When the version moved on, the user
   * meets the conflict instead; when it did not, or the read fails too, the failure stands.
   */
  private async checkForNewer(edit: Edit<T>, shown: Loaded<T, C>): Promise<void> {
    const controller = new AbortController();
    this.saveController = controller;
    try {
      const record = await this.readNow(controller.signal);
      const state = this.editState;
      if (!this.current(controller) || state.status !== 'failed' || state.edit !== edit || this.value !== shown) return;
      if (record && record.version !== shown.record.version) {
        this.showConflict(edit, shown.record.value, { record, context: shown.context });
      }
    } catch {
      // The failure already shown stands; "Try again" reads once more.
    } finally {
      if (this.saveController === controller) this.saveController = undefined;
    }
  }

  /** Their version: the one the conflict carries, else read anew; undefined when neither works. */
  private async theirs(error: ConflictError, controller: AbortController): Promise<Loaded<T, C> | undefined> {
    const loaded = this.value;
    if (!loaded) return undefined;
    if (error.current) {
      try {
        return { record: this.options.parse(error.current), context: loaded.context };
      } catch {
        // A malformed current value: read theirs instead.
      }
    }
    const record = await this.readNow(controller.signal)?.catch(() => null);
    return record ? { record, context: loaded.context } : undefined;
  }

  private showConflict(edit: Edit<T>, mine: T, theirs: Loaded<T, C>): void {
    this.loader.setValue(theirs);
    this.setEdit({ status: 'conflict', edit, mine, theirs: theirs.record });
    this.options.onConflict?.();
  }

  private fail(edit: Edit<T>, error: unknown): void {
    this.saveController = undefined;
    this.setEdit({ status: 'failed', edit, error });
  }

  private setEdit(state: EditState<T>): void {
    this.editState = state;
    this.host.requestUpdate();
  }

  private emitError(error: unknown): void {
    this.host.dispatchEvent(new SaumatonErrorEvent(recognizeError(error)));
  }

  // ---- live updates --------------------------------------------------------------------------

  /** Listens to live updates of the record shown, from the adapter in effect, while on the page. */
  private follow(): void {
    const adapter = this.options.adapter();
    const record = this.value?.record.value;
    const key = record ? JSON.stringify(this.options.auditOf(record)) : undefined;
    if (this.listening && this.listening.adapter === adapter && this.listening.key === key && this.host.isConnected) {
      return;
    }
    this.stopFollowing();
    if (!adapter || !record || !key || !this.host.isConnected || !this.options.subscribe) return;
    const stop = this.options.subscribe(adapter, record, (answer) => this.onPush(answer));
    if (stop) this.listening = { adapter, key, stop };
  }

  private stopFollowing(): void {
    try {
      this.listening?.stop();
    } finally {
      this.listening = undefined;
    }
  }

  /**
   * Someone else saved: show their version at once, unless the user is in the middle of a change
   * (saving it then meets the conflict, which shows what changed and keeps their work).
   */
  private onPush(answer: unknown): void {
    const loaded = this.value;
    let record: Versioned<T>;
    try {
      record = this.options.parse(answer);
    } catch {
      return; // a malformed push is ignored; the next load validates and reports
    }
    if (!loaded || record.version === loaded.record.version) return;
    if (!sameJson(this.options.auditOf(record.value), this.options.auditOf(loaded.record.value))) return;
    if (this.editState.status !== 'idle' || this.options.busy?.()) return;
    this.loader.setValue({ record, context: loaded.context });
    this.options.onRemoteChange?.(record);
  }

  /** After every render: follow the record shown (a new one, or the first once loaded). */
  hostUpdated(): void {
    this.follow();
  }
}
