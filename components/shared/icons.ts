import { html } from 'lit';

/** An icon of Designsystemet's set (icons.gen.ts) at the text's size and colour; decorative (the text says it). */
export const icon = (d: string) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" fill-rule="evenodd" d=${d} /></svg>`;
