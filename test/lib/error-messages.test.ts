import { expect } from '@open-wc/testing';
import { ERROR_CODES, MESSAGES, type ErrorCode } from '../../src/schema/messages.js';
import { makeProblem } from '../../src/schema/problem.js';
import { findJsonError, parseJsonText } from '../../src/schema/validate.js';
import { idsOfKind, nearestId } from '../../src/internal/suggest.js';
import { commonStrings } from '../../src/i18n/common.js';
import { commonStringsEn } from '../../src/i18n/common.en.js';
import { BUILDER_CODES, BUILDER_MESSAGES } from '../../src/builder/messages.js';
import { builderProblem } from '../../src/builder/problems.js';

/** Realistic params for every code, as the validator, loader and elements pass them. */
const PARAMS: Record<ErrorCode, Record<string, unknown>[]> = {
  'not-json': [
    { line: 12, column: 5, context: '"bron": "CBS", }', causeWord: 'json:trailing-comma' },
    { line: 1, column: 1, context: '', causeWord: 'json:empty' },
  ],
  'not-an-object': [{ actual: 'array' }],
  'too-large': [{ size: '6.2 MB', limit: '5.0 MB' }],
  'too-deep': [{ limit: 64 }],
  'schema-version': [{ actual: '2' }],
  'missing-field': [{ field: 'title' }],
  'unknown-field': [{ field: 'titel' }],
  'wrong-type': [{ expected: 'number', actual: 'string' }],
  'number-as-text': [{ value: '1.234,5', suggestion: '1234.5' }],
  'not-finite': [{ value: 'NaN' }],
  'not-allowed-value': [{ value: '"procent"', allowed: 'count, percent' }],
  'invalid-format': [
    { value: '"2025-5"', formatWord: 'format:period' },
    { value: '"x y"', formatWord: 'format:id' },
  ],
  'out-of-range': [{ value: 12, range: '0-6' }],
  'too-long': [{ length: 2001, limit: 2000 }],
  'empty-text': [{}],
  'forbidden-key': [{ field: '__proto__' }],
  'duplicate-id': [{ id: 'p2', firstPath: '/programmes/0' }],
  'duplicate-period': [{ period: '2025' }],
  'duplicate-label': [{ label: 'Nederland', firstPath: '/programmes/0/goals/0/indicators/0/comparisons/0' }],
  'unknown-reference': [
    { target: 'indicator', id: 'x' },
    { target: 'node', id: 'y' },
  ],
  'contributes-cycle': [{ cycle: 'a → b → a' }],
  'balance-mismatch': [{ balance: -10, difference: 3, sum: -13 }],
  'total-mismatch': [{ total: -10, difference: 3, sum: -13 }],
  'disallowed-url': [
    { url: 'javascript:alert(1)', reason: 'scheme', reasonWord: 'url:scheme' },
    { url: '//x', reason: 'protocol-relative', reasonWord: 'url:protocol-relative' },
  ],
  'fetch-failed': [{ url: 'https://example.nl/data.json', detail: 'Failed to fetch' }],
  'http-error': [
    { url: 'https://example.nl/data.json', status: 404, hintWord: 'http:404' },
    { url: 'https://example.nl/data.json', status: 503, hintWord: 'http:other' },
  ],
  timeout: [{ url: 'https://example.nl/data.json', seconds: 10 }],
  'wrong-content-type': [{ url: 'https://example.nl/data.json', contentType: 'text/html' }],
  'unknown-id': [
    {
      kind: 'indicator',
      id: 'jeugdhulp',
      hint: { sentence: 'hint:did-you-mean', suggestion: 'jeugdhulp-unieke-jeugdigen' },
    },
    { kind: 'programme', id: 'p9', hint: { sentence: 'hint:id-list' } },
    { kind: 'goal', id: 'd9', hint: { sentence: 'hint:id-list' } },
    { kind: 'tree', id: 'boom', hint: { sentence: 'hint:id-list' } },
  ],
  'missing-attribute': [
    { attribute: 'indicator', whichWord: 'which:indicator' },
    { attribute: 'programme', whichWord: 'which:programme' },
    { attribute: 'programme', whichWord: 'which:programme or goal' },
    { attribute: 'tree', whichWord: 'which:tree' },
  ],
  'internal-error': [{ detail: 'TypeError: x is null' }],
};

