import { css } from 'lit';

export const pickerStyles = css`
  :host {
    display: block;
    margin-bottom: var(--ds-size-3, 0.75rem);
  }
  .panel {
    display: grid;
    gap: var(--ds-size-2, 0.5rem);
    margin-top: var(--ds-size-2, 0.5rem);
    padding: var(--ds-size-3, 0.75rem);
    border: 1px solid var(--ds-color-neutral-border-subtle, #d0d5dc);
    border-radius: var(--ds-border-radius-md, 8px);
    /* A name without spaces (or 10,000 characters of one) wraps instead of widening the panel. */
    overflow-wrap: anywhere;
  }
  .panel[hidden] {
    display: none;
  }
  .group-label {
    margin: var(--ds-size-2, 0.5rem) 0 0;
    font-size: var(--ds-font-size-minus-1, 0.875rem);
    color: var(--ds-color-neutral-text-subtle, #5d6a7a);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: var(--dialog-party-list-height, 20rem);
    overflow: auto;
  }
  li {
    padding: var(--ds-size-1, 0.25rem) 0;
    /* Of a page of 100, the ones scrolled out of view are not laid out or painted until they come into view. */
    content-visibility: auto;
    contain-intrinsic-size: auto 1.75rem;
  }
  .sub {
    padding-inline-start: var(--ds-size-6, 1.5rem);
  }
  label {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--ds-size-2, 0.5rem);
    align-items: center;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--ds-color-accent-base-default, #0062ba);
  }
  input:focus-visible {
    outline: var(--dsc-focus-outline, 3px solid #1e2b3c);
    box-shadow: var(--dsc-focus-boxShadow, 0 0 0 3px #ffda06);
    outline-offset: var(--ds-border-width-focus, 3px);
  }
  .note {
    margin: 0;
    font-size: var(--ds-font-size-minus-1, 0.875rem);
  }
  /* An empty live region stays in the accessibility tree (so what it says later is announced), out of the layout. */
  .note:empty {
    position: absolute;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ds-size-2, 0.5rem);
  }
`;
