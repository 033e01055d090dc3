// `data-color` inside the shadow root: the component sheet every element adopts maps each colour's tokens onto the
// generic ones (built from two lists in components/shared/styles.ts). An alert of each colour paints that colour's
// surface and border, not the accent's.
import { expect } from '@open-wc/testing';
import { dsThemeCss } from '../../components/shared/ds-theme.gen.js';
import { dsColors } from '../../components/shared/ds-css.gen.js';
import { designsystemet } from '../../components/shared/styles.js';

function shadowHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const theme = new CSSStyleSheet();
  theme.replaceSync(dsThemeCss);
  root.adoptedStyleSheets = [theme, designsystemet.styleSheet!];
  return { host, root };
}

/** A colour token resolved to a computed colour, by painting it. */
function resolved(root: ShadowRoot, token: string): string {
  const probe = document.createElement('i');
  probe.style.color = `var(${token})`;
  root.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('Designsystemet colours inside the shadow root', () => {
  it('has the colours the templates use', () => {
    expect(dsColors.split(' ')).to.include.members(['danger', 'info', 'success', 'warning', 'neutral']);
  });

  for (const color of dsColors.split(' ')) {
    it(`an alert with data-color=${color} paints the ${color} surface and border`, () => {
      const { host, root } = shadowHost();
      try {
        const alert = document.createElement('div');
        alert.className = 'ds-alert';
        alert.dataset.color = color;
        alert.textContent = 'Text';
        root.append(alert);
        const style = getComputedStyle(alert);
        expect(style.backgroundColor).to.equal(resolved(root, `--ds-color-${color}-surface-tinted`));
        expect(style.borderTopColor).to.equal(resolved(root, `--ds-color-${color}-border-default`));
        // Its icon (a data URL, ds-icons.test.ts) is in use: the sheet's URL parsed.
        expect(getComputedStyle(alert, '::before').getPropertyValue('mask-image')).to.match(/^url\("data:image\/svg\+xml,/);
        // Not the accent's (what the generic tokens are without the mapping).
        expect(style.backgroundColor).not.to.equal(resolved(root, '--ds-color-accent-surface-tinted'));
      } finally {
        host.remove();
      }
    });
  }
});
