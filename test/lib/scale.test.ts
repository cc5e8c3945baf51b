import { expect } from '@open-wc/testing';
import {
  annularSectorPath,
  linearScale,
  linkHorizontalPath,
  linkVerticalPath,
  polylinePath,
  r2,
} from '../../src/lib/scale.js';

const numbersIn = (d: string): number[] => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('linearScale', () => {
  it('maps the domain onto the range and clamps outside it', () => {
    const x = linearScale([0, 200], [10, 110]);
    expect(x(0)).to.equal(10);
    expect(x(100)).to.equal(60);
    expect(x(200)).to.equal(110);
    expect(x(-50)).to.equal(10);
    expect(x(1e15)).to.equal(110);
  });

  it('runs backwards, unclamped when asked', () => {
    const y = linearScale([0, 10], [100, 0], false);
    expect(y(5)).to.equal(50);
    expect(y(20)).to.equal(-100);
  });

  it('maps non-finite input to the range start and a zero-width domain to the middle', () => {
    expect(linearScale([0, 1], [0, 10])(Number.NaN)).to.equal(0);
    expect(linearScale([5, 5], [0, 10])(5)).to.equal(5);
  });

  it("gives D3's readable tick steps", () => {
    expect(linearScale([0, 4729], [0, 1]).ticks(5)).to.deep.equal([0, 1000, 2000, 3000, 4000]);
    expect(linearScale([-146.5, 20], [0, 1]).ticks(4)).to.deep.equal([-100, -50, 0]);
  });
});

describe('SVG paths', () => {
  it('r2 never writes NaN, Infinity or exponent notation', () => {
    for (const value of [Number.NaN, Infinity, -Infinity, 1e300, -1e300, 1e-12, -0]) {
      expect(String(r2(value))).to.match(/^-?\d+(\.\d+)?$/);
    }
    expect(r2(1.23456)).to.equal(1.23);
  });

  it('draws a half annulus from left to right through the top', () => {
    // D3 marks an exact half circle as the large arc (flag 1); either flag draws the same half circle.
    const d = annularSectorPath(64, 92, -Math.PI / 2, Math.PI / 2);
    expect(d).to.equal('M-92,0A92,92,0,1,1,92,0L64,0A64,64,0,1,0,-64,0Z');
    // A quarter: from the left end up to the top, clockwise (sweep 1) outside, back (sweep 0) inside.
    expect(annularSectorPath(64, 92, -Math.PI / 2, 0)).to.equal(
      'M-92,0A92,92,0,0,1,0,-92L0,-64A64,64,0,0,0,-64,0Z',
    );
  });

  it('draws nothing for an empty or reversed sector', () => {
    expect(annularSectorPath(1, 2, 1, 1)).to.equal('');
    expect(annularSectorPath(1, 2, 1, 0)).to.equal('');
    expect(annularSectorPath(1, 2, Number.NaN, 1)).to.equal('');
  });

  it('links leave and arrive along their axis', () => {
    expect(numbersIn(linkHorizontalPath(0, 0, 100, 50))).to.deep.equal([0, 0, 50, 0, 50, 50, 100, 50]);
    expect(numbersIn(linkVerticalPath(0, 0, 100, 50))).to.deep.equal([0, 0, 0, 25, 100, 25, 100, 50]);
  });

  it('a polyline breaks at null values instead of dropping to zero', () => {
    const d = polylinePath([
      { x: 0, y: 10 },
      { x: 10, y: 20 },
      { x: 20, y: null },
      { x: 30, y: 5 },
      { x: 40, y: 6 },
    ]);
    expect(d).to.equal('M0,10L10,20M30,5L40,6');
  });
});
