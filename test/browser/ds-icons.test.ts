// The Designsystemet icons in the component sheets (alerts, the dialog's close, details) are SVG data URLs written
// as plain text (scripts/build-ds-css.mjs, plainDataUrls), not percent-encoded as the package ships them: each must
// be the package's SVG and draw the same pixels in the browser.
import { expect } from '@open-wc/testing';
import { dsComponentsCss } from '../../components/shared/ds-css.gen.js';
import { dsViewCss } from '../../components/shared/ds-view.gen.js';

const PACKAGE = '/node_modules/@digdir/designsystemet-css/dist/src/';
const urls = (css: string) => [...css.matchAll(/url\("(data:image\/svg\+xml[^"]*)"\)/g)].map((m) => m[1]);
/** The SVG a data URL holds, as a browser reads it (percent-decoded), quotes made alike. */
const svgOf = (url: string) => decodeURIComponent(url.slice(url.indexOf(',') + 1)).replace(/"/g, "'");

async function pixels(url: string): Promise<Uint8ClampedArray> {
  const img = new Image(48, 48);
  img.src = url;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 48;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0, 48, 48);
  return ctx.getImageData(0, 0, 48, 48).data;
}

describe('Designsystemet icons as plain data URLs', () => {
  it('each is an icon of the package and draws the same pixels as the package’s encoded URL', async () => {
    const shipped = (await Promise.all(['alert', 'dialog', 'details'].map((f) => fetch(`${PACKAGE}${f}.css`).then((r) => r.text())))).flatMap(urls);
    const ours = [...urls(dsComponentsCss), ...urls(dsViewCss)];
    expect(ours.length, 'icons in the sheets').to.be.greaterThan(4);
    expect(ours.every((url) => !url.includes('%3C')), 'written as plain text').to.equal(true);
    for (const url of ours) {
      const original = shipped.find((s) => svgOf(s) === svgOf(url));
      expect(original, `the package's icon for ${url.slice(0, 80)}`).to.be.a('string');
      const [a, b] = await Promise.all([pixels(url), pixels(original!)]);
      expect(a.some((v) => v !== 0), 'draws something').to.equal(true);
      expect(Array.from(a)).to.deep.equal(Array.from(b));
    }
  });
});
