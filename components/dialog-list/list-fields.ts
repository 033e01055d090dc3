import { html, nothing } from 'lit';

// Form fields of the toolbar and of the filter panel (a chunk): in the core chunk both share.

export interface Choice {
  value: string;
  label: string;
}

/** A select; `any` names the empty choice (none: no empty choice). A change the portal cancels is undone. */
export const select = (id: string, label: string, value: string, choices: Choice[], any: string | null, change: (value: string) => boolean | void) =>
  html`<label class="field" for=${id}><span>${label}</span>
    <select id=${id} class="input" @change=${(e: Event) => {
      const box = e.target as HTMLSelectElement;
      if (change(box.value) === false) box.value = value;
    }}>
      ${any === null ? nothing : html`<option value="" ?selected=${!value}>${any}</option>`}
      ${choices.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select></label>`;

