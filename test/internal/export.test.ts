import { expect, fixture, html } from '@open-wc/testing';
import { MEDIA_EMULATION, onlyIn } from '../support/engines.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import { DATA_2025, DATA_HEALTH as TREE, seed } from '../support/seeds.js';

const root = (el: Element): ShadowRoot => el.shadowRoot!;
const csvOf = async (blob: Blob) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

interface Caught {
  name: string;
  blob: Blob;
}

/** Catches what a Download button hands the browser (the link's file name and the blob behind it). */
async function downloads(action: () => Promise<void>): Promise<Caught[]> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  const caught: Caught[] = [];
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:pc-test-${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    caught.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
  };
  try {
    await action();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return caught;
}

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const CASES = [
  {
    tag: 'pc-indicator-card',
    make: (doc: unknown) =>
      html`<pc-indicator-card indicator="jeugdhulp-unieke-jeugdigen" .data=${doc}></pc-indicator-card>`,
    data: DATA_2025,
    name: 'zoetermeer-jaarstukken-2025-jeugdhulp-unieke-jeugdigen',
    inPicture: [
      'Aantal unieke jeugdigen 0-23 jaar',
      '4.729 jeugdigen',
      'Bron: Gemeente Zoetermeer, Peildatum 12 februari 2026; Zoetermeer, Jaarstukken 2025',
    ],
    csv: '\uFEFFPeriode;Begroting (jeugdigen);Realisatie (jeugdigen)\r\n2024;4700;4761\r\n2025;4800;4729\r\n',
  },
  {
    tag: 'pc-budget-gauge',
    make: (doc: unknown) => html`<pc-budget-gauge goal="d2-1" .data=${doc}></pc-budget-gauge>`,
    data: DATA_2025,
    name: 'zoetermeer-jaarstukken-2025-uitgaven-d2-1',
    inPicture: [
      'Uitgaven doelstelling',
      '€ 95,4 mln',
      'bedragen x €1.000',
      'Bron: Zoetermeer, Jaarstukken 2025',
    ],
    csv: '\uFEFFCijfer;Uitgaven (Bedragen x €1.000)\r\nRealisatie;-95361\r\n',
  },
  {
    tag: 'pc-saldo-table',
    make: (doc: unknown) => html`<pc-saldo-table programme="p2" .data=${doc}></pc-saldo-table>`,
    data: DATA_2025,
    name: 'zoetermeer-jaarstukken-2025-saldo-p2',
    inPicture: [
      'Programma 2 Samen leven en ondersteunen',
      'Bedragen x €1.000',
      '-146.506',
      'Bron: Zoetermeer, Jaarstukken 2025',
    ],
    csv: undefined,
  },
  {
    tag: 'pc-goal-tree',
    make: (doc: unknown) => html`<pc-goal-tree tree="gezonde-stad" .data=${doc}></pc-goal-tree>`,
    data: TREE,
    name: 'zoetermeer-beleidsplan-2023-gezonde-stad',
    inPicture: [
      'Doelen voor Zoetermeer',
      'Een gezonde generatie in 2040',
      'Mantelzorg',
      'Bron: Zoetermeer, Integraal werken',
    ],
    csv: undefined,
  },
];

