import { expect } from '@open-wc/testing';
import {
  columnsOf,
  crossLinkRoute,
  freeY,
  LINK_ENTRY,
  roundedPath,
  type Point,
} from '../../../src/components/goal-tree/tree-links.js';
import type { Box, Orientation } from '../../../src/components/goal-tree/tree-layout.js';

/** Three columns of boxes (x 0, 300, 600; 220 wide), a box every 100 px (60 tall) in each. */
function grid(orientation: Orientation = 'left-right') {
  const boxes: Array<[Box, number]> = [];
  for (let depth = 0; depth < 3; depth++)
    for (let row = 0; row < 4; row++) {
      const box = { x: depth * 300, y: row * 100, width: 220, height: 60 };
      boxes.push([orientation === 'top-down' ? { x: box.y, y: box.x, width: 60, height: 220 } : box, depth]);
    }
  return { boxes, columns: columnsOf(boxes, orientation) };
}

/** Whether a segment between two points passes through the inside of a box (touching its edge is allowed). */
function crosses([a, b]: [Point, Point], box: Box): boolean {
  const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return x1 > box.x && x0 < box.x + box.width && y1 > box.y && y0 < box.y + box.height;
}

function segments(points: Point[]): Array<[Point, Point]> {
  return points.slice(1).map((p, i) => [points[i], p]);
}

describe('goal tree cross-link routes', () => {
  it('columnsOf(boxes, orientation) gives each depth its extent and its boxes from top to bottom', () => {
    const { columns } = grid();
    expect(columns.start).to.deep.equal([0, 300, 600]);
    expect(columns.end).to.deep.equal([220, 520, 820]);
    expect(columns.boxes[1].map((b) => b.y)).to.deep.equal([0, 100, 200, 300]);
    // Top-down rows are routed as columns with x and y swapped.
    expect(grid('top-down').columns.start).to.deep.equal([0, 300, 600]);
  });

  it('freeY(boxes, want) is the nearest y between (or beyond) the boxes', () => {
    const { columns } = grid();
    expect(freeY(columns.boxes[1], 35)).to.equal(63); // inside the first box: the gap below it is nearer
    expect(freeY(columns.boxes[1], 80)).to.equal(80);
    expect(freeY(columns.boxes[1], 10)).to.equal(-3); // above the first box
    expect(freeY(columns.boxes[1], 500)).to.equal(500);
  });

  it('crossLinkRoute(from, to, …) runs from side to facing side through the gaps, never through a box', () => {
    for (const orientation of ['left-right', 'top-down'] as const) {
      const { boxes, columns } = grid(orientation);
      for (const [from, fromDepth] of boxes)
        for (const [to, toDepth] of boxes) {
          if (from === to) continue;
          const route = crossLinkRoute(from, fromDepth, to, toDepth, columns, orientation);
          for (const segment of segments(route))
            for (const [box] of boxes)
              expect(crosses(segment, box), `${orientation} ${JSON.stringify(route)}`).to.equal(false);
          // It starts on the source's edge and ends on the target's, LINK_ENTRY from the top (left) corner.
          const [first, last] = [route[0], route[route.length - 1]];
          const along = orientation === 'left-right' ? 1 : 0;
          expect(first[along]).to.equal((along ? from.y : from.x) + LINK_ENTRY);
          expect(last[along]).to.equal((along ? to.y : to.x) + LINK_ENTRY);
        }
    }
  });

  it('crossLinkRoute: neighbouring columns meet in the gap between them; one column uses the gap beyond it', () => {
    const { boxes, columns } = grid();
    const [a] = boxes[0]; // depth 0, row 0
    const [b] = boxes[7]; // depth 1, row 3
    expect(crossLinkRoute(a, 0, b, 1, columns, 'left-right')).to.deep.equal([
      [220, 12],
      [260, 12],
      [260, 312],
      [300, 312],
    ]);
    expect(crossLinkRoute(b, 1, a, 0, columns, 'left-right')).to.deep.equal([
      [300, 312],
      [260, 312],
      [260, 12],
      [220, 12],
    ]);
    const [c] = boxes[3]; // depth 0, row 3
    expect(crossLinkRoute(a, 0, c, 0, columns, 'left-right')).to.deep.equal([
      [220, 12],
      [260, 12],
      [260, 312],
      [220, 312],
    ]);
  });

  it('roundedPath(points) rounds each corner (smaller between short legs); repeated and straight points draw no arc', () => {
    expect(
      roundedPath([
        [0, 0],
        [50, 0],
        [50, 0],
        [100, 0],
        [100, 100],
        [120, 100],
      ]),
    ).to.equal('M0,0L50,0L92,0A8,8,0,0,1,100,8L100,92A8,8,0,0,0,108,100L120,100');
    // A 3 px jog: corners of 1.5 px, the curve never past the leg's end.
    expect(
      roundedPath([
        [220, 12],
        [260, 12],
        [260, 15],
        [300, 15],
      ]),
    ).to.equal('M220,12L258.5,12A1.5,1.5,0,0,1,260,13.5A1.5,1.5,0,0,0,261.5,15L300,15');
  });
});
