import { css } from 'lit';

export const inboxStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    container-name: dialog-inbox;
  }
  .layout {
    display: grid;
    gap: var(--dialog-inbox-gap, var(--ds-size-6));
    grid-template-columns: minmax(0, 1fr);
  }
  /* The party picker comes with the list's extras, after the first rows: its line is kept until then (taller when
     it says that its code could not be loaded). */
  [data-coming]:not(:defined) {
    display: block;
    min-height: var(--ds-size-12); /* a button's height, as its toggle's */
    margin-bottom: var(--ds-size-3);
  }
  .back [aria-hidden]:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
  /* Its text starts at the dialog's text edge (no button padding before it). */
  .back {
    margin-bottom: var(--ds-size-2);
    padding-inline: 0;
    min-height: 2rem;
  }
  /* Narrow: one pane at a time. */
  .layout[data-open] .list-pane {
    display: none;
  }
  .layout:not([data-open]) .view-pane {
    display: none;
  }
  /* Wide: list and dialog side by side. */
  @container dialog-inbox (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(18rem, var(--dialog-inbox-list-width, 2fr)) minmax(0, 3fr);
      align-items: start;
    }
    .layout[data-open] .list-pane,
    .layout:not([data-open]) .view-pane {
      display: block;
    }
    .layout .back {
      display: none;
    }
  }
`;
