import { css } from 'lit';

/**
 * The styles of what the list's extras chunk renders (the filter panel's fields, the bulk bar, the refresh banner):
 * in that chunk, adopted by the list after its own sheet once the chunk is here (dialog-list.ts), so the first rows do
 * not wait for them. After the list's sheet in the cascade: a rule here wins over one there of the same specificity.
 */
export const extrasStyles = css`
  fieldset {
    min-width: 0;
    max-width: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    flex-basis: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    font-size: var(--_small);
  }
  legend {
    padding: 0 0 var(--ds-size-1);
  }
  .filters > fieldset,
  .filters > .hint,
  .filters > .reset {
    grid-column: 1 / -1;
  }
  .filters > .ds-button {
    justify-self: start;
  }
  .filters .field .input {
    width: 100%;
    box-sizing: border-box;
  }
  /* Statuses as toggle chips: the checkbox stays (keyboard, screen reader), the pill shows its state, with a check
     mark besides the colour. */
  .toggle {
    position: relative;
    min-height: 2rem;
    padding: 0 var(--ds-size-3);
    border: 1px solid var(--ds-color-accent-border-default);
    border-radius: var(--ds-border-radius-full);
    color: var(--ds-color-accent-text-default);
    cursor: pointer;
  }
  .toggle input {
    position: absolute;
    opacity: 0;
    width: 100%;
    height: 100%;
    inset: 0;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--ds-color-accent-surface-hover);
  }
  .toggle:has(:checked) {
    background: var(--ds-color-accent-base-default);
    border-color: transparent;
    color: var(--ds-color-accent-base-contrast-default);
  }
  .toggle:has(:checked)::before {
    content: '✓';
  }
  .toggle:has(:focus-visible) {
    outline: var(--dsc-focus-outline, 3px solid #1e2b3c);
    box-shadow: var(--dsc-focus-boxShadow, 0 0 0 3px #ffda06);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .toggle:has(:checked) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  .check {
    display: inline-flex;
    gap: var(--ds-size-1);
    align-items: center;
    font-size: var(--_small);
  }
  .refresh-banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--ds-size-2);
    margin-bottom: var(--ds-size-3);
  }
  /* Selecting: one bar that stays in view above the rows; the actions inline when there is room, else a menu. */
  .bulk {
    display: flex;
    gap: var(--_gap);
    align-items: center;
    position: sticky;
    top: 0;
    z-index: 1;
    margin-bottom: var(--ds-size-2);
    padding: var(--ds-size-1) var(--ds-size-3);
    border: var(--_border);
    border-radius: var(--ds-border-radius-md);
    background: var(--ds-color-neutral-background-tinted);
    font-size: var(--_small);
  }
  .bulk .ds-button {
    min-height: 2rem;
    height: 2rem;
  }
  .bulk .count {
    margin-inline-end: auto;
    font-weight: 500;
    white-space: nowrap;
  }
  .bulk .hint {
    flex-basis: auto;
  }
  .bulk-actions {
    display: none;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ds-size-1);
  }
  @container main (min-width: 34rem) {
    .bulk-actions {
      display: flex;
    }
    .bulk .bulk-more {
      display: none;
    }
  }
  /* The rows' menu and the bulk bar's (narrow): both are rendered by this chunk. */
  .menu {
    margin: 0;
    padding: var(--_gap);
    border: var(--_border);
    border-radius: var(--ds-border-radius-md);
    background: var(--ds-color-neutral-background-default);
    box-shadow: var(--ds-shadow-md, 0 4px 12px rgb(0 0 0 / 0.15));
    position-area: block-end span-inline-start;
    position-try-fallbacks: flip-block, flip-inline;
  }
  .menu ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .menu .ds-button {
    width: 100%;
    justify-content: flex-start;
  }
  /* The panel's fields (rendered by this chunk) on a grid of equal columns; the statuses, hints and reset on lines of
     their own. Until the chunk is here the panel holds a loading text or the message that it failed, unframed. */
  .filters {
    flex-basis: 100%;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    gap: var(--ds-size-3) var(--ds-size-2);
    align-items: end;
    padding: var(--ds-size-3);
    border: var(--_border);
    border-radius: var(--ds-border-radius-md);
  }
  .filters[hidden] {
    display: none;
  }
`;
