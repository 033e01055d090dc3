// The icons as the bundle carries them (scripts/build-icons.mjs: numbers cut to 0.1 of the 24-unit grid, written as
// relative steps) draw the shapes of Designsystemet's originals. Rasterised on a canvas: the relative steps draw
// exactly what the cut absolute numbers draw (at 8×), and those stay within 0.1 unit of the original (at 2×, the size
// of a 48 px icon: at most 3 % of the pixels differ; the inbox draws them at 16–24 px).
import { expect } from '@open-wc/testing';
import { CHEVRON, FILE } from '../../components/dialog-view/icons.gen.js';
import { FILTER, INBOX, SEARCH, SELECT } from '../../components/shared/icons.gen.js';

const ICONS = { SEARCH: [SEARCH, 'MagnifyingGlass'], FILTER: [FILTER, 'Funnel'], INBOX: [INBOX, 'Inbox'], SELECT: [SELECT, 'Tasklist'], FILE: [FILE, 'FileText'], CHEVRON: [CHEVRON, 'ChevronDown'] };
const cut = (d: string) => d.replace(/(\d+\.\d)\d+/g, '$1'); // as the script does

function raster(paths: string[], SCALE: number): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 24 * SCALE;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(SCALE, SCALE);
  for (const d of paths) ctx.fill(new Path2D(d), 'evenodd');
  return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
}

describe('icons', () => {
  for (const [name, [ours, file]] of Object.entries(ICONS)) {
    it(`${name} draws as ${file}.svg`, async () => {
      const svg = await (await fetch(`/node_modules/@navikt/aksel-icons/dist/svg/${file}.svg`)).text();
      const original = [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
      expect(original.length, 'paths in the original').to.be.greaterThan(0);
      const compare = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
        let filled = 0;
        let differ = 0;
        for (let i = 3; i < a.length; i += 4) {
          if (a[i] > 127) filled++;
          if (Math.abs(a[i] - b[i]) > 127) differ++;
        }
        expect(filled, 'the original covers something').to.be.greaterThan(50);
        return differ / filled;
      };
      expect(compare(raster(original.map(cut), 8), raster([ours], 8)), 'relative steps = the cut numbers').to.be.at.most(0.002);
      expect(compare(raster(original, 2), raster([ours], 2)), 'the cut numbers ≈ the original').to.be.at.most(0.03);
    });
  }
});
