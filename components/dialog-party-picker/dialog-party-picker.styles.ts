import { css } from 'lit';

export const pickerStyles = css`
  :host {
    display: block;
    margin-bottom: var(--ds-size-3);
  }
  /* The toggle is one line (the names end in … when they do not fit; its name is the whole text): as tall as the
     line an inbox keeps for it until the picker's code is here (dialog-inbox.styles.ts). */
  [part='toggle'] {
    max-width: 100%;
  }
  .label {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .panel {
    display: grid;
    gap: var(--ds-size-2);
    margin-top: var(--ds-size-2);
    padding: var(--ds-size-3);
    border: 1px solid var(--ds-color-neutral-border-subtle);
    border-radius: var(--ds-border-radius-md);
    /* A name without spaces (or 10,000 characters of one) wraps instead of widening the panel. */
    overflow-wrap: anywhere;
  }
  .panel[hidden] {
    display: none;
  }
  .group-label {
    margin: var(--ds-size-2) 0 0;
    font-size: var(--ds-font-size-minus-1);
    color: var(--ds-color-neutral-text-subtle);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: var(--dialog-party-list-height, 20rem);
    overflow: auto;
  }
  li {
    padding: var(--ds-size-1) 0;
    /* Of a page of 100, the ones scrolled out of view are not laid out or painted until they come into view. */
    content-visibility: auto;
    contain-intrinsic-size: auto 1.75rem;
  }
  .sub {
    padding-inline-start: var(--ds-size-6);
  }
  /* Box and name on one line; a long name wraps beside the box, which stays on the first line. */
  label {
    display: grid;
    grid-template-columns: 1.25rem minmax(0, 1fr);
    column-gap: var(--ds-size-2);
    align-items: start;
    line-height: 1.5rem;
  }
  label input[type='checkbox'] {
    margin-block-start: 0.125rem;
  }
  .name .ds-tag {
    vertical-align: middle;
  }
  /* A main unit the user can act for only through its units: its name, and why it has no box. */
  .parent {
    display: grid;
  }
  .why {
    color: var(--ds-color-neutral-text-subtle);
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--ds-color-accent-base-default);
  }
  input:focus-visible {
    outline: var(--dsc-focus-outline, 3px solid #1e2b3c);
    box-shadow: var(--dsc-focus-boxShadow, 0 0 0 3px #ffda06);
    outline-offset: var(--ds-border-width-focus);
  }
  .note {
    margin: 0;
    font-size: var(--ds-font-size-minus-1);
  }
  /* An empty live region stays in the accessibility tree (so what it says later is announced), out of the layout. */
  .note:empty {
    position: absolute;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ds-size-2);
  }
`;
