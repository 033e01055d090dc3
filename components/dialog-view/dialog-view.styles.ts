import { css } from 'lit';

export const viewStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  /* break-word, not anywhere: with anywhere, a long unbroken title made every character a line-break candidate
     in the grid's min-content sizing (a 50,000-character title: 6.6 s of layout). minmax(0, 1fr) lets the column
     be narrower than a long word, which then wraps. */
  article {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--dialog-view-gap, var(--ds-size-5));
    overflow-wrap: break-word;
  }
  header {
    display: grid;
    grid-template-columns: minmax(0, 1fr); /* as the article's: a long word wraps, it does not widen the header */
    gap: var(--ds-size-2);
  }
  h2.title {
    margin: 0;
  }
  h2.title:focus-visible {
    outline: var(--dsc-focus-outline, 3px solid #1e2b3c);
    outline-offset: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ds-size-1) 0;
    align-items: center;
    color: var(--ds-color-neutral-text-subtle);
    font-size: var(--ds-font-size-2);
  }
  /* Meta items separated by a middle dot (not read aloud: its alternative text is empty). */
  .meta > * + *::before {
    content: '·' / '';
    margin-inline: var(--ds-size-2);
  }
  .meta > * + .ds-tag::before {
    content: none;
  }
  .meta > * + .ds-tag {
    margin-inline-start: var(--ds-size-2);
  }
  /* Narrow, the items wrap: no dot may start a line, so spacing alone separates them. */
  @container (max-width: 30rem) {
    .meta {
      column-gap: var(--ds-size-3);
    }
    .meta > * + *::before {
      content: none;
    }
    .meta > .ds-tag {
      margin-inline-start: 0;
    }
  }
  .sender {
    font-weight: 600;
    color: var(--ds-color-neutral-text-default);
  }
  .overdue {
    color: var(--ds-color-danger-text-default);
    font-weight: 600;
  }
  .summary {
    margin: 0;
    font-size: var(--ds-font-size-5);
  }
  .plain {
    white-space: pre-line;
  }
  .rich :is(h1, h2, h3, h4, h5, h6) {
    font-size: var(--ds-font-size-5);
    margin: var(--ds-size-4) 0 var(--ds-size-2);
  }
  /* A wide table scrolls inside its own box (keyboard-focusable as a scroller), never the page. */
  .rich table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  /* Amounts and numbers: on one line, end-aligned, digits in columns. */
  .rich [data-num] {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .rich :is(th, td):not([data-num]) {
    text-align: start;
  }
  .rich :is(th, td) {
    border: 1px solid var(--ds-color-neutral-border-subtle);
    padding: var(--ds-size-1) var(--ds-size-2);
  }
  .rich pre {
    overflow-x: auto;
    background: var(--ds-color-neutral-background-tinted);
    padding: var(--ds-size-2);
  }
  .rich a {
    color: var(--ds-color-accent-text-subtle);
  }
  /* A code block that scrolls sideways takes focus (to scroll with the keyboard): the same ring as everywhere. */
  .rich :is(a, pre):focus-visible {
    outline: var(--dsc-focus-outline, 3px solid #1e2b3c);
  }
  section h3 {
    margin: 0 0 var(--ds-size-2);
  }
  ul.attachments {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--ds-size-2);
  }
  /* An attachment: icon, name, type, on one line when it fits. */
  .attachment {
    display: flex;
    align-items: center;
    gap: var(--ds-size-2);
    padding-block: var(--ds-size-1);
    border-bottom: 1px solid var(--ds-color-neutral-border-subtle);
  }
  .attachment .icon {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    color: var(--ds-color-neutral-text-subtle);
  }
  .attachment .type {
    margin-inline-start: auto;
    color: var(--ds-color-neutral-text-subtle);
    font-size: var(--ds-font-size-2);
  }
  .attachment-unavailable {
    color: var(--ds-color-neutral-text-subtle);
  }
  .attachment-unavailable .name {
    text-decoration: line-through;
  }
  .placeholder {
    padding: var(--ds-size-6);
    color: var(--ds-color-neutral-text-subtle);
  }
  .loading {
    display: grid;
    gap: var(--ds-size-3);
  }
  .w40 {
    width: 40%;
  }
  .w90 {
    width: 90%;
  }
  .notice {
    margin-bottom: var(--ds-size-4);
  }
  .checked-at {
    margin: 0 0 var(--ds-size-2);
    color: var(--ds-color-neutral-text-subtle);
    font-size: var(--ds-font-size-2);
  }
`;

export const timelineStyles = css`
  .threads,
  .replies,
  .history-list,
  .seen-log {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--ds-size-3);
  }
  .replies {
    margin-top: var(--ds-size-3);
    padding-inline-start: var(--ds-size-5);
    border-inline-start: 3px solid var(--ds-color-neutral-border-subtle);
  }
  .transmission {
    display: grid;
    gap: var(--ds-size-2);
    padding: var(--ds-size-3) var(--ds-size-4);
    border: 1px solid var(--ds-color-neutral-border-subtle);
    border-radius: var(--ds-border-radius-md);
    background: var(--dialog-transmission-background, var(--ds-color-neutral-background-default));
  }
  .transmission[data-unread] {
    border-inline-start: 4px solid var(--dialog-unread-color, var(--ds-color-accent-base-default));
  }
  .transmission[data-unread] .transmission-title {
    font-weight: 700;
  }
  .transmission[data-unauthorized] {
    color: var(--ds-color-neutral-text-subtle);
  }
  .transmission-top {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ds-size-2);
    align-items: center;
    font-size: var(--ds-font-size-minus-1);
    color: var(--ds-color-neutral-text-subtle);
  }
  .transmission-title,
  .transmission-summary {
    margin: 0;
  }
  .toggle {
    justify-self: start;
  }
  .reason {
    margin: 0;
    color: var(--ds-color-neutral-text-subtle);
    font-style: italic;
  }
  .embed-problem {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ds-size-2);
    align-items: center;
    color: var(--ds-color-neutral-text-subtle);
  }
  /* The history's chevron is an inline icon, not Designsystemet's mask image: an SVG image from a data URL costs a
     document of its own on first use (16 ms under a phone's CPU, in the frame after a dialog opens). */
  .ds-details.history > summary::before {
    display: none;
  }
  .history > summary .icon {
    flex: none;
    width: var(--dsc-details-icon-size);
    height: var(--dsc-details-icon-size);
  }
  .history[open] > summary .icon {
    rotate: 180deg;
  }
  .history-list li {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: var(--ds-size-3);
  }
  .history-list time {
    color: var(--ds-color-neutral-text-subtle);
    font-size: var(--ds-font-size-minus-1);
  }
  @container (max-width: 30rem) {
    .history-list li {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .error-actions {
    display: flex;
    gap: var(--ds-size-2);
    flex-wrap: wrap;
  }
  /* A button that reads as a link in a line of text: no padding before its text, so a line it starts is aligned
     with the text edge. */
  .linkish {
    justify-self: start;
    padding-inline: 0;
    min-height: 0;
    font-size: var(--ds-font-size-2); /* the meta lines' size, whose line it ends */
  }
`;
