import { html } from 'lit';
import '../src/define/pc-goal-tree.js';
import doc2025 from '../demo/data/jaarstukken-2025-programma-2.json';
import doc2021 from '../demo/data/jaarverslag-2021-programma-2.json';
import health from '../demo/data/gezonde-stad-2023-2026.json';
import { syntheticDocument } from '../test/support/synthetic-tree.js';

export default {
  title: 'Components/Goal tree',
  component: 'pc-goal-tree',
  tags: ['autodocs'],
};

type Node = {
  id: string;
  title: string;
  status?: string;
  kind?: string;
  contributesTo?: string[];
  children?: Node[];
};

/** A fictional document (Voorbeeldgemeente) with one goal tree "vb", for states the seeds lack. */
function fictional(root: Node, title = 'Voorbeeldboom') {
  return {
    schemaVersion: 1,
    municipality: { name: 'Voorbeeldgemeente' },
    document: { type: 'beleidsplan', year: 2025, title: 'Voorbeeldplan' },
    goalTrees: [{ id: 'vb', title, root }],
  };
}

const sample = (): Node => ({
  id: 'root',
  title: 'Gezonde stad',
  kind: 'ambition',
  children: [
    {
      id: 'a',
      title: 'Aanpak eenzaamheid',
      kind: 'pillar',
      children: [
        { id: 'a1', title: 'Één tegen eenzaamheid', status: 'achieved' },
        { id: 'a2', title: 'Aandacht voor mantelzorg', status: 'in-progress' },
      ],
    },
    {
      id: 'b',
      title: 'Bewegen',
      kind: 'pillar',
      children: [{ id: 'b1', title: 'Beweegaanbod', status: 'not-achieved' }],
    },
  ],
});

interface Args {
  source: 'programme 2025' | 'programme 2021' | 'health plan';
  orientation: 'left-right' | 'top-down';
  expandedDepth: number;
  lang: 'nl' | 'en';
}

const SOURCES = {
  'programme 2025': { data: doc2025, tree: undefined, programme: 'p2' },
  'programme 2021': { data: doc2021, tree: undefined, programme: 'p2' },
  'health plan': { data: health, tree: 'gezonde-stad', programme: undefined },
};

export const Playground = {
  args: { source: 'programme 2025', orientation: 'left-right', expandedDepth: 2, lang: 'nl' } satisfies Args,
  argTypes: {
    source: { control: 'select', options: Object.keys(SOURCES) },
    orientation: { control: 'select', options: ['left-right', 'top-down'] },
    expandedDepth: { control: { type: 'number', min: 0, max: 10 } },
    lang: { control: 'select', options: ['nl', 'en'] },
  },
  render: (args: Args) => {
    const source = SOURCES[args.source];
    return html`<pc-goal-tree
      tree=${source.tree ?? ''}
      programme=${source.programme ?? ''}
      orientation=${args.orientation}
      expanded-depth=${args.expandedDepth}
      lang=${args.lang}
      .data=${source.data}
      @pc-node-select=${(e: CustomEvent) => console.info('pc-node-select', e.detail)}
    ></pc-goal-tree>`;
  },
};

/** The health plan: ambition → 6 pillars of Positieve Gezondheid → themes → goals; themes serve several pillars. */
export const HealthPlan = {
  render: () => html`<pc-goal-tree tree="gezonde-stad" .data=${health}></pc-goal-tree>`,
};

/** Jaarstukken 2025, derived: ambition → 3 goals (with saldo) → 13 indicators with the document's verdict. */
export const Programme2025 = {
  render: () => html`<pc-goal-tree programme="p2" .data=${doc2025}></pc-goal-tree>`,
};

/** Jaarverslag 2021, derived: 5 goals, two coded 2.2, one without indicators (no roll-up). */
export const Programme2021 = {
  render: () => html`<pc-goal-tree programme="p2" .data=${doc2021}></pc-goal-tree>`,
};

export const SingleNode = {
  render: () =>
    html`<pc-goal-tree
      tree="vb"
      .data=${fictional({ id: 'solo', title: 'Eén doel', status: 'in-progress' })}
    ></pc-goal-tree>`,
};

/** contributesTo names an id that does not exist: a readable error with the JSON Pointer. */
export const CrossLinkToMissingId = {
  render: () => {
    const root = sample();
    root.children![1].contributesTo = ['bestaat-niet'];
    return html`<pc-goal-tree tree="vb" .data=${fictional(root)}></pc-goal-tree>`;
  },
};

/** a contributes to b and b to a: the validator reports the cycle. */
export const CycleInContributesTo = {
  render: () => {
    const root = sample();
    root.children![0].contributesTo = ['b'];
    root.children![1].contributesTo = ['a'];
    return html`<pc-goal-tree tree="vb" .data=${fictional(root)}></pc-goal-tree>`;
  },
};

export const VeryLongTitles = {
  render: () => {
    const long = (n: number) =>
      `Integraal werken aan een gezonde stad met ${n} samenwerkingspartners uit welzijn, sport, cultuur en zorg, ` +
      'zodat inwoners met een lagere sociaaleconomische status langer in goede gezondheid leven en meedoen in hun wijk';
    const root: Node = {
      id: 'r',
      title: long(1),
      children: [2, 3, 4].map((n) => ({ id: `c${n}`, title: long(n), status: 'achieved' })),
    };
    return html`<pc-goal-tree tree="vb" .data=${fictional(root)}></pc-goal-tree>`;
  },
};

export const UnknownTreeId = {
  render: () => html`<pc-goal-tree tree="bestaat-niet" .data=${health}></pc-goal-tree>`,
};

export const UnknownProgrammeId = {
  render: () => html`<pc-goal-tree programme="p9" .data=${doc2025}></pc-goal-tree>`,
};

export const FailedSrc = {
  render: () => html`<pc-goal-tree programme="p2" src="/demo/data/bestaat-niet.json"></pc-goal-tree>`,
};

export const TopDown = {
  render: () =>
    html`<pc-goal-tree
      programme="p2"
      orientation="top-down"
      expanded-depth="1"
      .data=${doc2025}
    ></pc-goal-tree>`,
};

/** Below 480 px the tree is an indented list with the same keyboard and screen reader behaviour. */
export const Narrow = {
  render: () =>
    html`<div style="max-width: 400px"><pc-goal-tree programme="p2" .data=${doc2021}></pc-goal-tree></div>`,
};

export const Collapsed = {
  render: () => html`<pc-goal-tree tree="gezonde-stad" expanded-depth="1" .data=${health}></pc-goal-tree>`,
};

/** 5,000 open nodes: only the boxes near the view are rendered (windowed); scroll or use the arrow keys. */
export const FiveThousandNodes = {
  render: () =>
    html`<pc-goal-tree tree="synthetic" expanded-depth="99" .data=${syntheticDocument(5000)}></pc-goal-tree>`,
};

export const English = {
  render: () => html`<pc-goal-tree programme="p2" lang="en" .data=${doc2025}></pc-goal-tree>`,
};
