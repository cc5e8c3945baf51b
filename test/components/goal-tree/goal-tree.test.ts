import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/define/pc-goal-tree.js';
import type { PcGoalTree } from '../../../src/components/goal-tree/goal-tree.js';
import { clearDocumentCache } from '../../../src/internal/loader.js';
import type { GoalNode, PcDocument } from '../../../src/schema/types.js';
import { syntheticDocument, syntheticTree } from '../../support/synthetic-tree.js';
import { MEDIA_EMULATION, onlyIn } from '../../support/engines.js';
import { DATA_2021, DATA_2025, DATA_HEALTH, seed } from '../../support/seeds.js';
import { computedColor } from '../../support/colour.js';

const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: PcGoalTree): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]'),
];
const item = (el: PcGoalTree, id: string): HTMLElement => el.shadowRoot!.getElementById(`node-${id}`)!;
const label = (el: PcGoalTree, id: string): string => item(el, id).getAttribute('aria-label') ?? '';
const focusedId = (el: PcGoalTree): string | undefined =>
  el.shadowRoot!.activeElement?.id.replace(/^node-/, '');
const tabStops = (el: PcGoalTree): string[] =>
  items(el)
    .filter((i) => i.getAttribute('tabindex') === '0')
    .map((i) => i.id);
const details = (el: PcGoalTree): Element => el.shadowRoot!.querySelector('[part="details"]')!;
/** The details panel as a reader reads it: each dt with its dd. */
const facts = (el: PcGoalTree): Record<string, string> =>
  Object.fromEntries(
    [...details(el).querySelectorAll('dl > div')].map((d) => [
      text(d.querySelector('dt')),
      text(d.querySelector('dd')),
    ]),
  );

async function tree(template: ReturnType<typeof html>): Promise<PcGoalTree> {
  const el = await fixture<PcGoalTree>(template);
  await el.updateComplete;
  return el;
}

/** Focuses a node (the roving tab stop follows) and presses keys. */
async function press(el: PcGoalTree, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
}
async function focusNode(el: PcGoalTree, id: string): Promise<void> {
  item(el, id).focus();
  await el.updateComplete;
}

/** A fictional document (Voorbeeldgemeente) with one goal tree. */
function fictional(root: GoalNode, title = 'Voorbeeldboom'): PcDocument {
  return {
    schemaVersion: 1,
    municipality: { name: 'Voorbeeldgemeente' },
    document: { type: 'beleidsplan', year: 2025, title: 'Voorbeeldplan' },
    goalTrees: [{ id: 'vb', title, root }],
  };
}

/** root → a (a1, a2 → a2x), b (b1), c: enough for every key. */
const sampleRoot = (): GoalNode => ({
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
        {
          id: 'a2',
          title: 'Aandacht voor mantelzorg',
          status: 'in-progress',
          children: [{ id: 'a2x', title: 'Maatjes', status: 'unknown' }],
        },
      ],
    },
    {
      id: 'b',
      title: 'Bewegen',
      kind: 'pillar',
      children: [{ id: 'b1', title: 'Beweegaanbod', status: 'not-achieved', contributesTo: ['a2x'] }],
    },
    { id: 'c', title: 'Cultuur', kind: 'pillar' },
  ],
});

