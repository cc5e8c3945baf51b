import type { GoalTree } from '../../src/schema/types.js';

/**
 * A small fictional tree (Voorbeeldgemeente):
 *   root ─ a (pillar) ─ a1 (achieved) ─ a1x (not-achieved)
 *        │            └ a2 (in-progress)
 *        ├ b (pillar) ─ b1 (achieved, contributesTo a)
 *        └ c (pillar, no children)
 */
export function sampleTree(): GoalTree {
  return {
    id: 't',
    title: 'Voorbeeldboom',
    root: {
      id: 'root',
      title: 'Gezonde stad',
      kind: 'ambition',
      children: [
        {
          id: 'a',
          title: 'Aanpak eenzaamheid',
          kind: 'pillar',
          children: [
            {
              id: 'a1',
              title: 'Één tegen eenzaamheid',
              status: 'achieved',
              children: [{ id: 'a1x', title: 'Ontmoeten', status: 'not-achieved', contributesTo: ['b1'] }],
            },
            { id: 'a2', title: 'Aandacht voor mantelzorg', status: 'in-progress' },
          ],
        },
        {
          id: 'b',
          title: 'Bewegen',
          kind: 'pillar',
          children: [{ id: 'b1', title: 'Beweegaanbod', status: 'achieved', contributesTo: ['a', 'elders'] }],
        },
        { id: 'c', title: 'Cultuur', kind: 'pillar' },
      ],
    },
  };
}
