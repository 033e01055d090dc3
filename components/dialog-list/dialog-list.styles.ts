import { css } from 'lit';

export const listStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_gap: var(--ds-size-2);
    --_subtle: var(--ds-color-neutral-text-subtle);
    --_border: 1px solid var(--ds-color-neutral-border-subtle);
    --_small: var(--ds-font-size-minus-1);
  }
  .toolbar,
  .filter-bar,
  .bulk,
  .bulk-row,
  .folders,
  .search,
  .chips,
  .filters,
  .meta,
  .row-top {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
  }
  .toolbar {
    margin-bottom: var(--ds-size-4);
  }
  .folders,
  .search {
    flex-basis: 100%;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--ds-color-accent-base-default);
  }
  .input:focus-visible,
  input[type='checkbox']:focus-visible,
  .row-button:focus-visible {
    outline: var(--dsc-focus-outline, 3px solid #1e2b3c);
    box-shadow: var(--dsc-focus-boxShadow, 0 0 0 3px #ffda06);
    outline-offset: var(--ds-border-width-focus);
  }
  .search .input {
    flex: 1 1 12rem;
    width: auto;
  }
  .hint,
  .searching {
    flex-basis: 100%;
    margin: 0;
    font-size: var(--_small);
    color: var(--_subtle);
  }
  .filters {
    flex-basis: 100%;
    align-items: end;
    padding: var(--ds-size-3);
    border: var(--_border);
    border-radius: var(--ds-border-radius-md);
  }
  .filters[hidden] {
    display: none;
  }
  /* Fields and the fieldset may shrink below their content (a select is as wide as its longest option, a
     fieldset at least as wide as its content): at 320 px the panel then fits (WCAG 1.4.10). */
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--ds-size-1);
    min-width: 0;
    max-width: 100%;
    font-size: var(--_small);
  }
  .field .input {
    max-width: 100%;
  }
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
  .check {
    display: inline-flex;
    gap: var(--ds-size-1);
    align-items: center;
    font-size: var(--_small);
  }
  .chips,
  ul.rows {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chips {
    flex-basis: 100%;
  }
  .message:empty {
    display: none;
  }
  .message {
    margin-bottom: var(--ds-size-3);
  }
  .refresh-banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--ds-size-2);
    margin-bottom: var(--ds-size-3);
  }
  .group-heading {
    margin: var(--ds-size-4) 0 var(--_gap);
    font-size: var(--_small);
    font-weight: 600;
    color: var(--_subtle);
  }
  /* No content-visibility: auto on the months: Chromium then left the rows and headings of off-screen months
     out of the accessibility tree (a screen reader's browse mode and heading list missed them). Block layout
     (not grid): a row that changes size does not make the browser lay out every other row. */
  .row + .row {
    margin-top: var(--dialog-row-gap, var(--_gap));
  }
  .row {
    position: relative;
    display: flex;
    align-items: start;
    border: var(--_border);
    border-radius: var(--dialog-row-radius, var(--ds-border-radius-md));
    background: var(--dialog-row-background, var(--ds-color-neutral-background-default));
  }
  .row:hover {
    background: var(--ds-color-neutral-surface-hover);
  }
  .row:has([aria-current='true']) {
    border-color: var(--ds-color-accent-border-strong);
    background: var(--dialog-row-selected-background, var(--ds-color-accent-surface-tinted));
  }
  .unread {
    box-shadow: inset 4px 0 0 var(--dialog-unread-color, var(--ds-color-accent-base-default));
  }
  /* The unread bar on the start side, right to left too. */
  .unread:dir(rtl) {
    box-shadow: inset -4px 0 0 var(--dialog-unread-color, var(--ds-color-accent-base-default));
  }
  /* Forced colours drop shadows and backgrounds: unread and the open row need marks of their own. */
  @media (forced-colors: active) {
    .unread {
      border-inline-start: 4px solid CanvasText;
    }
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .row:has([aria-current='true']) {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
    /* The current folder's filled button is a plain one in forced colours: underline it and frame it. */
    [part='folder'][aria-current='page'] {
      border-color: Highlight;
      text-decoration: underline 3px;
    }
  }
  .pick {
    display: none;
    margin: var(--ds-size-4) 0 0 var(--ds-size-3);
    flex: none;
  }
  .selecting .pick {
    display: block;
  }
  .row-button {
    all: unset;
    box-sizing: border-box;
    flex: 1;
    min-width: 0;
    display: grid;
    gap: var(--ds-size-1);
    padding: var(--dialog-row-padding, var(--ds-size-3) var(--ds-size-4));
    border-radius: inherit;
    cursor: pointer;
    text-align: start;
    /* Not 'anywhere': that lets the grid shrink below a word and splits words that fit a line of their own. */
    overflow-wrap: break-word;
  }
  /* A chip is as wide as its text (Designsystemet's max-content) until the row is narrower: then it wraps. */
  .due.ds-tag {
    width: auto;
    max-width: 100%;
  }
  .row-top {
    order: -1;
  }
  /* Unseen words of a row's name (list-row.ts): inline text of no size, so the name has no space before a comma. */
  .join {
    font-size: 0;
  }
  /* The status tag's wrapper (aria-hidden: the name says the status) lays the tag out as before. */
  .meta > .status {
    display: flex;
  }
  .menu-button {
    margin: var(--_gap);
    flex: none;
  }
  .row-top,
  .meta {
    color: var(--_subtle);
    font-size: var(--_small);
  }
  .row-top time {
    margin-inline-start: auto;
  }
  .sender {
    font-weight: 500;
  }
  .title {
    font-size: var(--ds-font-size-4);
  }
  .unread .title {
    font-weight: 700;
  }
  .dot {
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--dialog-unread-color, var(--ds-color-accent-base-default));
    vertical-align: middle;
  }
  .summary {
    color: var(--_subtle);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  mark {
    background: var(--dialog-mark-background, var(--ds-color-warning-surface-tinted));
    color: inherit;
  }
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
  .skeleton-row {
    display: grid;
    gap: var(--_gap);
    padding: var(--ds-size-3) var(--ds-size-4);
    border: var(--_border);
    border-radius: var(--ds-border-radius-md);
  }
  .w30 {
    width: 30%;
  }
  .w60 {
    width: 60%;
  }
  .w80 {
    width: 80%;
  }
  .more {
    display: flex;
    justify-content: center;
    padding-block: var(--ds-size-4);
  }
  .empty {
    padding: var(--ds-size-6);
    text-align: center;
  }
`;
