import { expect } from '@open-wc/testing';
import {
  csvField,
  csvNumber,
  csvUnit,
  goalLabel,
  presentMeasures,
  saldoBar,
  saldoBarScale,
  saldoCsv,
  saldoFootnotes,
  saldoTable,
  totalCell,
  type CsvLabels,
} from '../../../src/components/saldo-table/saldo.js';
import type { Programme } from '../../../src/schema/types.js';

// The 2025 table as the jaarstukken print it (Programma 2, Jaarrekening 2025).
const p2025: Programme = {
  id: 'p2',
  code: '2',
  title: 'Samen leven en ondersteunen',
  finance: {
    actual: {
      expenses: -163206,
      revenues: 18147,
      reserveAdditions: -2000,
      reserveWithdrawals: 552,
      balance: -146506,
    },
  },
  goals: [
    {
      id: 'd2-1',
      code: '2.1',
      title: 'Bevorderen vroegtijdige, toegankelijke, passende en effectieve jeugdhulp',
      finance: {
        actual: {
          expenses: -95361,
          revenues: 9,
          reserveAdditions: 0,
          reserveWithdrawals: 271,
          balance: -95081,
        },
      },
    },
    {
      id: 'd2-2',
      code: '2.2',
      title: 'Bevorderen meedoen aan de samenleving en zelfstandig wonen',
      finance: {
        actual: {
          expenses: -57756,
          revenues: 10219,
          reserveAdditions: -2000,
          reserveWithdrawals: 281,
          balance: -49256,
        },
      },
    },
    {
      id: 'd2-3',
      code: '2.3',
      title: 'Bevorderen gezondheid, veiligheid en welbevinden',
      finance: {
        actual: {
          expenses: -10089,
          revenues: 7919,
          reserveAdditions: 0,
          reserveWithdrawals: 0,
          balance: -2170,
        },
      },
    },
  ],
};

// The 2021 table: baten, lasten, saldo only; two rows coded 2.2; negative baten.
const p2021: Programme = {
  id: 'p2',
  code: '2',
  title: 'Samen leven en ondersteunen',
  finance: { actual: { revenues: 2723, expenses: -110331, balance: -107608 } },
  goals: [
    {
      id: 'a',
      code: '2.1',
      title: 'Jeugdhulp',
      finance: { actual: { revenues: 364, expenses: -65776, balance: -65412 } },
    },
    {
      id: 'b',
      code: '2.2',
      title: 'Meedoen',
      finance: { actual: { revenues: 69, expenses: -69, balance: 0 } },
    },
    {
      id: 'c',
      code: '2.2',
      title: 'Langer zelfstandig wonen',
      finance: { actual: { revenues: 1710, expenses: -31766, balance: -30056 } },
    },
    {
      id: 'd',
      code: '2.3',
      title: 'Gezondheid',
      finance: { actual: { revenues: -19, expenses: -1725, balance: -1744 } },
    },
    {
      id: 'e',
      code: '2.4',
      title: 'Meedoen naar vermogen',
      finance: { actual: { revenues: 599, expenses: -10995, balance: -10396 } },
    },
  ],
};

const labels: CsvLabels = {
  code: 'Code',
  goal: 'Doelstelling',
  total: 'Totaal programma',
  measures: {
    expenses: 'Lasten',
    revenues: 'Baten',
    reserveAdditions: 'Toevoegingen',
    reserveWithdrawals: 'Onttrekkingen',
    balance: 'Saldo',
  },
  difference: (measure) => `Verschil ${labels.measures[measure].toLowerCase()}`,
};

