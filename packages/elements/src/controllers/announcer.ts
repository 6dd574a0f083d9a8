import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * Says what happened to screen-reader users ("Saved.", "Someone else updated the team.") through
 * one polite live region, which the widget renders once with `render()`. The region is emptied
 * first, so the same sentence twice is announced twice.
 */
export class Announcer implements ReactiveController {
  private text = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(text: string): void {
    this.text = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.text = text;
      this.host.requestUpdate();
    });
  }

  /** What was last announced, for tests and for widgets that show it too. */
  get current(): string {
    return this.text;
  }

  hostDisconnected(): void {
    // Off the page, an old sentence must not be read out again when the widget comes back.
    this.text = '';
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.text}</div>`;
  }
}