describe('Download as SVG, PNG and CSV', () => {
  for (const c of CASES) {
    describe(`<${c.tag}>`, () => {
      let el: HTMLElement;
      beforeEach(async () => {
        el = await fixture(html`<div style="width: 640px">${c.make(await seed(c.data))}</div>`);
        el = el.firstElementChild as HTMLElement;
        await until(() => !!root(el).querySelector('.pc-export'));
      });

      it('three buttons named "Download als …", in a group, reachable and pressed with the keyboard; the file is announced; nothing shifts', async () => {
        const group = root(el).querySelector('[part="export"]')!;
        expect(group.getAttribute('role')).to.equal('group');
        const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('button[part="download"]')];
        expect(buttons.map((b) => squash(b.textContent))).to.deep.equal([
          'Download als SVG',
          'Download als PNG',
          'Download als CSV',
        ]);
        // Laid out (not its content-visibility stand-in) before measuring.
        el.scrollIntoView();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const height = el.getBoundingClientRect().height;
        const status = root(el).querySelector('.pc-export [role="status"]')!;
        const caught = await downloads(async () => {
          buttons[2].focus();
          await sendKeys({ press: 'Enter' });
          await until(() => squash(status.textContent).length > 0);
          buttons[0].focus();
          await sendKeys({ press: 'Space' });
          await until(() => squash(status.textContent).startsWith('SVG'));
        });
        expect(caught.map((d) => d.name)).to.deep.equal([`${c.name}.csv`, `${c.name}.svg`]);
        expect(squash(status.textContent)).to.equal(`SVG gedownload: ${c.name}.svg`);
        expect(el.getBoundingClientRect().height).to.equal(height);
        await expect(el).to.be.accessible();
      });

      it('the SVG holds the title, the unit line and the source; the PNG is that picture at twice its size', async () => {
        const [svg, png] = await downloads(async () => {
          root(el).querySelector<HTMLButtonElement>('button[data-format="svg"]')!.click();
          root(el).querySelector<HTMLButtonElement>('button[data-format="png"]')!.click();
          await until(() =>
            squash(root(el).querySelector('.pc-export [role="status"]')!.textContent).startsWith('PNG'),
          );
        });
        expect(svg.blob.type).to.equal('image/svg+xml');
        const text = await svg.blob.text();
        const picture = new DOMParser().parseFromString(text, 'image/svg+xml');
        expect(picture.querySelector('parsererror')).to.equal(null);
        const words = squash(picture.documentElement.textContent);
        for (const expected of c.inPicture) expect(words).to.include(expected);
        // No buttons in the picture.
        expect(picture.querySelectorAll('button').length).to.equal(0);
        const width = Number(picture.documentElement.getAttribute('width'));
        const height = Number(picture.documentElement.getAttribute('height'));
        expect(width).to.be.at.least(320);
        expect(height).to.be.above(100);
        expect(png.blob.type).to.equal('image/png');
        const bitmap = await createImageBitmap(png.blob);
        expect([bitmap.width, bitmap.height]).to.deep.equal([width * 2, height * 2]);
        // The picture is drawn, not blank: some pixels are dark (text).
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        let dark = 0;
        for (let i = 0; i < pixels.length; i += 4)
          if (pixels[i] < 80 && pixels[i + 1] < 80 && pixels[i + 2] < 80) dark++;
        expect(dark).to.be.above(500);
      });

      if (c.csv) {
        it('the CSV is in Dutch conventions: ";" between fields, numbers as in the data', async () => {
          const [csv] = await downloads(async () => {
            root(el).querySelector<HTMLButtonElement>('button[data-format="csv"]')!.click();
            await until(
              () => squash(root(el).querySelector('.pc-export [role="status"]')!.textContent).length > 0,
            );
          });
          expect(csv.blob.type).to.equal('text/csv;charset=utf-8');
          expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.blob.arrayBuffer())).to.equal(
            c.csv,
          );
        });
      }

      it('on paper: no controls, the component kept whole on its page', async () => {
        onlyIn(['chromium'], MEDIA_EMULATION);
        // A4 portrait with Chromium's default margins leaves about 718 CSS pixels.
        el.parentElement!.style.width = '700px';
        await emulateMedia({ media: 'print' });
        try {
          for (const button of root(el).querySelectorAll('button')) {
            expect(getComputedStyle(button).display).to.equal('none');
          }
          expect(getComputedStyle(root(el).querySelector('.pc-export')!).display).to.equal('none');
          expect(getComputedStyle(el).breakInside).to.equal('avoid');
          // No scroller clips the table's bars or the tree on paper.
          for (const scroller of root(el).querySelectorAll('.scroll')) {
            expect(getComputedStyle(scroller).overflowX).to.equal('visible');
            expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
          }
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      });
    });
  }

  it('English: "Download as …", CSV with "," and a decimal point', async () => {
    const doc = await seed(DATA_2025);
    const el = await fixture<HTMLElement>(
      html`<pc-indicator-card
        lang="en"
        indicator="eenzaamheid-coefficient"
        .data=${doc}
      ></pc-indicator-card>`,
    );
    await until(() => !!root(el).querySelector('.pc-export'));
    expect(squash(root(el).querySelector('button[data-format="csv"]')!.textContent)).to.equal(
      'Download as CSV',
    );
    const [csv] = await downloads(async () => {
      root(el).querySelector<HTMLButtonElement>('button[data-format="csv"]')!.click();
      await until(() => squash(root(el).querySelector('.pc-export [role="status"]')!.textContent).length > 0);
    });
    expect(await csvOf(csv.blob)).to.equal('\uFEFFPeriod,Target,Actual\r\n2024,2.3,2.6\r\n2025,2.4,2.5\r\n');
    const nl = await fixture<HTMLElement>(
      html`<pc-indicator-card indicator="eenzaamheid-coefficient" .data=${doc}></pc-indicator-card>`,
    );
    await until(() => !!root(nl).querySelector('.pc-export'));
    const [dutch] = await downloads(async () => {
      root(nl).querySelector<HTMLButtonElement>('button[data-format="csv"]')!.click();
      await until(() => squash(root(nl).querySelector('.pc-export [role="status"]')!.textContent).length > 0);
    });
    expect(await csvOf(dutch.blob)).to.equal(
      '\uFEFFPeriode;Begroting;Realisatie\r\n2024;2,3;2,6\r\n2025;2,4;2,5\r\n',
    );
  });

  it('the printed card shows its data table beneath the chart, open or not', async () => {
    onlyIn(['chromium'], MEDIA_EMULATION);
    const doc = await seed(DATA_2025);
    const el = await fixture<HTMLElement>(
      html`<pc-indicator-card indicator="jeugdhulp-unieke-jeugdigen" .data=${doc}></pc-indicator-card>`,
    );
    await until(() => !!root(el).querySelector('table'));
    const table = root(el).querySelector('table')!;
    expect(table.getBoundingClientRect().height).to.equal(0);
    await emulateMedia({ media: 'print' });
    try {
      expect(table.getBoundingClientRect().height).to.be.above(40);
      expect(table.getBoundingClientRect().top).to.be.above(
        root(el).querySelector('svg.marks')!.getBoundingClientRect().bottom,
      );
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