const ENGLISH_IN_DUTCH = /\b(the|is not|could not|should|which|and|not)\b/i;
const DUTCH_IN_ENGLISH = /\b(het|niet|een|staat|wordt|gegevens|welke)\b/i;

/** A whole sentence: a capital first, a full stop (or ? !) last, no placeholder left, no "welk(e)" fragment. */
function expectSentence(message: string, locale: 'nl' | 'en', label: string): void {
  expect(message, label).to.match(/^["A-Z\u00c0-\u00dd]/);
  expect(message, label).to.match(/[.?!]$/);
  expect(message, label).not.to.match(/\{\w+\}/);
  expect(message, label).not.to.match(/(?<!http)\((e|s|en|n)\)/);
  expect(message, label).not.to.include('undefined');
  expect(message, label).not.to.match(/\s{2}/);
  if (locale === 'nl') expect(message.replace(/"[^"]*"/g, ''), label).not.to.match(ENGLISH_IN_DUTCH);
  else expect(message.replace(/"[^"]*"/g, ''), label).not.to.match(DUTCH_IN_ENGLISH);
}

describe('error catalogue: every message reads as a sentence', () => {
  for (const code of ERROR_CODES) {
    it(`${code} in nl and en`, () => {
      expect(PARAMS[code], `params for ${code}`).to.have.length.greaterThan(0);
      for (const params of PARAMS[code]) {
        const problem = makeProblem(code, '', params);
        expectSentence(problem.messages.nl, 'nl', `${code} nl: ${problem.messages.nl}`);
        expectSentence(problem.messages.en, 'en', `${code} en: ${problem.messages.en}`);
      }
    });
  }

  it('the builder messages in nl and en', () => {
    for (const code of BUILDER_CODES) {
      for (const locale of ['nl', 'en'] as const) {
        const template = BUILDER_MESSAGES[locale][code];
        const params: Record<string, unknown> = {};
        for (const [, name] of template.matchAll(/\{(\w+)\}/g))
          params[name] = name === 'hint' ? 'didYouMean' : `x-${name}`;
        params.suggestion = 'Titel';
        const problem = builderProblem(code, {}, params);
        expectSentence(problem.messages[locale], locale, `${code} ${locale}: ${problem.messages[locale]}`);
      }
    }
  });

  it('the component string files: the error state strings', () => {
    for (const locale of ['nl', 'en'] as const) {
      const strings = locale === 'nl' ? commonStrings.nl : commonStringsEn;
      expectSentence(strings['common.errorTitle'], locale, 'errorTitle');
      expectSentence(strings['common.errorMore'].replace('{count}', '3'), locale, 'errorMore');
      expectSentence(strings['common.errorMoreOne'], locale, 'errorMoreOne');
      // A label before the JSON Pointer, not a sentence of its own.
      expect(strings['common.errorPath']).to.match(/^[A-Z].*:$/);
    }
  });

  it('the catalogue has no message in one language only', () => {
    expect(Object.keys(MESSAGES.nl).sort()).to.deep.equal(Object.keys(MESSAGES.en).sort());
  });
});

describe('findJsonError(text): where and why JSON text is wrong', () => {
  const cases: [string, string, number, number][] = [
    ['trailing comma in a list', '{\n  "a": [1, 2, ],\n  "b": 1\n}', 2, 15],
    ['trailing comma in an object', '{\n  "a": 1,\n}', 3, 1],
    ['key without quotes', '{\n  titel: "x"\n}', 2, 3],
    ['string broken off at the line end', '{\n  "titel": "x\n}', 2, 14],
    ['single quotes', "{\n  'titel': 1\n}", 2, 3],
    ['decimal comma', '{\n  "actual": 48,9\n}', 2, 15],
    ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['comment', '{\n  // toelichting\n  "a": 1\n}', 2, 3],
    ['unexpected end', '{\n  "a": [1, 2\n', 3, 1],
    ['empty', '   ', 1, 4],
  ];
  const causes = [
    'trailing-comma',
    'trailing-comma',
    'missing-quote',
    'missing-quote',
    'single-quote',
    'decimal-comma',
    'missing-comma',
    'comment',
    'unexpected-end',
    'empty',
  ];
  cases.forEach(([name, text, line, column], i) => {
    it(`${name}: line ${line}, column ${column}, cause ${causes[i]}`, () => {
      expect(() => JSON.parse(text)).to.throw();
      const error = findJsonError(text)!;
      expect({ line: error.line, column: error.column, cause: error.cause }).to.deep.equal({
        line,
        column,
        cause: causes[i],
      });
    });
  });

  it('valid JSON: no error', () => {
    expect(findJsonError('{"a": [1, 2, {"b": null}], "c": "d\\"e"}')).to.equal(undefined);
  });

  it('deep nesting does not overflow the stack', () => {
    expect(findJsonError('['.repeat(100000))!.cause).to.equal('unexpected-end');
  });

  it("parseJsonText says it in the reader's language, with the place and the text around it", () => {
    const { problem } = parseJsonText('{\n  "values": [\n    { "period": "2025" },\n  ]\n}');
    expect(problem!.messages.nl).to.equal(
      'De gegevens zijn geen geldige JSON: het gaat mis op regel 4, kolom 3 (bij "]"). Waarschijnlijk staat er een komma na het laatste element van een lijst of object; haal die komma weg.',
    );
    expect(problem!.messages.en).to.equal(
      'The data is not valid JSON: it goes wrong on line 4, column 3 (at "]"). Most likely a comma follows the last item of a list or object; remove that comma.',
    );
    expect(problem!.messages.nl).not.to.match(/Unexpected|token/);
  });
});

describe('nearestId(typed, ids): "bedoelt u …?"', () => {
  const ids = ['jeugdhulp-unieke-jeugdigen', 'jeugdhulp-verwijzingen', 'bijstand', 'p2'];
  it('a near miss suggests the nearest id', () => {
    expect(nearestId('jeugdhulp-unieke-jeugdige', ids)).to.equal('jeugdhulp-unieke-jeugdigen');
    expect(nearestId('bijstnd', ids)).to.equal('bijstand');
  });
  it('ids that differ only in case are suggested', () => {
    expect(nearestId('BIJSTAND', ids)).to.equal('bijstand');
    expect(nearestId('Jeugdhulp-Unieke-Jeugdigen', ids)).to.equal('jeugdhulp-unieke-jeugdigen');
  });
  it('nothing near: no suggestion', () => {
    expect(nearestId('afval', ids)).to.equal(undefined);
  });
  it('idsOfKind lists the ids of one kind', () => {
    const doc = {
      schemaVersion: 1 as const,
      municipality: { name: 'X' },
      document: { type: 'jaarstukken' as const, year: 2025, title: 'X' },
      programmes: [
        {
          id: 'p2',
          title: 'P',
          goals: [
            {
              id: 'd1',
              title: 'G',
              indicators: [{ id: 'i1', title: 'I', unit: 'count' as const, values: [] }],
            },
          ],
        },
      ],
      goalTrees: [
        { id: 't', title: 'T', root: { id: 'r', title: 'R', children: [{ id: 'c', title: 'C' }] } },
      ],
    };
    expect(idsOfKind(doc, 'indicator')).to.deep.equal(['i1']);
    expect(idsOfKind(doc, 'programme')).to.deep.equal(['p2']);
    expect(idsOfKind(doc, 'goal')).to.deep.equal(['d1']);
    expect(idsOfKind(doc, 'tree')).to.deep.equal(['t']);
    expect(idsOfKind(doc, 'node')).to.deep.equal(['r', 'c']);
  });
});
