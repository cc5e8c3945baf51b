import { expect } from '@open-wc/testing';
import { parseInline, parseRichText } from '../../src/lib/rich-text.js';

describe('rich text', () => {
  it('parseInline() keeps a "#" link as plain text and makes an https link a link', () => {
    expect(parseInline('De [Regiovisie](#) en [site](https://www.zoetermeer.nl/).')).to.deep.equal([
      { type: 'text', text: 'De ' },
      { type: 'text', text: 'Regiovisie' },
      { type: 'text', text: ' en ' },
      { type: 'link', text: 'site', href: 'https://www.zoetermeer.nl/' },
      { type: 'text', text: '.' },
    ]);
  });

  it('parseInline() refuses javascript: links and keeps markup as text', () => {
    const tokens = parseInline('[klik](javascript:alert(1)) <img src=x onerror=alert(1)>');
    expect(tokens.some((t) => t.type === 'link')).to.equal(false);
    expect(tokens.map((t) => t.text).join('')).to.contain('<img src=x onerror=alert(1)>');
  });

  it('parseInline() reads *emphasis* and **strong**', () => {
    expect(parseInline('*Kunst op Recept* en **vet**')).to.deep.equal([
      { type: 'emphasis', text: 'Kunst op Recept' },
      { type: 'text', text: ' en ' },
      { type: 'strong', text: 'vet' },
    ]);
  });

  it('parseRichText() splits paragraphs and bullet lists', () => {
    const blocks = parseRichText('Eerste alinea.\n\nLijst:\n- een\n- twee');
    expect(blocks.map((b) => b.type)).to.deep.equal(['paragraph', 'paragraph', 'list']);
    expect(blocks[2].type === 'list' && blocks[2].items.length).to.equal(2);
  });
});
