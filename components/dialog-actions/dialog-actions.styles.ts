import { css } from 'lit';

export const actionsStyles = css`
  :host {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dialog-actions-gap, var(--ds-size-2));
    align-items: center;
  }
  .menu-wrap {
    position: relative;
  }
  .menu {
    margin: 0;
    padding: var(--ds-size-2);
    min-width: 14rem;
    border: 1px solid var(--ds-color-neutral-border-subtle);
    border-radius: var(--ds-border-radius-md);
    background: var(--ds-color-neutral-background-default);
    box-shadow: var(--ds-shadow-md, 0 4px 12px rgb(0 0 0 / 0.15));
    position-area: block-end span-inline-end;
    position-try-fallbacks: flip-block, flip-inline;
  }
  .menu ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--ds-size-1);
  }
  .menu .ds-button {
    width: 100%;
    justify-content: flex-start;
  }
  .reason {
    margin: var(--ds-size-2) 0 0;
    color: var(--ds-color-neutral-text-subtle);
    font-size: var(--ds-font-size-minus-1);
  }
  .message {
    margin-top: var(--ds-size-3);
  }
  .message:empty {
    display: none;
  }
  dialog .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ds-size-2);
    margin-top: var(--ds-size-4);
  }
  .lock {
    width: 1em;
    height: 1em;
    flex: none;
  }
  /* The chevron of "More actions", turned while its menu is open. */
  .menu-wrap .icon {
    width: 1.25em;
    height: 1.25em;
    transition: rotate 0.15s;
  }
  .menu-wrap:has(:popover-open) .icon {
    rotate: 180deg;
  }
  @media (prefers-reduced-motion: reduce) {
    .menu-wrap .icon {
      transition: none;
    }
  }
`;
