import { css } from 'lit';

export const listStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  ul.rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--dialog-row-gap, var(--ds-size-2, 0.5rem));
  }
  .row-button {
    all: unset;
    box-sizing: border-box;
    display: grid;
    gap: var(--ds-size-1, 0.25rem);
    width: 100%;
    padding: var(--dialog-row-padding, var(--ds-size-3, 0.75rem) var(--ds-size-4, 1rem));
    border: 1px solid var(--ds-color-neutral-border-subtle, #d0d5dc);
    border-radius: var(--dialog-row-radius, var(--ds-border-radius-md, 8px));
    background: var(--dialog-row-background, var(--ds-color-neutral-background-default, #fff));
    cursor: pointer;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .row-button:hover {
    background: var(--ds-color-neutral-surface-hover, #eef0f3);
  }
  .row-button:focus-visible {
    outline: var(--dsc-focus-outline, 3px solid #1e2b3c);
    box-shadow: var(--dsc-focus-boxShadow, 0 0 0 3px #ffda06);
    outline-offset: var(--ds-border-width-focus, 3px);
  }
  .row-button[aria-current='true'] {
    border-color: var(--ds-color-accent-border-strong, #0062ba);
    background: var(--dialog-row-selected-background, var(--ds-color-accent-surface-tinted, #e5f1fb));
  }
  .row-top {
    display: flex;
    justify-content: space-between;
    gap: var(--ds-size-2, 0.5rem);
    color: var(--ds-color-neutral-text-subtle, #5d6a7a);
    font-size: var(--ds-font-size-minus-1, 0.875rem);
  }
  .sender {
    font-weight: 500;
  }
  .title {
    font-size: var(--ds-font-size-4, 1.125rem);
    font-weight: 400;
  }
  .unread .title {
    font-weight: 700;
  }
  .unread-dot {
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--dialog-unread-color, var(--ds-color-accent-base-default, #0062ba));
    vertical-align: middle;
  }
  .summary {
    color: var(--ds-color-neutral-text-subtle, #5d6a7a);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ds-size-2, 0.5rem);
    align-items: center;
    font-size: var(--ds-font-size-minus-1, 0.875rem);
  }
  .overdue {
    color: var(--ds-color-danger-text-default, #c01b1b);
    font-weight: 600;
  }
  .skeleton-row {
    display: grid;
    gap: var(--ds-size-2, 0.5rem);
    padding: var(--ds-size-3, 0.75rem) var(--ds-size-4, 1rem);
    border: 1px solid var(--ds-color-neutral-border-subtle, #d0d5dc);
    border-radius: var(--ds-border-radius-md, 8px);
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
    padding-block: var(--ds-size-4, 1rem);
  }
  .empty {
    padding: var(--ds-size-6, 1.5rem);
    text-align: center;
  }
`;
