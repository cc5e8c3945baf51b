// The Custom Elements Manifest (custom-elements.json) is what Storybook, IDEs and other tools read. It must
// describe each element as it really is: its tag, every attribute it observes (and no other), the values and
// defaults it accepts, its events, the parts it renders and the custom properties its styles read.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { clearDocumentCache } from '../../src/internal/loader.js';
import { SUBJECTS, type Subject } from './subjects.js';
import { seed } from '../support/seeds.js';

interface Entry {
  name: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  description?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Entry[];
  members?: Entry[];
  events?: Entry[];
  cssParts?: Entry[];
  cssProperties?: Entry[];
  slots?: Entry[];
}

let manifest: { modules: Array<{ path: string; declarations?: Declaration[]; exports?: any[] }> };
before(async () => {
  manifest = await (await fetch('/custom-elements.json')).json();
});

const declarationOf = (tag: string): Declaration => {
  const found = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .find((declaration) => declaration.tagName === tag);
  expect(found, `a declaration with tagName ${tag}`).to.not.equal(undefined);
  return found!;
};

/** `'line' | 'bars'` → ['line', 'bars']; undefined for a type that is not a union of string literals. */
const literals = (type = ''): string[] | undefined => {
  const parts = type.split('|').map((part) => part.trim());
  return parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : undefined;
};

/** Every `part` name the element renders across its states: ready (table opened), loading, error. */
async function renderedParts(subject: Subject): Promise<Set<string>> {
  const { tag, select } = subject;
  const parts = new Set<string>();
  const collect = (el: Element) =>
    el.shadowRoot!.querySelectorAll('[part]').forEach((node) =>
      node
        .getAttribute('part')!
        .split(/\s+/)
        .forEach((part) => parts.add(part)),
    );
  const make = async (attributes: Record<string, string>, data?: unknown) => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement(tag) as HTMLElement & {
      data?: unknown;
      updateComplete: Promise<unknown>;
    };
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (data !== undefined) el.data = data;
    wrap.append(el);
    await el.updateComplete;
    return el;
  };
  const ready = await make(select, await seed());
  collect(ready);
  // Parts behind a disclosure: open every toggle (data table, details) once.
  for (const button of ready.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) {
    button.click();
  }
  ready.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"] [part="node-title"]')?.click();
  await ready.updateComplete;
  collect(ready);
  clearDocumentCache();
  const loading = await make({ ...select, src: '/__test/never' });
  collect(loading);
  loading.remove();
  collect(await make({}, await seed()));
  for (const state of subject.moreStates ?? []) {
    const el = await make(state.attributes, await state.data());
    await state.show?.(el);
    collect(el);
  }
  return parts;
}

/** The names of the custom properties a stylesheet reads with var(--pc-<name>-…). */
function publicPropertiesRead(tag: string): Set<string> {
  const ctor = customElements.get(tag) as unknown as { elementStyles: Array<{ cssText: string }> };
  const css = ctor.elementStyles.map((style) => style.cssText).join('\n');
  return new Set([...css.matchAll(new RegExp(`var\\(\\s*(--${tag}-[\\w-]+)`, 'g'))].map((match) => match[1]));
}

