import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Target = string | (() => HTMLElement | null | undefined);

/**
 * Moves focus where a keyboard or screen-reader user needs it after the view changes: into a form
 * that opened, to a conflict that appeared, back to the button that opened a form that closed.
 * The move happens once the next render is on screen, never on an element about to be replaced.
 */
export class FocusController implements ReactiveController {
  private pending: Target | undefined;
  private returnTo: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Focuses what `target` finds after the next render: a selector in the render root, or a function. The last call wins. */
  focusAfterUpdate(target: Target): void {
    this.pending = target;
    this.host.requestUpdate();
  }

  /** Remembers the control (by id) that opened something, to give focus back to when it closes. */
  rememberReturn(id: string): void {
    this.returnTo = id;
  }

  /** After the next render, focuses the remembered control, or `fallback` when it is gone; forgets it. */
  restore(fallback: string): void {
    const id = this.returnTo;
    this.returnTo = undefined;
    if (!id) return;
    this.focusAfterUpdate(
      () =>
        this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ??
        this.host.renderRoot.querySelector<HTMLElement>(fallback),
    );
  }

  hostUpdated(): void {
    const target = this.pending;
    if (!target) return;
    this.pending = undefined;
    const element = typeof target === 'string' ? this.host.renderRoot.querySelector<HTMLElement>(target) : target();
    element?.focus();
  }
}
