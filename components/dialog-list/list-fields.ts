import { html, nothing } from 'lit';

// Form fields of the toolbar and of the filter panel (a chunk): in the core chunk both share.

export interface Choice {
  value: string;
  label: string;
}

/**
 * A select; `any` names the empty choice (none: no empty choice). A change the portal cancels is undone. `compact`:
 * the label is for screen readers only (the sort menu, whose options say what it is).
 */
export const select = (id: string, label: string, value: string, choices: Choice[], any: string | null, change: (value: string) => boolean | void, compact = false) =>
  html`<label class="field" for=${id}><span class=${compact ? 'visually-hidden' : ''}>${label}</span>
    <select id=${id} class="input" @change=${(e: Event) => {
      const box = e.target as HTMLSelectElement;
      if (change(box.value) === false) box.value = value;
    }}>
      ${any === null ? nothing : html`<option value="" ?selected=${!value}>${any}</option>`}
      ${choices.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select></label>`;