for (const subject of SUBJECTS) {
  describe(`manifest: <${subject.tag}>`, () => {
    it('is a custom element declaration with this tag name, registered by a define module', () => {
      const declaration = declarationOf(subject.tag);
      expect(declaration.customElement).to.equal(true);
      expect(customElements.get(subject.tag)!.name).to.equal(declaration.name);
      const definitions = manifest.modules.flatMap((mod) =>
        (mod.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
      );
      expect(definitions.map((entry) => entry.name)).to.include(subject.tag);
    });

    it('lists exactly the attributes the element observes, with types and defaults', () => {
      const declaration = declarationOf(subject.tag);
      const ctor = customElements.get(subject.tag) as unknown as { observedAttributes: string[] };
      const listed = declaration.attributes!.map((attribute) => attribute.name);
      expect([...listed].sort()).to.deep.equal([...ctor.observedAttributes].sort());
      for (const attribute of declaration.attributes!) {
        expect(attribute.type?.text, `${attribute.name} has a type`).to.be.a('string');
        expect(attribute.description, `${attribute.name} is described`).to.not.equal(undefined);
      }
      const el = document.createElement(subject.tag) as unknown as Record<string, unknown>;
      for (const attribute of declaration.attributes!.filter((entry) => entry.type?.text === 'number')) {
        expect(el[attribute.fieldName!], `default of ${attribute.name}`).to.equal(Number(attribute.default));
      }
    });

    it('lists the values the element accepts for each attribute with a closed set of values', () => {
      const declaration = declarationOf(subject.tag);
      for (const [name, values] of Object.entries(subject.values)) {
        const attribute = declaration.attributes!.find((entry) => entry.name === name);
        expect(literals(attribute?.type?.text), name).to.deep.equal([...values]);
        expect(values, `default of ${name}`).to.include(attribute!.default!.slice(1, -1));
      }
    });

    it('lists heading-level with its values 1–6 and its default 3, as the element renders them', async () => {
      const attribute = declarationOf(subject.tag).attributes!.find(
        (entry) => entry.name === 'heading-level',
      );
      const values = literals(attribute?.type?.text);
      expect(values).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      const levelOf = async (level?: string) => {
        const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement(subject.tag) as HTMLElement & {
          data?: unknown;
          updateComplete: Promise<unknown>;
        };
        for (const [name, value] of Object.entries(subject.select)) el.setAttribute(name, value);
        if (level) el.setAttribute('heading-level', level);
        el.data = await seed();
        wrap.append(el);
        await el.updateComplete;
        return el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level');
      };
      expect(await levelOf(), 'default').to.equal(attribute!.default!.slice(1, -1));
      for (const level of [values![0], values![values!.length - 1]])
        expect(await levelOf(level)).to.equal(level);
    });

    it('lists the public properties and methods a user may set or call', () => {
      const declaration = declarationOf(subject.tag);
      const el = document.createElement(subject.tag) as unknown as Record<string, unknown>;
      for (const member of declaration.members!) {
        expect(member.privacy ?? 'public', member.name).to.equal('public');
        if (member.kind === 'method') expect(el[member.name], member.name).to.be.a('function');
        else
          expect(member.name in el || member.name in Object.getPrototypeOf(el), member.name).to.equal(true);
      }
      const names = declaration.members!.map((member) => member.name);
      expect(names).to.include.members(['data', 'src', 'timeout', 'strings']);
    });

    it('lists pc-load and pc-error with their detail types', () => {
      const events = declarationOf(subject.tag).events!;
      const byName = Object.fromEntries(events.map((event) => [event.name, event.type?.text]));
      expect(byName['pc-load']).to.equal('CustomEvent<PcLoadDetail>');
      expect(byName['pc-error']).to.equal('CustomEvent<PcErrorDetail>');
    });

    it('lists every part the element renders, and renders every part it lists', async () => {
      const documented = new Set(declarationOf(subject.tag).cssParts!.map((part) => part.name));
      const rendered = await renderedParts(subject);
      expect(
        [...rendered].filter((part) => !documented.has(part)),
        'rendered, not documented',
      ).to.deep.equal([]);
      expect(
        [...documented].filter((part) => !rendered.has(part)),
        'documented, not rendered',
      ).to.deep.equal([]);
    });

    it('lists every custom property its styles read, and reads every one it lists', () => {
      const documented = new Set(declarationOf(subject.tag).cssProperties!.map((property) => property.name));
      const read = publicPropertiesRead(subject.tag);
      expect(
        [...read].filter((name) => !documented.has(name)),
        'read, not documented',
      ).to.deep.equal([]);
      expect(
        [...documented].filter((name) => !read.has(name)),
        'documented, not read',
      ).to.deep.equal([]);
    });

    it('has no slots, and says so', () => {
      expect(declarationOf(subject.tag).slots ?? []).to.deep.equal([]);
    });
  });
}
