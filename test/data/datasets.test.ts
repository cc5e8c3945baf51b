// The datasets in demo/data are transcriptions of the real source documents in ../shared/seeds.
// Every dataset must validate, and every number in it must occur in its source text as the source prints it.
import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/schema/validate.js';
import { decimalsOf, formatNumber } from '../../src/lib/format.js';
import { AMOUNT_MEASURES, type PcDocument } from '../../src/schema/types.js';
import { DATASETS } from '../support/datasets.js';
import { standaloneNumber } from '../support/text.js';
import { DATA_2023, seed } from '../support/seeds.js';

/** The seed text a dataset is transcribed from, when its name is not the seed's. */
const SEED_OF: Record<string, string> = {
  'gezonde-stad-2023-2026-bijlage-1': 'gezonde-stad-2023-2026',
};

interface Figure {
  value: number;
  decimals: number;
  where: string;
}

/** Every number a component could show, with the decimals the source prints it with. */
function figures(doc: PcDocument): Figure[] {
  const out: Figure[] = [];
  (doc.programmes ?? []).forEach((programme, p) => {
    const finance = [
      { f: programme.finance, where: `/programmes/${p}/finance` },
      ...programme.goals.map((goal, g) => ({
        f: goal.finance,
        where: `/programmes/${p}/goals/${g}/finance`,
      })),
    ];
    for (const { f, where } of finance) {
      for (const scenario of ['actual', 'budget', 'budgetOriginal'] as const) {
        for (const measure of AMOUNT_MEASURES) {
          const value = f?.[scenario]?.[measure];
          if (typeof value === 'number')
            out.push({ value, decimals: 0, where: `${where}/${scenario}/${measure}` });
        }
      }
      for (const [measure, value] of Object.entries(f?.printedShare ?? {})) {
        if (typeof value === 'number')
          out.push({ value, decimals: decimalsOf(value), where: `${where}/printedShare/${measure}` });
      }
    }
    programme.goals.forEach((goal, g) =>
      (goal.indicators ?? []).forEach((indicator, i) => {
        const where = `/programmes/${p}/goals/${g}/indicators/${i}`;
        const push = (value: number | null | undefined, at: string) => {
          if (typeof value === 'number')
            out.push({ value, decimals: indicator.decimals ?? decimalsOf(value), where: `${where}/${at}` });
        };
        indicator.values.forEach((v, k) => {
          push(v.target, `values/${k}/target`);
          push(v.actual, `values/${k}/actual`);
        });
        // Reference values (comparisons) are shown with the indicator's decimals too.
        (indicator.comparisons ?? []).forEach((c, n) =>
          c.values.forEach((v, k) => push(v.value, `comparisons/${n}/values/${k}/value`)),
        );
      }),
    );
  });
  return out;
}

/** True when the source prints the number: Dutch grouping and decimal comma, not part of a longer number. */
function occursIn(source: string, figure: Figure): boolean {
  const grouped = [
    formatNumber(figure.value, 'nl', figure.decimals),
    formatNumber(figure.value, 'nl', decimalsOf(figure.value)),
  ];
  // The web edition prints percentages without grouping ("1171,25%").
  const candidates = new Set([...grouped, ...grouped.map((text) => text.replace(/\./g, ''))]);
  return [...candidates].some((candidate) => standaloneNumber(candidate).test(source));
}

describe("the 2023 web edition's printed percentages", () => {
  // The seed prints "23,55%", "2,57%" and "1171,25%" beside the programme's amounts but not the totals. Each,
  // rounded to two decimals, fixes an interval for the municipal total it is a share of; they are one set of
  // totals if revenues minus expenses (the municipal saldo) agrees with the saldo's interval.
  const interval = (part: number, percent: number): [number, number] => [
    Math.abs(part) / ((percent + 0.005) / 100),
    Math.abs(part) / ((percent - 0.005) / 100),
  ];

  it('are shares of the municipal totals; the saldo "share" is against a surplus of about € 10,4 mln', async () => {
    const doc: PcDocument = await seed(DATA_2023);
    const finance = doc.programmes![0].finance!;
    const share = finance.printedShare!;
    const [e0, e1] = interval(finance.actual!.expenses!, share.expenses!);
    const [r0, r1] = interval(finance.actual!.revenues!, share.revenues!);
    const [s0, s1] = interval(finance.actual!.balance!, share.balance!);
    // Municipal expenses about € 582 mln, revenues about € 593 mln (x € 1.000).
    expect([Math.round(e0), Math.round(e1)]).to.deep.equal([581927, 582175]);
    expect([Math.round(r0), Math.round(r1)]).to.deep.equal([592194, 594503]);
    // Revenues minus expenses: a surplus between 10.020 and 12.576; the saldo's interval lies inside it.
    expect(s0).to.be.above(r0 - e1);
    expect(s1).to.be.below(r1 - e0);
    expect(Math.round((s0 + s1) / 2)).to.equal(10401);
    // So the programme's deficit of 121.825 is 11,7 times the municipal surplus, of the other sign: no share.
    expect(finance.actual!.balance!).to.be.below(0);
  });
});

describe('datasets transcribed from the seeds', () => {
  for (const name of DATASETS) {
    describe(name, () => {
      let doc: PcDocument;
      before(async () => {
        doc = await (await fetch(`/demo/data/${name}.json`)).json();
      });

      it('validates without errors or warnings', () => {
        const result = validateDocument(doc);
        expect(result.errors.map((e) => `${e.code} ${e.path}`)).to.deep.equal([]);
        expect(result.warnings.map((e) => `${e.code} ${e.path}`)).to.deep.equal([]);
        expect(result.ok).to.equal(true);
      });

      it('every number occurs in the seed text', async function () {
        const seed = SEED_OF[name] ?? name;
        const response = await fetch(`/__seeds/${seed}.txt`);
        if (response.status === 404 && (await response.text()) === 'seeds-absent') {
          console.log(
            '../shared/seeds is not beside this clone: skipping the check against the source texts.',
          );
          this.skip();
        }
        const source = await (await fetch(`/__seeds/${seed}.txt`)).text();
        const missing = figures(doc)
          .filter((figure) => !occursIn(source, figure))
          .map((figure) => `${figure.where} = ${figure.value}`);
        expect(missing).to.deep.equal([]);
        if (doc.programmes?.length) expect(figures(doc).length).to.be.greaterThan(5);
      });
    });
  }
});
