import { css } from 'lit';

export const actionsStyles = css`
  :host {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dialog-actions-gap, var(--ds-size-2, 0.5rem));
    align-items: center;
  }
  .menu-wrap {
    position: relative;
  }
  .menu {
    margin: 0;
    padding: var(--ds-size-2, 0.5rem);
    min-width: 14rem;
    border: 1px solid var(--ds-color-neutral-border-subtle, #d0d5dc);
    border-radius: var(--ds-border-radius-md, 8px);
    background: var(--ds-color-neutral-background-default, #fff);
    box-shadow: var(--ds-shadow-md, 0 4px 12px rgb(0 0 0 / 0.15));
    position-area: block-end span-inline-end;
    position-try-fallbacks: flip-block, flip-inline;
  }
  .menu ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--ds-size-1, 0.25rem);
  }
  .menu .ds-button {
    width: 100%;
    justify-content: flex-start;
  }
  .reason {
    margin: var(--ds-size-2, 0.5rem) 0 0;
    color: var(--ds-color-neutral-text-subtle, #5d6a7a);
    font-size: var(--ds-font-size-minus-1, 0.875rem);
  }
  .message {
    margin-top: var(--ds-size-3, 0.75rem);
  }
  .message:empty {
    display: none;
  }
  dialog .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ds-size-2, 0.5rem);
    margin-top: var(--ds-size-4, 1rem);
  }
  .lock {
    width: 1em;
    height: 1em;
    flex: none;
  }
`;
