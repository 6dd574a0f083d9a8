import { css } from 'lit';

/**
 * The baseline every Saumaton element starts from: its own box model, font and colours from the
 * `--saumaton-*` tokens (each with a fallback, so no theme is required), visible focus, and
 * respect for forced colours and reduced motion. Sizes are in `em`, directions logical.
 *
 * Headings `h2`–`h4` have one scale. A list of records is `.cards` (a `role="list"` of `.card`s):
 * - A card off screen is not laid out until it nears the viewport (`content-visibility: auto`; it
 *   stays in the accessibility tree, find-in-page and the tab order): a team of 60 first renders
 *   in half the time. A widget sets `contain-intrinsic-block-size` to its cards' usual height.
 * - The list is one column `minmax(0, 1fr)`, as wide as the widget, never as wide as a card's
 *   content: an off-screen card remembers the size it was last laid out at, and an auto track
 *   would keep that width after the page narrowed (zoom, a rotated phone), scrolling sideways.
 * - A card is its own container: its details stack when the card is narrow, wherever it sits.
 * - A card holding the focus is always laid out: Chromium decides asynchronously whether an
 *   off-screen card is relevant, and on a busy machine focus() into a card not yet laid out (a
 *   form just opened in it) was dropped, leaving a keyboard user nowhere.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--saumaton-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    /* No fallback: without the token the declaration is dropped and the size is inherited, so the
       widget follows the text around it, even on portals with html { font-size: 62.5% }. */
    font-size: var(--saumaton-font-size);
    line-height: 1.5;
    color: var(--saumaton-color-text, #1b1f24);
    background: var(--saumaton-color-surface, #ffffff);
    text-align: start;
    overflow-wrap: anywhere;
    /* Inherited properties a host page may have set for its own text: reset, so no portal's
       typography leaks in. (Everything else stops at the shadow boundary by itself.) */
    font-style: normal;
    font-weight: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure,
  fieldset {
    margin: 0;
  }
  ul[role='list'],
  ol[role='list'] {
    list-style: none;
    padding: 0;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.15em;
    line-height: 1.3;
  }
  h4 {
    font-size: 1em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
  }
  .cards {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .card {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 12em;
    container-type: inline-size;
    display: grid;
    align-content: start;
    gap: 0.35em;
    padding: 0.75em 1em;
    border: 1px solid var(--saumaton-color-border, #c9ced6);
    border-radius: var(--saumaton-radius, 0.375em);
    background: var(--saumaton-color-surface-raised, #f3f5f8);
  }
  .card:focus-within {
    content-visibility: visible;
  }
  a {
    color: var(--saumaton-color-link, #0b5cad);
    text-underline-offset: 0.15em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    min-block-size: 2.75em;
    padding-block: 0.4em;
    padding-inline: 0.9em;
    border: 1px solid var(--saumaton-color-border-strong, #5b6470);
    border-radius: var(--saumaton-radius, 0.375em);
    background: var(--saumaton-color-surface, #ffffff);
  }
  button.primary {
    background: var(--saumaton-color-accent, #0b5cad);
    border-color: var(--saumaton-color-accent, #0b5cad);
    color: var(--saumaton-color-on-accent, #ffffff);
  }
  button.danger {
    color: var(--saumaton-color-danger, #b3261e);
    border-color: currentColor;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    min-block-size: 2.75em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--saumaton-color-border-strong, #5b6470);
    border-radius: var(--saumaton-radius, 0.375em);
    background: var(--saumaton-color-surface, #ffffff);
    max-inline-size: 100%;
  }
  /* WebKit counts the text of an option or a value wider than the control as overflow of the
     widget, which then scrolls sideways at 320 px; the control shows it clipped either way. */
  input,
  select {
    contain: paint;
  }
  :focus-visible {
    outline: 0.2em solid var(--saumaton-color-focus, #c15d00);
    outline-offset: 0.15em;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    padding: 1em;
    border: 1px solid var(--saumaton-color-border, #c9ced6);
    border-radius: var(--saumaton-radius, 0.375em);
  }
  .state p {
    flex: 1 1 16em;
  }
  .state.error,
  .state.conflict {
    border-color: var(--saumaton-color-danger, #b3261e);
    border-inline-start-width: 0.35em;
  }
  .spinner {
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.2em solid var(--saumaton-color-border, #c9ced6);
    border-block-start-color: var(--saumaton-color-accent, #0b5cad);
    border-radius: 50%;
    animation: saumaton-spin 0.8s linear infinite;
  }
  @keyframes saumaton-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
    .state,
    .state.error,
    .state.conflict {
      border-color: CanvasText;
    }
  }
`;
