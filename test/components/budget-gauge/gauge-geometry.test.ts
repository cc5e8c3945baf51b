import { expect } from '@open-wc/testing';
import {
  ARC,
  BAR,
  bulletBar,
  gaugeArc,
  readableScaleMax,
} from '../../../src/components/budget-gauge/gauge-geometry.js';

/** Every number in an SVG path or attribute list. */
const numbers = (text: string): number[] => (text.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);

describe('gauge-geometry', () => {
  it('readableScaleMax(ratio) picks 100%, 125%, 150%, 200%, 250%, 300% … and never less than 100%', () => {
    const cases: Array<[number, number]> = [
      [0, 1],
      [0.5, 1],
      [1, 1],
      [1.004, 1.25],
      [1.25, 1.25],
      [1.3, 1.5],
      [1.8, 2],
      [2.5, 2.5],
      [2.6, 3],
      [7, 8],
      [9, 10],
      [11.7125, 12.5],
      [Number.NaN, 1],
      [Number.POSITIVE_INFINITY, 1],
    ];
    for (const [ratio, max] of cases) expect(readableScaleMax(ratio), String(ratio)).to.equal(max);
  });

  describe('gaugeArc(ratio, scaleMax, originalRatio)', () => {
    it('at 100% of a 100% scale the value fills the semicircle and the tick sits at the right end', () => {
      const g = gaugeArc(1, 1);
      expect(g.value).to.equal(g.track);
      expect(g.overflow).to.equal(null);
      expect(g.transform).to.equal(`translate(${ARC.cx} ${ARC.cy})`);
      // 3 o'clock: x = cx + radius, y = cy.
      expect(g.budget).to.deep.equal({
        x1: ARC.cx + ARC.inner - 6,
        y1: ARC.cy,
        x2: ARC.cx + ARC.outer + 6,
        y2: ARC.cy,
      });
      expect(g.labels.map((l) => l.value)).to.deep.equal([0, 1]);
    });

    it('gaugeArc(2.5, 2.5) draws the overflow beyond the 100% tick, to the end, not clipped', () => {
      const g = gaugeArc(2.5, 2.5);
      expect(g.overflow).to.be.a('string').and.not.equal('');
      // 100% of 250% is 40% of the half circle: 72° from the left end.
      const a = -Math.PI / 2 + Math.PI * 0.4;
      expect(g.budget.x2).to.be.closeTo(ARC.cx + (ARC.outer + 6) * Math.sin(a), 0.01);
      expect(g.budget.y2).to.be.closeTo(ARC.cy - (ARC.outer + 6) * Math.cos(a), 0.01);
      expect(g.labels.map((l) => l.value)).to.deep.equal([0, 2.5, 1]);
      // The overflow path ends at the right end of the track (3 o'clock, outer radius).
      expect(g.overflow).to.contain(`${ARC.outer},0`);
    });

    it('gaugeArc(ratio, scaleMax) clamps above the scale end and below 0', () => {
      expect(gaugeArc(4, 2.5).overflow).to.equal(gaugeArc(2.5, 2.5).overflow);
      expect(gaugeArc(-1, 1).value).to.equal('');
      expect(gaugeArc(null, 1).value).to.equal('');
    });

    it('coordinates are rounded to 2 decimals and never NaN', () => {
      for (const [ratio, max, original] of [
        [1.12, 1.25, 0.95],
        [0.333333, 1, null],
        [Number.NaN, Number.NaN, Number.NaN],
        [1171.25, 1250, 1],
      ] as Array<[number, number, number | null]>) {
        const g = gaugeArc(ratio, max, original);
        const text = JSON.stringify(g);
        expect(text).to.not.match(/NaN|Infinity|e[-+]/);
        for (const n of numbers(`${g.track} ${g.value} ${g.overflow ?? ''} ${text}`)) {
          expect(Math.round(n * 100) / 100).to.equal(n);
        }
      }
    });

    it('the primitief tick sits at its ratio; the 100% label is left out where it would collide with 0%', () => {
      const g = gaugeArc(1.12, 1.25, 0.95);
      expect(g.original).to.not.equal(null);
      expect(gaugeArc(1.12, 1.25).original).to.equal(null);
      expect(gaugeArc(1171, 1250).labels.map((l) => l.value)).to.deep.equal([0, 1250]);
    });
  });

  describe('bulletBar(ratio, scaleMax, originalRatio)', () => {
    const width = BAR.x1 - BAR.x0;

    it('under budget: value bar to the ratio, no overflow, the budget marker at the end', () => {
      const g = bulletBar(0.8, 1);
      expect(g.value.width).to.be.closeTo(0.8 * width, 0.01);
      expect(g.overflow).to.equal(null);
      expect(g.budget.x1).to.equal(BAR.x1);
      expect(g.labels.map((l) => [l.value, l.anchor])).to.deep.equal([
        [0, 'start'],
        [1, 'end'],
      ]);
    });

    it('over budget: value to 100%, overflow segment beyond it, primitief marker', () => {
      const g = bulletBar(1.12, 1.25, 0.95);
      expect(g.budget.x1).to.be.closeTo(BAR.x0 + 0.8 * width, 0.01);
      expect(g.value.width).to.be.closeTo(0.8 * width, 0.01);
      expect(g.overflow!.x).to.equal(g.budget.x1);
      expect(g.overflow!.width).to.be.closeTo((0.12 / 1.25) * width, 0.01);
      expect(g.original!.x1).to.be.closeTo(BAR.x0 + (0.95 / 1.25) * width, 0.01);
      expect(g.labels.map((l) => l.value)).to.deep.equal([0, 1.25, 1]);
      // The 100% label sits above the bar, the scale ends below it: they never collide.
      expect(g.labels[2].y).to.be.lessThan(g.track.y);
      expect(g.labels[2].x).to.equal(g.budget.x1);
      expect(g.labels[0].y).to.be.greaterThan(g.track.y + g.track.height);
    });

    it('bulletBar(ratio, scaleMax) clamps and never yields NaN', () => {
      expect(bulletBar(9, 2.5).overflow!.width).to.equal(bulletBar(2.5, 2.5).overflow!.width);
      expect(JSON.stringify(bulletBar(Number.NaN, Number.NaN, Number.NaN))).to.not.contain('NaN');
      expect(bulletBar(0, 1).value.width).to.equal(0);
    });
  });
});
