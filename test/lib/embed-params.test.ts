import { expect } from '@open-wc/testing';
import {
  checkEmbedSource,
  embedTitle,
  heightMessage,
  parseAllowedOrigins,
  readEmbedRequest,
} from '../../src/lib/embed-params.js';
import type { PcDocument } from '../../src/schema/types.js';

const PAGE = 'https://grafieken.zoetermeer.nl/pc/embed.html?component=saldo-table';
const CARD_ATTRIBUTES = ['src', 'indicator', 'variant', 'table-open'];
const attributesOf = (tag: string) => (tag === 'pc-indicator-card' ? CARD_ATTRIBUTES : ['src', 'programme']);

describe('embed page parameters', () => {
  it('readEmbedRequest(search) takes the component and only that element’s attributes', () => {
    const request = readEmbedRequest(
      '?component=indicator-card&src=data/j.json&indicator=jeugdhulp&lang=en&onload=alert(1)&style=x&programme=p2',
      attributesOf,
    );
    expect(request).to.deep.equal({
      ok: true,
      component: 'indicator-card',
      tag: 'pc-indicator-card',
      attributes: { src: 'data/j.json', indicator: 'jeugdhulp' },
      lang: 'en',
    });
  });

  it('readEmbedRequest(search) says what is wrong: no component, an unknown one; lang defaults to nl', () => {
    expect(readEmbedRequest('', attributesOf)).to.deep.equal({
      ok: false,
      reason: 'no-component',
      lang: 'nl',
    });
    expect(readEmbedRequest('?component=script&lang=fr', attributesOf)).to.deep.equal({
      ok: false,
      reason: 'unknown-component',
      lang: 'nl',
      component: 'script',
    });
    const prefixed = readEmbedRequest('?component=pc-saldo-table&programme=p2', attributesOf);
    expect(prefixed.ok && prefixed.tag).to.equal('pc-saldo-table');
  });

  it('checkEmbedSource(src, page, allowed) accepts its own origin and listed origins only', () => {
    expect(checkEmbedSource('data/p2.json', PAGE, [])).to.deep.equal({
      ok: true,
      url: 'https://grafieken.zoetermeer.nl/pc/data/p2.json',
    });
    expect(checkEmbedSource('/elders/p2.json', PAGE, []).ok).to.equal(true);
    expect(checkEmbedSource('https://evil.example/p2.json', PAGE, [])).to.deep.equal({
      ok: false,
      reason: 'not-allowed',
    });
    // Same host, other scheme or port: another origin.
    expect(checkEmbedSource('http://grafieken.zoetermeer.nl/p2.json', PAGE, []).ok).to.equal(false);
    expect(checkEmbedSource('https://grafieken.zoetermeer.nl:8443/p2.json', PAGE, []).ok).to.equal(false);
    // A look-alike host is not the listed one.
    const allowed = ['https://data.zoetermeer.nl'];
    expect(checkEmbedSource('https://data.zoetermeer.nl/p2.json', PAGE, allowed).ok).to.equal(true);
    expect(checkEmbedSource('https://data.zoetermeer.nl.evil.example/p2.json', PAGE, allowed).ok).to.equal(
      false,
    );
    expect(checkEmbedSource('https://user@data.zoetermeer.nl/p2.json', PAGE, allowed).ok).to.equal(false);
    expect(checkEmbedSource('javascript:alert(1)', PAGE, allowed)).to.deep.equal({
      ok: false,
      reason: 'invalid',
    });
    expect(checkEmbedSource('//evil.example/p2.json', PAGE, allowed).ok).to.equal(false);
  });

  it('parseAllowedOrigins(content) reads origins separated by spaces or commas, ignoring anything else', () => {
    expect(
      parseAllowedOrigins('https://data.zoetermeer.nl/, http://localhost:8080  ftp://x.nl,nonsense'),
    ).to.deep.equal(['https://data.zoetermeer.nl', 'http://localhost:8080']);
    expect(parseAllowedOrigins(null)).to.deep.equal([]);
  });

  it('embedTitle(doc, attributes) names what is shown, then the publication', () => {
    const doc = {
      schemaVersion: 1,
      municipality: { name: 'Zoetermeer' },
      document: { type: 'jaarstukken', year: 2025, title: 'Jaarstukken 2025' },
      programmes: [
        {
          id: 'p2',
          title: 'Samen leven en ondersteunen',
          goals: [
            {
              id: 'd2-1',
              title: 'Jeugdhulp',
              indicators: [{ id: 'jeugd', title: 'Unieke jeugdigen', unit: 'count', values: [] }],
            },
          ],
        },
      ],
    } as unknown as PcDocument;
    expect(embedTitle(doc, { indicator: 'jeugd' })).to.equal(
      'Unieke jeugdigen — Jaarstukken 2025, Zoetermeer',
    );
    expect(embedTitle(doc, { programme: 'p2' })).to.equal(
      'Samen leven en ondersteunen — Jaarstukken 2025, Zoetermeer',
    );
    expect(embedTitle(doc, { goal: 'd2-1', programme: 'p2' })).to.equal(
      'Jeugdhulp — Jaarstukken 2025, Zoetermeer',
    );
    expect(embedTitle(doc, { indicator: 'nope' })).to.equal('Jaarstukken 2025, Zoetermeer');
  });

  it('heightMessage(height) carries only a whole number of pixels', () => {
    expect(heightMessage(412.2)).to.deep.equal({ type: 'pc-charts:height', height: 413 });
    expect(heightMessage(-5).height).to.equal(0);
  });
});