describe('<pc-goal-tree>', () => {
  beforeEach(() => clearDocumentCache());

  it('2025 programme: ambition → 3 goals "2.1 …" → indicators, roll-ups counted from the data', async () => {
    const doc: PcDocument = await seed(DATA_2025);
    const el = await tree(html`<pc-goal-tree programme="p2" .data=${doc}></pc-goal-tree>`);
    const programme = doc.programmes!.find((p) => p.id === 'p2')!;
    expect(text(el.shadowRoot!.querySelector('#caption'))).to.equal('Doelenboom Samen leven en ondersteunen');
    const rootItem = item(el, 'p2');
    expect(rootItem.getAttribute('aria-level')).to.equal('1');
    expect(text(rootItem.querySelector('[part="node-title"]'))).to.equal(programme.ambition!.title);
    const goals = items(el).filter((i) => i.getAttribute('aria-level') === '2');
    expect(goals.map((g) => text(g.querySelector('[part="node-title"]')))).to.deep.equal(
      programme.goals.map((g) => `${g.code} ${g.title}`),
    );
    expect(text(goals[0].querySelector('[part="node-title"]'))).to.equal(
      '2.1 Bevorderen vroegtijdige, toegankelijke, passende en effectieve jeugdhulp',
    );
    for (const goal of programme.goals) {
      const indicators = goal.indicators ?? [];
      const met = indicators.filter((i) => i.targetMet === true).length;
      const judged = indicators.filter((i) => i.targetMet !== undefined).length;
      const noun = judged === 1 ? 'indicator' : 'indicatoren';
      expect(text(item(el, goal.id).querySelector('.rollup'))).to.equal(
        `${met} van ${judged} ${noun} gehaald`,
      );
      expect(label(el, goal.id)).to.equal(`${goal.code} ${goal.title}, ${met} van ${judged} ${noun} gehaald`);
    }
    expect(text(item(el, 'd2-1').querySelector('.rollup'))).to.equal('3 van 5 indicatoren gehaald');
    // Status as text beside the icon; the verdict "?" reads "onbekend".
    expect(text(item(el, 'jeugdhulp-unieke-jeugdigen').querySelector('[part="status"]'))).to.equal('gehaald');
    expect(text(item(el, 'veilig-thuis-meldingen').querySelector('[part="status"]'))).to.equal(
      'niet gehaald',
    );
    expect(
      text(item(el, 'wmo-tevredenheid-kwaliteit-ondersteuning').querySelector('[part="status"]')),
    ).to.equal('onbekend');
    const all = programme.goals.flatMap((g) => g.indicators ?? []);
    expect(items(el).length).to.equal(1 + programme.goals.length + all.length);
    const metAll = all.filter((i) => i.targetMet === true).length;
    expect(text(rootItem.querySelector('.rollup'))).to.equal(
      `${metAll} van ${all.length} indicatoren gehaald`,
    );
    await expect(el).to.be.accessible();
  });

  it('2021 programme: 5 goals, two coded 2.2, a goal without indicators has no roll-up and is no parent', async () => {
    const doc: PcDocument = await seed(DATA_2021);
    const el = await tree(html`<pc-goal-tree programme="p2" .data=${doc}></pc-goal-tree>`);
    const goals = doc.programmes![0].goals;
    expect(goals.length).to.equal(5);
    const titles = items(el)
      .filter((i) => i.getAttribute('aria-level') === '2')
      .map((i) => text(i.querySelector('[part="node-title"]')));
    expect(titles.filter((t) => t.startsWith('2.2 ')).length).to.equal(2);
    const empty = goals.find((g) => (g.indicators ?? []).length === 0)!;
    expect(item(el, empty.id).hasAttribute('aria-expanded')).to.equal(false);
    expect(item(el, empty.id).querySelector('.rollup')).to.equal(null);
    expect(item(el, empty.id).querySelector('.toggle')).to.equal(null);
    expect(item(el, 'd2-1').getAttribute('aria-setsize')).to.equal('5');
    await expect(el).to.be.accessible();
  });

  it("health plan: 6 pillars at depth 1, cross-links drawn and listed in a theme's details", async () => {
    const doc: PcDocument = await seed(DATA_HEALTH);
    const data = doc.goalTrees!.find((t) => t.id === 'gezonde-stad')!;
    const el = await tree(html`<pc-goal-tree tree="gezonde-stad" .data=${doc}></pc-goal-tree>`);
    const pillars = items(el).filter((i) => i.getAttribute('aria-level') === '2');
    expect(pillars.length).to.equal(6);
    expect(pillars.map((p) => text(p.querySelector('[part="node-title"]')))).to.deep.equal(
      data.root.children!.map((c) => c.title),
    );
    expect(pillars.every((p) => p.getAttribute('aria-setsize') === '6')).to.equal(true);
    // A theme that also contributes elsewhere: its details list the targets by title, as buttons.
    const all: GoalNode[] = [];
    const walk = (n: GoalNode): void => {
      all.push(n);
      (n.children ?? []).forEach(walk);
    };
    walk(data.root);
    const theme = all.find((n) => (n.contributesTo ?? []).length > 0)!;
    expect(theme, 'a node with contributesTo').to.not.equal(undefined);
    // At rest no cross-link is drawn; focusing the theme draws its links.
    expect(el.shadowRoot!.querySelectorAll('[part="crosslink"]').length).to.equal(0);
    await focusNode(el, theme.id);
    expect(el.shadowRoot!.querySelectorAll('[part="crosslink"]').length).to.be.greaterThan(0);
    const path = [...el.shadowRoot!.querySelectorAll('[part="crosslink"]')]
      .map((p) => p.getAttribute('d'))
      .join(' ');
    expect(path).to.not.contain('NaN');
    // Reveal the theme (its ancestors open when focus is moved to it) and select it.
    const el2 = await tree(
      html`<pc-goal-tree tree="gezonde-stad" expanded-depth="99" .data=${doc}></pc-goal-tree>`,
    );
    item(el2, theme.id).click();
    await el2.updateComplete;
    const byId = new Map(all.map((n) => [n.id, n]));
    const buttons = [...details(el2).querySelectorAll('button.goto')].map(text);
    expect(text(details(el2))).to.contain('Draagt ook bij aan:');
    for (const target of theme.contributesTo!) expect(buttons).to.include(byId.get(target)!.title);
    await expect(el).to.be.accessible();
    await expect(el2).to.be.accessible();
  });

  it('a single node: one tree item, no expand state, no links', async () => {
    const el = await tree(
      html`<pc-goal-tree
        tree="vb"
        .data=${fictional({ id: 'solo', title: 'Eén doel', status: 'in-progress' })}
      ></pc-goal-tree>`,
    );
    expect(items(el).length).to.equal(1);
    expect(label(el, 'solo')).to.equal('Eén doel, loopt');
    expect(item(el, 'solo').hasAttribute('aria-expanded')).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('[part="link"], [part="crosslink"]').length).to.equal(0);
    await focusNode(el, 'solo');
    await press(el, 'ArrowDown', 'ArrowRight', 'End');
    expect(focusedId(el)).to.equal('solo');
    await expect(el).to.be.accessible();
  });

  it('a cross-link to a missing id: a readable error naming the id and the JSON Pointer', async () => {
    const root = sampleRoot();
    root.children![2].contributesTo = ['bestaat-niet'];
    const errors: string[] = [];
    const el = await fixture<PcGoalTree>(
      html`<pc-goal-tree
        tree="vb"
        @pc-error=${(e: CustomEvent) => errors.push(e.detail.code)}
        .data=${fictional(root)}
      ></pc-goal-tree>`,
    );
    await el.updateComplete;
    expect(errors).to.deep.equal(['unknown-reference']);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('Er bestaat geen knoop met id "bestaat-niet".');
    expect(text(alert)).to.contain('/goalTrees/0/root/children/2/contributesTo/0');
    await expect(el).to.be.accessible();
  });

  it('a cycle in contributesTo: a readable error naming the cycle and the JSON Pointer', async () => {
    const root = sampleRoot();
    root.children![0].contributesTo = ['b'];
    root.children![1].contributesTo = ['a'];
    const errors: string[] = [];
    const el = await fixture<PcGoalTree>(
      html`<pc-goal-tree
        tree="vb"
        @pc-error=${(e: CustomEvent) => errors.push(e.detail.code)}
        .data=${fictional(root)}
      ></pc-goal-tree>`,
    );
    await el.updateComplete;
    expect(errors).to.deep.equal(['contributes-cycle']);
    const alert = text(el.shadowRoot!.querySelector('[role="alert"]'));
    expect(alert).to.contain('Deze verwijzing maakt een kring: a → b → a.');
    expect(alert).to.match(/\/goalTrees\/0\/root\/children\/[01]\/contributesTo\/0/);
    await expect(el).to.be.accessible();
  });

  it('very long titles wrap inside their boxes; boxes do not overlap', async () => {
    const long = (n: number) =>
      `Integraal werken aan een gezonde stad met ${n} samenwerkingspartners uit welzijn, sport, cultuur en zorg, ` +
      'zodat inwoners met een lagere sociaaleconomische status langer in goede gezondheid leven en meedoen ' +
      'in hun wijk, met aandacht voor mantelzorgondersteuningsmogelijkheden en preventieprogrammas';
    const root: GoalNode = {
      id: 'r',
      title: long(1),
      children: [1, 2, 3].map((n) => ({ id: `c${n}`, title: long(n + 1), status: 'achieved' as const })),
    };
    const el = await tree(html`<pc-goal-tree tree="vb" .data=${fictional(root)}></pc-goal-tree>`);
    const boxes = items(el).map((i) => i.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        expect(a.bottom <= b.top || b.bottom <= a.top, `boxes ${i} and ${j} overlap`).to.equal(true);
      }
    }
    for (const i of items(el)) {
      // The whole title is there and fits the estimated box height.
      expect(text(i.querySelector('[part="node-title"]'))).to.have.length.greaterThan(250);
      // Measured from the last line's bottom, so that an item skipped by content-visibility is measured too.
      const bottom = Math.max(...[...i.children].map((child) => child.getBoundingClientRect().bottom));
      const padding = parseFloat(getComputedStyle(i).paddingBottom);
      const border = parseFloat(getComputedStyle(i).borderBottomWidth);
      expect(bottom, i.id).to.be.at.most(i.getBoundingClientRect().bottom - padding - border + 1);
    }
    await expect(el).to.be.accessible();
  });

  it('expanded-depth: 0 shows the root, 1 adds its children, 2 (default) the grandchildren', async () => {
    const doc = fictional(sampleRoot());
    const count = async (depth?: number) =>
      items(
        await tree(html`<pc-goal-tree tree="vb" expanded-depth=${depth ?? 2} .data=${doc}></pc-goal-tree>`),
      ).length;
    expect(await count(0)).to.equal(1);
    expect(await count(1)).to.equal(4);
    expect(await count()).to.equal(7);
    expect(await count(99)).to.equal(8);
    const el = await tree(html`<pc-goal-tree tree="vb" .data=${doc}></pc-goal-tree>`);
    expect(el.expandedDepth).to.equal(2);
    expect(item(el, 'a2').getAttribute('aria-expanded')).to.equal('false');
    expect(item(el, 'a').getAttribute('aria-expanded')).to.equal('true');
    // Flat items: the structure is in level, position and set size, never in nested groups.
    expect(el.shadowRoot!.querySelector('[role="tree"] [role="group"], [aria-owns]')).to.equal(null);
    expect(item(el, 'a').parentElement).to.equal(item(el, 'root').parentElement);
  });

  it('ARIA tree: levels, positions, set sizes, one tab stop; names hold title, status and roll-up only', async () => {
    const el = await tree(
      html`<pc-goal-tree tree="vb" expanded-depth="99" .data=${fictional(sampleRoot())}></pc-goal-tree>`,
    );
    const treeEl = el.shadowRoot!.querySelector('[role="tree"]')!;
    expect(treeEl.getAttribute('aria-labelledby')).to.equal('caption');
    expect(text(el.shadowRoot!.getElementById('caption'))).to.equal('Voorbeeldboom');
    const b1 = item(el, 'b1');
    expect([
      b1.getAttribute('aria-level'),
      b1.getAttribute('aria-posinset'),
      b1.getAttribute('aria-setsize'),
    ]).to.deep.equal(['3', '1', '1']);
    expect(label(el, 'a')).to.equal('Aanpak eenzaamheid, 1 van 3 doelen gehaald');
    expect(label(el, 'b1')).to.equal('Beweegaanbod, niet gehaald');
    expect(label(el, 'c')).to.equal('Cultuur');
    expect(tabStops(el)).to.deep.equal(['node-root']);
    await expect(el).to.be.accessible();
  });

  it('axe: no violations collapsed (expanded-depth 0) and fully expanded, on the 2025 data', async () => {
    const doc: PcDocument = await seed(DATA_2025);
    const collapsed = await tree(
      html`<pc-goal-tree programme="p2" expanded-depth="0" .data=${doc}></pc-goal-tree>`,
    );
    expect(items(collapsed).length).to.equal(1);
    await expect(collapsed).to.be.accessible();
    const expanded = await tree(
      html`<pc-goal-tree programme="p2" expanded-depth="99" .data=${doc}></pc-goal-tree>`,
    );
    expect(items(expanded).every((i) => i.getAttribute('aria-expanded') !== 'false')).to.equal(true);
    await expect(expanded).to.be.accessible();
  });

  describe('keyboard', () => {
    let el: PcGoalTree;
    beforeEach(async () => {
      el = await tree(html`<pc-goal-tree tree="vb" .data=${fictional(sampleRoot())}></pc-goal-tree>`);
      // Tab into the tree: its one tab stop is the root.
      const before = document.createElement('button');
      before.textContent = 'voor';
      el.before(before);
      before.focus();
      await press(el, 'Tab');
      expect(focusedId(el)).to.equal('root');
    });

    it('ArrowDown / ArrowUp: next / previous visible node; one tab stop follows focus', async () => {
      await press(el, 'ArrowDown');
      expect(focusedId(el)).to.equal('a');
      expect(tabStops(el)).to.deep.equal(['node-a']);
      await press(el, 'ArrowDown', 'ArrowDown', 'ArrowDown');
      expect(focusedId(el)).to.equal('b');
      await press(el, 'ArrowUp');
      expect(focusedId(el)).to.equal('a2');
      expect(tabStops(el)).to.deep.equal(['node-a2']);
    });

    it('ArrowRight: opens a closed node, then moves to its first child', async () => {
      await focusNode(el, 'a2');
      await press(el, 'ArrowRight');
      expect(item(el, 'a2').getAttribute('aria-expanded')).to.equal('true');
      expect(focusedId(el)).to.equal('a2');
      await press(el, 'ArrowRight');
      expect(focusedId(el)).to.equal('a2x');
      await press(el, 'ArrowRight');
      expect(focusedId(el)).to.equal('a2x');
    });

    it('ArrowLeft: closes an open node, then moves to its parent', async () => {
      await focusNode(el, 'a');
      await press(el, 'ArrowLeft');
      expect(item(el, 'a').getAttribute('aria-expanded')).to.equal('false');
      expect(item(el, 'a1')).to.equal(null);
      expect(focusedId(el)).to.equal('a');
      await press(el, 'ArrowLeft');
      expect(focusedId(el)).to.equal('root');
    });

    it('Home / End: first / last visible node', async () => {
      await press(el, 'End');
      expect(focusedId(el)).to.equal('c');
      await press(el, 'Home');
      expect(focusedId(el)).to.equal('root');
    });

    it('Enter and Space select: details, aria-selected and one pc-node-select', async () => {
      const events: unknown[] = [];
      el.addEventListener('pc-node-select', (e) => events.push(e.detail));
      await focusNode(el, 'b1');
      await press(el, 'Enter');
      expect(item(el, 'b1').getAttribute('aria-selected')).to.equal('true');
      expect(text(details(el).querySelector('h3'))).to.equal('Beweegaanbod');
      expect(facts(el)).to.deep.equal({ Status: 'niet gehaald' });
      expect(events).to.deep.equal([
        { id: 'b1', title: 'Beweegaanbod', kind: undefined, status: 'not-achieved' },
      ]);
      await press(el, 'ArrowUp', ' ');
      expect(item(el, 'b').getAttribute('aria-selected')).to.equal('true');
      expect(item(el, 'b1').hasAttribute('aria-selected')).to.equal(false);
      expect(facts(el)).to.deep.equal({ Soort: 'Pijler', Daaronder: '0 van 1 doel gehaald' });
      expect(events.length).to.equal(2);
    });

    it('*: opens every sibling with children', async () => {
      await focusNode(el, 'a1');
      await press(el, '*');
      expect(item(el, 'a2').getAttribute('aria-expanded')).to.equal('true');
      expect(item(el, 'a2x')).to.not.equal(null);
      expect(focusedId(el)).to.equal('a1');
    });

    it('type-ahead: jumps to the next visible title starting with the typed text; resets after 500 ms', async () => {
      await press(el, 'b');
      expect(focusedId(el)).to.equal('b');
      await press(el, 'e', 'w', 'e');
      // "bewe" still matches the current "Bewegen"; "bewee" moves on to "Beweegaanbod".
      expect(focusedId(el)).to.equal('b');
      await press(el, 'e');
      expect(focusedId(el)).to.equal('b1');
      await new Promise((r) => setTimeout(r, 600));
      await press(el, 'c');
      expect(focusedId(el)).to.equal('c');
      await press(el, 'a');
      // "ca" matches nothing: focus stays.
      expect(focusedId(el)).to.equal('c');
      await new Promise((r) => setTimeout(r, 600));
      await press(el, 'a');
      expect(focusedId(el)).to.equal('a');
      await press(el, 'a');
      expect(focusedId(el)).to.equal('a2');
      // "e" also finds "Één" (diacritics ignored).
      await new Promise((r) => setTimeout(r, 600));
      await press(el, 'e');
      expect(focusedId(el)).to.equal('a1');
      expect(tabStops(el)).to.deep.equal(['node-a1']);
    });

    it('focus is visible: the focused box has an outline', async () => {
      await press(el, 'ArrowDown');
      const style = getComputedStyle(item(el, 'a'));
      expect(item(el, 'a').matches(':focus-visible')).to.equal(true);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('Tab leaves the tree: one tab stop, then the Download buttons', async () => {
      const after = document.createElement('button');
      after.textContent = 'na';
      el.after(after);
      await press(el, 'ArrowDown', 'ArrowDown', 'Tab');
      expect(el.shadowRoot!.activeElement?.getAttribute('data-format')).to.equal('svg');
      await press(el, 'Tab', 'Tab', 'Tab');
      expect(document.activeElement).to.equal(after);
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Shift+Tab' });
      expect(focusedId(el)).to.equal('a1');
    });
  });

  it('mouse: a click selects and focuses; the toggle opens and closes without taking focus', async () => {
    const el = await tree(html`<pc-goal-tree tree="vb" .data=${fictional(sampleRoot())}></pc-goal-tree>`);
    item(el, 'a1').querySelector<HTMLElement>('[part="node-title"]')!.click();
    await el.updateComplete;
    expect(item(el, 'a1').getAttribute('aria-selected')).to.equal('true');
    expect(focusedId(el)).to.equal('a1');
    const toggle = item(el, 'a2').querySelector<HTMLElement>('.toggle')!;
    expect(toggle.getAttribute('tabindex')).to.equal('-1');
    expect(toggle.getAttribute('aria-hidden')).to.equal('true');
    toggle.click();
    await el.updateComplete;
    expect(item(el, 'a2').getAttribute('aria-expanded')).to.equal('true');
    expect(focusedId(el)).to.equal('a2');
    expect(tabStops(el)).to.deep.equal(['node-a2']);
    // Selection does not move with the toggle.
    expect(item(el, 'a1').getAttribute('aria-selected')).to.equal('true');
  });

  it('details: a derived goal shows its actual saldo; an indicator its latest realisation and target', async () => {
    const doc: PcDocument = await seed(DATA_2025);
    const el = await tree(html`<pc-goal-tree programme="p2" .data=${doc}></pc-goal-tree>`);
    expect(text(details(el))).to.contain('Kies een onderdeel');
    item(el, 'd2-1').click();
    await el.updateComplete;
    expect(facts(el)).to.deep.equal({
      Soort: 'Doelstelling',
      Daaronder: '3 van 5 indicatoren gehaald',
      'Saldo realisatie': '-95.081 (Bedragen x €1.000)',
    });
    expect(text(details(el))).to.contain('Binnen deze doelstelling hebben we gewerkt');
    item(el, 'jeugdhulp-unieke-jeugdigen').click();
    await el.updateComplete;
    expect(facts(el)).to.deep.equal({
      Soort: 'Indicator',
      Status: 'gehaald',
      Periode: '2025',
      'Realisatie 2025': '4.729 jeugdigen',
      'Streefwaarde 2025': '4.800 jeugdigen',
    });
    expect(details(el).getAttribute('aria-live')).to.equal('polite');
    await expect(el).to.be.accessible();
  });

  it('cross-links: drawn on focus with an arrowhead (dotted via a collapsed branch), listed both ways in the details; the button reveals the node', async () => {
    const el = await tree(
      html`<pc-goal-tree tree="vb" expanded-depth="1" .data=${fictional(sampleRoot())}></pc-goal-tree>`,
    );
    expect(el.shadowRoot!.querySelector('[part="crosslink"]')).to.equal(null);
    item(el, 'b').focus();
    await el.updateComplete;
    // b1 → a2x are both hidden: drawn between their visible ancestors b and a.
    const link = el.shadowRoot!.querySelector('[part="crosslink"]')!;
    expect(link.getAttribute('marker-end')).to.equal('url(#arrow)');
    expect(getComputedStyle(link).strokeDasharray).to.not.equal('none');
    await press(el, 'ArrowRight', 'ArrowRight', 'Enter');
    expect(focusedId(el)).to.equal('b1');
    expect(text(details(el))).to.contain('Draagt ook bij aan: Maatjes');
    details(el).querySelector<HTMLElement>('button.goto')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focusedId(el)).to.equal('a2x');
    expect(item(el, 'a2').getAttribute('aria-expanded')).to.equal('true');
    expect(tabStops(el)).to.deep.equal(['node-a2x']);
    await press(el, 'Enter');
    expect(text(details(el))).to.contain('Krijgt ook bijdragen van: Beweegaanbod');
  });

  it('wide trees scroll inside the component and the focused node is scrolled into view', async () => {
    const root: GoalNode = {
      id: 'r',
      title: 'Ambitie',
      children: Array.from({ length: 30 }, (_, i) => ({ id: `g${i}`, title: `Doel ${i + 1}` })),
    };
    const el = await tree(
      html`<pc-goal-tree
        tree="vb"
        style="--pc-goal-tree-max-height: 12rem"
        .data=${fictional(root)}
      ></pc-goal-tree>`,
    );
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
    await focusNode(el, 'r');
    await press(el, 'End');
    expect(focusedId(el)).to.equal('g29');
    const box = item(el, 'g29').getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    expect(box.top).to.be.at.least(view.top - 1);
    expect(box.bottom).to.be.at.most(view.bottom + 1);
  });

  it('top-down orientation: children below their parent, links drawn vertically', async () => {
    const el = await tree(
      html`<pc-goal-tree tree="vb" orientation="top-down" .data=${fictional(sampleRoot())}></pc-goal-tree>`,
    );
    const root = item(el, 'root').getBoundingClientRect();
    const a = item(el, 'a').getBoundingClientRect();
    const b = item(el, 'b').getBoundingClientRect();
    expect(a.top).to.be.greaterThan(root.bottom);
    expect(Math.round(a.top)).to.equal(Math.round(b.top));
    expect(b.left).to.be.greaterThan(a.right);
    expect(el.shadowRoot!.querySelectorAll('[part="link"]').length).to.equal(6);
    await expect(el).to.be.accessible();
  });

  it('narrow (400 px): an indented list with the same tree semantics, links hidden', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 400px">
        <pc-goal-tree tree="vb" .data=${fictional(sampleRoot())}></pc-goal-tree>
      </div>`,
    );
    const el = wrapper.querySelector('pc-goal-tree')! as PcGoalTree;
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.links')!).display).to.equal('none');
    expect(getComputedStyle(item(el, 'a')).position).to.not.equal('absolute');
    const root = item(el, 'root').getBoundingClientRect();
    const a = item(el, 'a').getBoundingClientRect();
    const a1 = item(el, 'a1').getBoundingClientRect();
    // A list: each item below the previous one, indented per level, within 400 px.
    expect(a.top).to.be.at.least(root.bottom);
    expect(a1.top).to.be.at.least(a.bottom);
    expect(a.left).to.be.greaterThan(root.left);
    expect(a1.left).to.be.greaterThan(a.left);
    expect(a1.right).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
    expect(item(el, 'a1').getAttribute('aria-level')).to.equal('3');
    await focusNode(el, 'root');
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('a');
    await expect(el).to.be.accessible();
  });

  it('English: strings, statuses, roll-ups and numbers in en', async () => {
    const doc: PcDocument = await seed(DATA_2025);
    const el = await tree(html`<pc-goal-tree programme="p2" lang="en" .data=${doc}></pc-goal-tree>`);
    expect(text(el.shadowRoot!.querySelector('#caption'))).to.equal('Goal tree Samen leven en ondersteunen');
    expect(text(item(el, 'd2-1').querySelector('.rollup'))).to.equal('3 of 5 indicators achieved');
    expect(text(item(el, 'veilig-thuis-meldingen').querySelector('[part="status"]'))).to.equal(
      'not achieved',
    );
    item(el, 'jeugdhulp-unieke-jeugdigen').click();
    await el.updateComplete;
    expect(facts(el)['Actual 2025']).to.equal('4,729 jeugdigen');
    item(el, 'd2-1').click();
    await el.updateComplete;
    expect(facts(el)['Actual balance']).to.equal('-95,081 (Amounts x €1,000)');
    await expect(el).to.be.accessible();
  });

  it('theming: tokens reach the boxes and links; parts are exposed', async () => {
    const el = await tree(
      html`<pc-goal-tree
        tree="vb"
        style="--pc-goal-tree-node-border-color: rgb(1, 2, 3); --pc-goal-tree-link-color: rgb(4, 5, 6)"
        .data=${fictional(sampleRoot())}
      ></pc-goal-tree>`,
    );
    expect(getComputedStyle(item(el, 'a')).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="link"]')!).stroke).to.equal('rgb(4, 5, 6)');
    await focusNode(el, 'b1');
    for (const part of ['tree', 'node', 'node-title', 'status', 'link', 'crosslink', 'details']) {
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.not.equal(null);
    }
  });

  it('forced colors: boxes get CanvasText borders', async () => {
    onlyIn(['chromium'], MEDIA_EMULATION);
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await tree(html`<pc-goal-tree tree="vb" .data=${fictional(sampleRoot())}></pc-goal-tree>`);
      const canvasText = computedColor('CanvasText');
      expect(getComputedStyle(item(el, 'a')).borderTopColor).to.equal(canvasText);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
  it('revealNode(id) from a pc-load listener (a page opening at the node its address names) focuses the node', async () => {
    const doc = await seed(DATA_HEALTH);
    const el = await tree(
      html`<pc-goal-tree
        tree="gezonde-stad"
        expanded-depth="0"
        .data=${doc}
        @pc-load=${(event: Event) => (event.target as PcGoalTree).revealNode('doel-1-2')}
      ></pc-goal-tree>`,
    );
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    await el.updateComplete;
    expect(item(el, 'doel-1-2')).to.not.equal(null);
    expect(focusedId(el)).to.equal('doel-1-2');
    expect(tabStops(el)).to.deep.equal(['node-doel-1-2']);
  });
});

describe('<pc-goal-tree> windowed rendering of large trees', () => {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const big = (count: number) =>
    tree(
      html`<pc-goal-tree
        tree="synthetic"
        expanded-depth="99"
        .data=${syntheticDocument(count)}
      ></pc-goal-tree>`,
    );
  const scrollerOf = (el: PcGoalTree) => el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
  /** Whether an element shows (at least partly) inside the scroller's view. */
  const inView = (el: PcGoalTree, element: Element) => {
    const box = element.getBoundingClientRect();
    const view = scrollerOf(el).getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom && box.right > view.left && box.left < view.right;
  };
  /** Every node in reading order (depth first), from the data: what ArrowDown walks through when all is open. */
  const preorder = (node: GoalNode): string[] => [node.id, ...(node.children ?? []).flatMap(preorder)];

  it('2,000 nodes: fewer than 400 tree items, each with level, position and set size; one tab stop', async () => {
    const el = await big(2000);
    const rendered = items(el);
    expect(rendered.length).to.be.greaterThan(0);
    expect(rendered.length).to.be.lessThan(400);
    expect(el.shadowRoot!.querySelectorAll('[role="tree"] [role="group"], [aria-owns]').length).to.equal(0);
    for (const i of rendered) {
      expect(Number(i.getAttribute('aria-level')), i.id).to.be.at.least(1);
      expect(Number(i.getAttribute('aria-posinset')), i.id).to.be.at.least(1);
      expect(Number(i.getAttribute('aria-posinset')), i.id).to.be.at.most(
        Number(i.getAttribute('aria-setsize')),
      );
      expect(i.getAttribute('aria-label'), i.id).to.match(/^\d+ /);
    }
    // The root has six children, all open; n1 is its first child.
    expect(item(el, 'n0').getAttribute('aria-expanded')).to.equal('true');
    expect(item(el, 'n0').getAttribute('aria-setsize')).to.equal('1');
    expect(tabStops(el)).to.deep.equal(['node-n0']);
    // The canvas keeps the size of the whole tree, so the scrollbars are right.
    const scroller = scrollerOf(el);
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight * 10);
  });

  it('scrolling renders the boxes that come into view', async () => {
    const el = await big(2000);
    const scroller = scrollerOf(el);
    const before = new Set(items(el).map((i) => i.id));
    scroller.scrollTop = scroller.scrollHeight - scroller.clientHeight;
    scroller.scrollLeft = scroller.scrollWidth - scroller.clientWidth;
    await frame();
    await el.updateComplete;
    await frame();
    const shown = items(el).filter((i) => inView(el, i));
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.some((i) => !before.has(i.id))).to.equal(true);
    expect(items(el).length).to.be.lessThan(400);
    // The tab stop stays rendered (the root, now far out of view).
    expect(tabStops(el)).to.deep.equal(['node-n0']);
  });

  it('ArrowDown 50 times from the root: focus walks the tree in order; one tab stop, focused and in view', async () => {
    const el = await big(2000);
    const order = preorder(syntheticTree(2000));
    await focusNode(el, 'n0');
    for (let step = 1; step <= 50; step++) {
      await press(el, 'ArrowDown');
      expect(focusedId(el), `step ${step}`).to.equal(order[step]);
      expect(tabStops(el), `step ${step}`).to.deep.equal([`node-${order[step]}`]);
    }
    expect(el.shadowRoot!.activeElement).to.equal(item(el, order[50]));
    expect(inView(el, item(el, order[50]))).to.equal(true);
    expect(items(el).length).to.be.lessThan(400);
    await press(el, 'Home');
    expect(focusedId(el)).to.equal('n0');
    expect(tabStops(el)).to.deep.equal(['node-n0']);
    expect(inView(el, item(el, 'n0'))).to.equal(true);
  });

  it('End reaches the last node far outside the rendered window; Enter selects it', async () => {
    const el = await big(2000);
    const order = preorder(syntheticTree(2000));
    const last = order[order.length - 1];
    expect(item(el, last)).to.equal(null);
    await focusNode(el, 'n0');
    await press(el, 'End', 'Enter');
    expect(focusedId(el)).to.equal(last);
    expect(tabStops(el)).to.deep.equal([`node-${last}`]);
    expect(item(el, last).getAttribute('aria-selected')).to.equal('true');
    expect(inView(el, item(el, last))).to.equal(true);
  });

  it('collapsing below the window threshold and expanding again keeps focus on the node', async () => {
    const el = await big(2000);
    await focusNode(el, 'n0');
    await press(el, 'ArrowLeft');
    expect(items(el).map((i) => i.id)).to.deep.equal(['node-n0']);
    expect(item(el, 'n0').getAttribute('aria-expanded')).to.equal('false');
    expect(focusedId(el)).to.equal('n0');
    await press(el, 'ArrowRight');
    expect(item(el, 'n0').getAttribute('aria-expanded')).to.equal('true');
    expect(focusedId(el)).to.equal('n0');
    expect(tabStops(el)).to.deep.equal(['node-n0']);
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('n1');
  });

  it('revealNode(id) opens the ancestors of a node, renders and focuses it; false for an unknown id', async () => {
    const el = await tree(
      html`<pc-goal-tree
        tree="synthetic"
        expanded-depth="1"
        .data=${syntheticDocument(2000)}
      ></pc-goal-tree>`,
    );
    const order = preorder(syntheticTree(2000));
    const deep = order[order.length - 1];
    expect(item(el, deep)).to.equal(null);
    expect(el.revealNode('bestaat-niet')).to.equal(false);
    expect(el.revealNode(deep)).to.equal(true);
    await el.updateComplete;
    await frame();
    expect(focusedId(el)).to.equal(deep);
    expect(tabStops(el)).to.deep.equal([`node-${deep}`]);
    expect(inView(el, item(el, deep))).to.equal(true);
  });

  it('axe: no violations on a windowed tree of 500 nodes', async () => {
    const el = await big(500);
    expect(items(el).length).to.be.lessThan(500);
    await expect(el).to.be.accessible();
  });

  it('narrow (400 px): a large tree is the indented list of every node', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 400px">
        <pc-goal-tree tree="synthetic" expanded-depth="99" .data=${syntheticDocument(500)}></pc-goal-tree>
      </div>`,
    );
    const el = wrapper.querySelector('pc-goal-tree')! as PcGoalTree;
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    expect(items(el).length).to.equal(500);
    expect(getComputedStyle(item(el, 'n1')).position).to.not.equal('absolute');
    expect(item(el, 'n1').getBoundingClientRect().left).to.be.greaterThan(
      item(el, 'n0').getBoundingClientRect().left,
    );
  });
});
