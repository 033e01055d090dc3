import { css } from 'lit';

export const listStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_gap: var(--ds-size-2);
    --_subtle: var(--ds-color-neutral-text-subtle);
    --_border: 1px solid var(--ds-color-neutral-border-subtle);
    --_small: var(--ds-font-size-2);
  }
  .toolbar,
  .tools,
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
    margin-bottom: var(--ds-size-2);
  }
  .group:first-child > .group-heading {
    margin-top: 0;
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
  }
  /* Folders: one strip that scrolls sideways when narrow (never wraps), a side navigation when the list is wide. */
  .folders {
    display: flex;
    margin-bottom: var(--ds-size-2);
    gap: var(--ds-size-1);
    overflow-x: auto;
    scrollbar-width: thin;
    border-bottom: var(--_border);
  }
  .folders .ds-button,
  .tools > .ds-button {
    min-height: var(--dialog-control-height, 2.25rem);
    height: var(--dialog-control-height, 2.25rem);
  }
  .folders .ds-button {
    flex: none;
    padding-inline: var(--ds-size-3);
    border-radius: var(--ds-border-radius-md) var(--ds-border-radius-md) 0 0;
  }
  /* The current folder: a bar under it (or beside it in the side navigation) and bold text: seen in every colour
     mode without relying on colour alone. */
  [part='folder'][aria-current='page'] {
    font-weight: 700;
    color: var(--ds-color-accent-text-default);
    box-shadow: inset 0 -3px 0 var(--ds-color-accent-base-default);
  }
  .tools {
    flex: 1 1 100%;
    gap: var(--ds-size-1);
  }

  .search {
    position: relative;
    flex: 1 1 100%;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
  }
  .search .icon {
    position: absolute;
    inset-inline-start: var(--ds-size-2);
    top: calc(var(--dialog-control-height, 2.25rem) / 2 - 0.625em);
    color: var(--_subtle);
    pointer-events: none;
  }
  .search .input,
  .tools select.input {
    box-sizing: border-box;
    min-height: 0;
  }
  .search .input {
    flex: 1 1 100%;
    width: 100%;
    height: var(--dialog-control-height, 2.25rem);
    padding-inline-start: calc(var(--ds-size-2) + 1.75em);
  }
  /* The sort menu gives way on a phone, so that the filters, it and select stay on one line. */
  .tools > .field {
    display: block;
    max-width: calc(100% - 9rem);
  }
  .tools select.input {
    height: var(--dialog-control-height, 2.25rem);
    width: 100%;
    max-width: 9.5rem;
  }
  .tools > .ds-button {
    padding-inline: var(--ds-size-3);
    gap: var(--ds-size-1);
  }
  .tools > .filters {
    order: 1;
  }
  .icon-button {
    width: var(--dialog-control-height, 2.25rem);
    min-width: 0;
    padding: 0;
    justify-content: center;
  }
  .badge {
    min-width: 1.25rem;
    padding: 0 0.3rem;
    border-radius: var(--ds-border-radius-full);
    background: var(--ds-color-accent-base-default);
    color: var(--ds-color-accent-base-contrast-default);
    font-size: var(--_small);
    line-height: 1.25rem;
    text-align: center;
  }
  /* Wide: folders in a side navigation beside the rows; the search, filters, sort and select on one line. */
  @container (min-width: 40rem) {
    .frame {
      display: grid;
      grid-template-columns: 11rem minmax(0, 1fr);
      column-gap: var(--ds-size-6);
      align-items: start;
    }
    .folders {
      flex-direction: column;
      border: 0;
      overflow: visible;
    }
    .folders .ds-button {
      justify-content: flex-start;
      border-radius: var(--ds-border-radius-md);
    }
    [part='folder'][aria-current='page'] {
      box-shadow: inset 3px 0 0 var(--ds-color-accent-base-default);
      background: var(--ds-color-accent-surface-tinted);
    }
    [part='folder'][aria-current='page']:dir(rtl) {
      box-shadow: inset -3px 0 0 var(--ds-color-accent-base-default);
    }
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
  .hint,
  .searching {
    flex-basis: 100%;
    margin: 0;
    font-size: var(--_small);
    color: var(--_subtle);
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
  .group-heading {
    margin: var(--ds-size-3) 0 var(--ds-size-1);
    font-size: var(--_small);
    font-weight: 600;
    color: var(--_subtle);
  }
  /* No content-visibility: auto on the months: Chromium then left the rows and headings of off-screen months
     out of the accessibility tree (a screen reader's browse mode and heading list missed them). Block layout
     (not grid): a row that changes size does not make the browser lay out every other row. */
  /* Not \`.row + .row\`: with a sibling rule every row put into a month's list (the windowing adds a few a frame)
     made the browser restyle every row of that list (a phone's CPU: 260–840 elements a frame instead of 35–40).
     \`:first-child\` restyles only the row that stops being first. */
  .row:not(:first-child) {
    margin-top: var(--dialog-row-gap, var(--ds-size-2));
  }
  /* A card: the checkbox (selecting), the clickable area, and the ⋯ button at the end of the chip line. */
  .row {
    --_pad-block: var(--dialog-row-padding-block, var(--ds-size-2));
    --_pad-inline: var(--dialog-row-padding-inline, var(--ds-size-3));
    --_line: 1.25rem;
    position: relative;
    /* The row is one box to the browser: a row that moves or changes is laid out and painted as a whole, not every
       element in it (a phone's CPU: 56 → 11 ms for a frame that moves 233 rows). Not paint: it would cut the focus ring. */
    contain: layout style;
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
  /* The checkbox sits in the row, centred on its first line. */
  .row .pick {
    display: none;
    margin-block-start: calc(var(--_pad-block) + (var(--_line) - 1.25rem) / 2);
    margin-inline-start: var(--_pad-inline);
    flex: none;
  }
  .selecting .row .pick {
    display: block;
  }
  .row-button {
    all: unset;
    box-sizing: border-box;
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    padding: var(--dialog-row-padding, var(--_pad-block) var(--_pad-inline));
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
  /* The header line (sender, recipient, date) is seen first; in the DOM the title comes first (the row's name). */
  /* One line: the recipient, then the sender, shorten with an ellipsis (both are whole in the row's name and on
     the dialog); the date keeps its place at the end. */
  .row-top {
    order: -1;
    flex-wrap: nowrap;
    min-height: var(--_line);
    line-height: var(--_line);
    column-gap: var(--ds-size-2);
  }
  .sender,
  .recipient {
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .sender {
    flex: 0 1 auto;
    min-width: 4em;
  }
  .recipient {
    flex: 0 3 auto;
    min-width: 4em;
  }
  /* Unseen words of a row's name (list-row.ts): inline text of no size, so the name has no space before a comma. */
  .join {
    font-size: 0;
    line-height: 0; /* else its empty line box makes the line taller */
  }
  /* The status tag's wrapper (aria-hidden: the name says the status) lays the tag out as before. */
  .meta > .status {
    display: flex;
  }
  /* Chips a line of small text tall, so a typical row stays compact. */
  .meta .ds-tag {
    min-height: 1.5rem;
    padding-block: 0;
    padding-inline: var(--ds-size-2);
    font-size: var(--_small);
  }
  .meta {
    gap: var(--ds-size-1) var(--ds-size-2);
    margin-top: 0.125rem;
    min-height: 1.5rem;
  }
  /* Room for the ⋯ button at the end of the last line of chips (a flex item: it wraps with them). */
  .meta::after {
    content: '';
    width: 1.75rem;
    height: 1.5rem;
  }
  .menu-button {
    position: absolute;
    inset-inline-end: var(--ds-size-1);
    inset-block-end: var(--ds-size-1);
    min-height: 1.75rem;
    height: 1.75rem;
    min-width: 2rem;
    padding: 0;
  }
  .row-top,
  .meta {
    color: var(--_subtle);
    font-size: var(--_small);
  }
  .row-top time {
    flex: none;
    margin-inline-start: auto;
    white-space: nowrap;
  }
  .sender {
    font-weight: 500;
    color: var(--ds-color-neutral-text-default);
  }
  .initial {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin-inline-end: calc(var(--ds-size-1) - var(--ds-size-2));
    border-radius: var(--ds-border-radius-sm);
    background: var(--ds-color-accent-surface-tinted);
    color: var(--ds-color-accent-text-subtle);
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.25rem;
    text-align: center;
  }
  .title {
    font-size: var(--ds-font-size-4);
    font-weight: 500;
    line-height: 1.3;
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
  /* One line; the whole text is on the dialog (and in the row's name). */
  .summary {
    color: var(--_subtle);
    font-size: var(--ds-font-size-2);
    line-height: 1.4;
    display: -webkit-box;
    -webkit-line-clamp: 1;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  mark {
    background: var(--dialog-mark-background, var(--ds-color-warning-surface-tinted));
    color: inherit;
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
    display: grid;
    justify-items: center;
    gap: var(--ds-size-2);
    padding: var(--ds-size-8) var(--ds-size-4);
    text-align: center;
  }
  .empty > .icon {
    width: 3rem;
    height: 3rem;
    color: var(--ds-color-accent-text-subtle);
  }
  .empty > * {
    margin: 0;
  }
  .main {
    container: main / inline-size;
  }
  /* (After the .search rule, which it overrides.) Room for the search beside the filters, the sort and select: one line. */
  @container main (min-width: 36rem) {
    .search {
      flex-basis: 12rem;
    }
  }
  /* A phone: a little less air in each row, so three titles fit the first screen. */
  @container main (max-width: 25rem) {
    .row {
      --_pad-block: var(--dialog-row-padding-block, 0.375rem);
      --_pad-inline: var(--dialog-row-padding-inline, var(--ds-size-2));
    }
  }
`;
