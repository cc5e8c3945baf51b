import { expect } from '@open-wc/testing';
import { inputsChanged } from '../../src/lib/memo.js';

describe('inputsChanged()', () => {
  it('is true on the first call and whenever one input differs by identity', () => {
    const changed = inputsChanged();
    const doc = { id: 'a' };
    expect(changed([doc, 'line'])).to.equal(true);
    expect(changed([doc, 'line'])).to.equal(false);
    expect(changed([{ id: 'a' }, 'line']), 'an equal but new object').to.equal(true);
    expect(changed([{ id: 'a' }, 'line'])).to.equal(true);
    const same = { id: 'b' };
    changed([same, 'bars']);
    expect(changed([same, 'bars'])).to.equal(false);
    expect(changed([same, 'line'])).to.equal(true);
    expect(changed([same, 'line', 1]), 'a longer list').to.equal(true);
  });

  it('keeps separate memories for separate derivations', () => {
    const a = inputsChanged();
    const b = inputsChanged();
    expect(a([1])).to.equal(true);
    expect(b([1])).to.equal(true);
    expect(a([1])).to.equal(false);
    expect(b([2])).to.equal(true);
  });

  it('treats NaN as equal to NaN (Object.is), so a NaN input does not re-derive forever', () => {
    const changed = inputsChanged();
    changed([Number.NaN]);
    expect(changed([Number.NaN])).to.equal(false);
  });
});
