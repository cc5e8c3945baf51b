import { expect } from '@open-wc/testing';
import { escapeAttribute } from '../../src/lib/html.js';

describe('escapeAttribute', () => {
  it('escapes what could end or break a double-quoted attribute, and keeps the rest as written', () => {
    expect(escapeAttribute('a "b" <c> & d')).to.equal('a &quot;b&quot; &lt;c&gt; &amp; d');
    expect(escapeAttribute("euro's, 4.729 jeugdigen")).to.equal("euro's, 4.729 jeugdigen");
  });
});
