import type { TemplateResult } from 'lit';
import { renderError, renderLoading, type LazyModule } from '@saumaton/elements';

/**
 * A part of the widget made from a lazily loaded module on first need: the assessment's record
 * (with `assessment-id`) and the meter (with `meter-id`). A form that only renders a template
 * loads neither.
 */
export class Part<M, T> {
  value: T | undefined;
  private problem: string | undefined;
  private requested = false;

  constructor(
    private readonly module: LazyModule<M>,
    private readonly make: (module: M) => T,
  ) {}

  /** Loads the module and makes the part, once; after a failed load the next call tries again. */
  want(): void {
    if (this.value || this.requested) return;
    this.requested = true;
    this.problem = undefined;
    this.module.run(
      (module) => {
        this.value ??= this.make(module);
      },
      (message) => {
        this.requested = false;
        this.problem = message;
      },
    );
  }

  /** The part's view; until it is made, the loading state, or why it could not be loaded. */
  render<R>(view: (part: T) => R, loading: string): R | TemplateResult {
    if (this.value) return view(this.value);
    return this.problem ? renderError(new Error(this.problem), () => this.want()) : renderLoading(loading);
  }
}