describe('saldo', () => {
  it('presentMeasures(programme, scenario) lists stated measures in lasten, baten, …, saldo order', () => {
    expect(presentMeasures(p2025, 'actual')).to.deep.equal([
      'expenses',
      'revenues',
      'reserveAdditions',
      'reserveWithdrawals',
      'balance',
    ]);
    // 2021 prints baten before lasten; we use one order for every table.
    expect(presentMeasures(p2021, 'actual')).to.deep.equal(['expenses', 'revenues', 'balance']);
    expect(presentMeasures(p2021, 'budget')).to.deep.equal([]);
  });

  it('presentMeasures(programme, scenario) counts a measure stated only in the programme total', () => {
    const programme: Programme = {
      id: 'x',
      title: 'X',
      finance: { budget: { balance: -5 } },
      goals: [{ id: 'g', title: 'G' }],
    };
    expect(presentMeasures(programme, 'budget')).to.deep.equal(['balance']);
  });

  it('goalLabel(goal) puts the code in parentheses after the title', () => {
    expect(goalLabel({ title: 'Langer zelfstandig wonen', code: '2.2' })).to.equal(
      'Langer zelfstandig wonen (2.2)',
    );
    expect(goalLabel({ title: 'Zonder code' })).to.equal('Zonder code');
  });

  it('totalCell(programme, scenario, measure) keeps the stated saldo when the sum differs by rounding', () => {
    const cell = totalCell(p2025, 'actual', 'balance');
    expect(cell.value).to.equal(-146506);
    expect(cell.sum).to.equal(-146507);
    expect(cell.source).to.equal('stated');
    expect(cell.mismatch).to.equal(false);
  });

  it('totalCell(programme, scenario, measure) flags a difference larger than one unit per goal', () => {
    const programme = structuredClone(p2025);
    programme.finance!.actual!.balance = -146600;
    const cell = totalCell(programme, 'actual', 'balance');
    expect(cell.value).to.equal(-146600);
    expect(cell.mismatch).to.equal(true);
    expect(cell.difference).to.equal(-93);
    // 3 goals: a difference of 3 is still rounding, 4 is not.
    programme.finance!.actual!.balance = -146504;
    expect(totalCell(programme, 'actual', 'balance').mismatch).to.equal(false);
    programme.finance!.actual!.balance = -146503;
    expect(totalCell(programme, 'actual', 'balance').mismatch).to.equal(true);
  });

  it('totalCell(programme, scenario, measure) sums the goals where the total is not stated', () => {
    const programme = structuredClone(p2021);
    delete programme.finance!.actual!.revenues;
    const cell = totalCell(programme, 'actual', 'revenues');
    expect(cell).to.deep.include({ value: 2723, source: 'computed', mismatch: false, summedCount: 5 });
  });

  it('totalCell(programme, scenario, measure) does not compare with a partial sum', () => {
    const programme = structuredClone(p2021);
    delete programme.goals[0].finance!.actual!.revenues;
    const cell = totalCell(programme, 'actual', 'revenues');
    expect(cell).to.deep.include({ value: 2723, source: 'stated', mismatch: false, sum: 2359 });
  });

  it('totalCell(programme, scenario, measure) is empty when nothing is stated', () => {
    const cell = totalCell(p2021, 'actual', 'reserveAdditions');
    expect(cell.source).to.equal('none');
    expect(cell.value).to.equal(undefined);
  });

  it('saldoFootnotes(totals) numbers one shared "berekend" note and one note per mismatch', () => {
    const programme = structuredClone(p2021);
    delete programme.finance!.actual!.expenses; // summed: berekend
    delete programme.finance!.actual!.revenues; // summed: berekend (same note)
    programme.finance!.actual!.balance = -107700; // 92 off: mismatch
    const model = saldoTable(programme, 'actual');
    expect(model.footnotes.map((f) => [f.n, f.kind, f.cell.measure])).to.deep.equal([
      [1, 'computed', 'expenses'],
      [2, 'mismatch', 'balance'],
    ]);
    expect(model.totalMarkers).to.deep.equal({ expenses: 1, revenues: 1, balance: 2 });
    expect(model.totalValues).to.deep.equal({ expenses: -110331, revenues: 2723, balance: -107700 });
    expect(saldoFootnotes(saldoTable(p2025, 'actual').totals)).to.deep.equal({ footnotes: [], markers: {} });
  });

  it('saldoTable(programme, scenario) keys rows by goal id, so repeated codes stay two rows', () => {
    const model = saldoTable(p2021, 'actual');
    expect(model.rows.map((row) => row.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(model.rows.filter((row) => row.code === '2.2').map((row) => row.label)).to.deep.equal([
      'Meedoen (2.2)',
      'Langer zelfstandig wonen (2.2)',
    ]);
    expect(model.rows[3].values).to.deep.equal({ expenses: -1725, revenues: -19, balance: -1744 });
    expect(model.totals.map((cell) => cell.value)).to.deep.equal([-110331, 2723, -107608]);
    expect(model.maxAbsBalance).to.equal(65412);
    expect(model.compare).to.equal('off');
  });

  it('saldoTable(programme, "actual", true) adds actual − budget per measure', () => {
    const programme = structuredClone(p2021);
    programme.goals[0].finance!.budget = { revenues: 300, expenses: -60000, balance: -59700 };
    programme.finance!.budget = { revenues: 2500, expenses: -100000, balance: -97500 };
    const model = saldoTable(programme, 'actual', true);
    expect(model.compare).to.equal('on');
    expect(model.rows[0].differences).to.deep.equal({ expenses: -5776, revenues: 64, balance: -5712 });
    expect(model.rows[1].differences).to.deep.equal({});
    expect(model.totalDifferences).to.deep.equal({ expenses: -10331, revenues: 223, balance: -10108 });
  });

  it('saldoTable(programme, scenario, true) says why it cannot compare', () => {
    expect(saldoTable(p2021, 'actual', true).compare).to.equal('no-budget');
    expect(saldoTable(p2021, 'budget', true).compare).to.equal('not-actual');
  });

  it('saldoBarScale(max) and saldoBar(value, scale) diverge from a centred zero line', () => {
    const scale = saldoBarScale(65412);
    const biggest = saldoBar(-65412, scale);
    expect(biggest).to.deep.equal({ x: 2, width: 46, zero: 48, negative: true });
    const positive = saldoBar(32706, scale);
    expect(positive).to.deep.equal({ x: 48, width: 23, zero: 48, negative: false });
    expect(saldoBar(0, scale).width).to.equal(0);
    // A tiny non-zero saldo stays visible.
    expect(saldoBar(-19, scale)).to.deep.equal({ x: 47, width: 1, zero: 48, negative: true });
  });

  it('saldoBarScale(0) never produces NaN', () => {
    const scale = saldoBarScale(0);
    expect(saldoBar(0, scale)).to.deep.equal({ x: 48, width: 0, zero: 48, negative: false });
    expect(saldoBar(Number.NaN, saldoBarScale(Number.NaN)).x).to.equal(48);
  });

  it('csvUnit(amountsIn, locale) writes the unit for the header', () => {
    expect(csvUnit(1000, 'nl')).to.equal('(x €1.000)');
    expect(csvUnit(1000, 'en')).to.equal('(x €1,000)');
    expect(csvUnit(undefined, 'nl')).to.equal('(x €1.000)');
    expect(csvUnit(1, 'nl')).to.equal('(€)');
  });

  it('csvNumber(value, locale) writes the number as in the data, without grouping', () => {
    expect(csvNumber(-95361, 'nl')).to.equal('-95361');
    expect(csvNumber(2.5, 'nl')).to.equal('2,5');
    expect(csvNumber(2.5, 'en')).to.equal('2.5');
    expect(csvNumber(undefined, 'nl')).to.equal('');
    expect(csvNumber(1e21, 'en')).to.equal('1000000000000000000000');
  });

  it('csvField(text, separator) quotes and defuses formulas', () => {
    expect(csvField('Jeugd; zorg', ';')).to.equal('"Jeugd; zorg"');
    expect(csvField('Jeugd, zorg', ';')).to.equal('Jeugd, zorg');
    expect(csvField('Jeugd, zorg', ',')).to.equal('"Jeugd, zorg"');
    expect(csvField('De "wijk"', ',')).to.equal('"De ""wijk"""');
    expect(csvField('twee\nregels', ',')).to.equal('"twee\nregels"');
    expect(csvField('=HYPERLINK("x")', ';')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+cmd', ';')).to.equal("'+cmd");
    expect(csvField('-cmd', ';')).to.equal("'-cmd");
    expect(csvField('@SUM(A1)', ';')).to.equal("'@SUM(A1)");
    expect(csvField('-95361', ';')).to.equal('-95361');
    expect(csvField('-2,5', ';')).to.equal('-2,5');
    expect(csvField('2.2', ';')).to.equal('2.2');
  });

  it('saldoCsv(model, labels, amountsIn, "nl") writes the 2025 table exactly', () => {
    const csv = saldoCsv(saldoTable(p2025, 'actual'), labels, 1000, 'nl');
    expect(csv).to.equal(
      '\uFEFF' +
        [
          'Code;Doelstelling;Lasten (x €1.000);Baten (x €1.000);Toevoegingen (x €1.000);Onttrekkingen (x €1.000);Saldo (x €1.000)',
          '2.1;Bevorderen vroegtijdige, toegankelijke, passende en effectieve jeugdhulp;-95361;9;0;271;-95081',
          '2.2;Bevorderen meedoen aan de samenleving en zelfstandig wonen;-57756;10219;-2000;281;-49256',
          '2.3;Bevorderen gezondheid, veiligheid en welbevinden;-10089;7919;0;0;-2170',
          ';Totaal programma;-163206;18147;-2000;552;-146506',
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('saldoCsv(model, labels, amountsIn, "en") separates with commas and quotes titles with commas', () => {
    const csv = saldoCsv(
      saldoTable(p2025, 'actual'),
      { ...labels, goal: 'Goal', total: 'Programme total' },
      1000,
      'en',
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal(
      // The unit "(x €1,000)" holds the separator, so every measure header is quoted.
      'Code,Goal,"Lasten (x €1,000)","Baten (x €1,000)","Toevoegingen (x €1,000)","Onttrekkingen (x €1,000)","Saldo (x €1,000)"',
    );
    expect(lines[1]).to.equal(
      '2.1,"Bevorderen vroegtijdige, toegankelijke, passende en effectieve jeugdhulp",-95361,9,0,271,-95081',
    );
    expect(lines[4]).to.equal(',Programme total,-163206,18147,-2000,552,-146506');
  });

  it('saldoCsv(model, labels, amountsIn, "nl") writes 2021 with empty cells, negative baten and difference columns', () => {
    const programme = structuredClone(p2021);
    programme.goals[0].finance!.budget = { revenues: 300, expenses: -60000, balance: -59700 };
    programme.goals[1].finance = undefined;
    programme.goals[2].title = '=cmd|calc';
    const csv = saldoCsv(saldoTable(programme, 'actual', true), labels, 1000, 'nl');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal(
      'Code;Doelstelling;Lasten (x €1.000);Verschil lasten (x €1.000);Baten (x €1.000);Verschil baten (x €1.000);Saldo (x €1.000);Verschil saldo (x €1.000)',
    );
    expect(lines[1]).to.equal('2.1;Jeugdhulp;-65776;-5776;364;64;-65412;-5712');
    expect(lines[2]).to.equal('2.2;Meedoen;;;;;;');
    expect(lines[3]).to.equal("2.2;'=cmd|calc;-31766;;1710;;-30056;");
    expect(lines[4]).to.equal('2.3;Gezondheid;-1725;;-19;;-1744;');
    expect(lines[6]).to.equal(';Totaal programma;-110331;-50331;2723;2423;-107608;-47908');
  });
});
