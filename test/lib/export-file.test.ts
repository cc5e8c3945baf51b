import { expect } from '@open-wc/testing';
import { csvCell, csvSeparator, csvText, exportFileName, slug } from '../../src/lib/export-file.js';

const ZOETERMEER = { municipality: 'Zoetermeer', documentType: 'jaarstukken', year: 2025 };

describe('export files', () => {
  it('slug(text) lower-cases, drops accents and joins words with one dash', () => {
    expect(slug('Eén tegen eenzaamheid')).to.equal('een-tegen-eenzaamheid');
    expect(slug('  Gezonde Stad 2023–2026 ')).to.equal('gezonde-stad-2023-2026');
    expect(slug('../../etc/passwd')).to.equal('etc-passwd');
    expect(slug('a'.repeat(100))).to.have.length(60);
    expect(slug('!!!')).to.equal('');
  });

  it('exportFileName(parts, format) is municipality-document-year-subject.format', () => {
    expect(exportFileName({ ...ZOETERMEER, subject: 'jeugdhulp' }, 'png')).to.equal(
      'zoetermeer-jaarstukken-2025-jeugdhulp.png',
    );
    expect(exportFileName({ ...ZOETERMEER, subject: 'saldo-p2' }, 'csv')).to.equal(
      'zoetermeer-jaarstukken-2025-saldo-p2.csv',
    );
    // Empty parts leave no double dash; a name made of nothing still is a file name.
    expect(exportFileName({ ...ZOETERMEER, year: Number.NaN, subject: '' }, 'svg')).to.equal(
      'zoetermeer-jaarstukken.svg',
    );
    expect(exportFileName({ municipality: '', documentType: '', year: NaN, subject: '/' }, 'svg')).to.equal(
      'pc-charts.svg',
    );
  });

  it('csvSeparator(locale) is ";" in Dutch (the comma is the decimal mark) and "," in English', () => {
    expect(csvSeparator('nl')).to.equal(';');
    expect(csvSeparator('en')).to.equal(',');
  });

  it('csvCell(value, locale) writes numbers plainly with the locale decimal mark, guards formulas, quotes', () => {
    expect(csvCell(48.9, 'nl')).to.equal('48,9');
    expect(csvCell(48.9, 'en')).to.equal('48.9');
    expect(csvCell(-95361, 'nl')).to.equal('-95361');
    expect(csvCell(1e21, 'en')).to.equal('1000000000000000000000');
    expect(csvCell(null, 'nl')).to.equal('');
    expect(csvCell(Number.NaN, 'nl')).to.equal('');
    expect(csvCell('=HYPERLINK("x")', 'nl')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-12', 'nl')).to.equal('-12');
    expect(csvCell('a;b', 'nl')).to.equal('"a;b"');
    expect(csvCell('a;b', 'en')).to.equal('a;b');
    expect(csvCell('a,b', 'en')).to.equal('"a,b"');
  });

  it('csvText(rows, locale) has a byte order mark, the separator and CRLF lines', () => {
    const rows = [
      ['Periode', 'Realisatie (%)'],
      ['2024', 48.9],
      ['2025', null],
    ];
    expect(csvText(rows, 'nl')).to.equal('\uFEFFPeriode;Realisatie (%)\r\n2024;48,9\r\n2025;\r\n');
    expect(csvText(rows, 'en')).to.equal('\uFEFFPeriode,Realisatie (%)\r\n2024,48.9\r\n2025,\r\n');
  });
});
