import { expect } from '@open-wc/testing';
import { checkLinkUrl, checkSourceUrl } from '../../src/lib/url.js';

const BASE = 'https://www.zoetermeer.nl/p2/';

describe('url policy', () => {
  it('checkSourceUrl() allows https and relative URLs, resolved against the page', () => {
    expect(checkSourceUrl('data/p2.json', BASE)).to.deep.equal({
      ok: true,
      url: 'https://www.zoetermeer.nl/p2/data/p2.json',
    });
    expect(checkSourceUrl('https://cdn.example.org/x.json', BASE).ok).to.equal(true);
    expect(checkSourceUrl('/x.json', BASE).ok).to.equal(true);
  });

  const refused: Array<[string, string]> = [
    ['javascript:alert(1)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    [' javascript:alert(1)', 'scheme'],
    ['java\tscript:alert(1)', 'control-characters'],
    ['data:application/json,{}', 'scheme'],
    ['blob:https://www.zoetermeer.nl/1234', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['//evil.example/x.json', 'protocol-relative'],
    ['\\\\evil.example/x.json', 'protocol-relative'],
    ['https://user:secret@www.zoetermeer.nl/x.json', 'credentials'],
    ['', 'empty'],
  ];
  for (const [url, reason] of refused) {
    it(`checkSourceUrl(${JSON.stringify(url)}) is refused: ${reason}`, () => {
      expect(checkSourceUrl(url, BASE)).to.deep.equal({ ok: false, reason });
    });
  }

  it('checkLinkUrl() only accepts absolute http(s) links', () => {
    expect(checkLinkUrl('https://www.zoetermeer.nl/').ok).to.equal(true);
    expect(checkLinkUrl('#')).to.deep.equal({ ok: false, reason: 'not-absolute' });
    expect(checkLinkUrl('/relative')).to.deep.equal({ ok: false, reason: 'not-absolute' });
    expect(checkLinkUrl('javascript&#58;alert(1)')).to.deep.equal({ ok: false, reason: 'not-absolute' });
  });
});
