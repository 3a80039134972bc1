import { expect } from '@open-wc/testing';
import { SCALES } from '../../../src/core/schemas.js';
import { en } from '../../../src/elements/sx-satisfaction/messages/en.js';
import { SCALE_DEFINITIONS, followUpFor, scaleDefinition, sentiment } from '../../../src/elements/sx-satisfaction/scales.js';

describe('satisfaction scales', () => {
  it('offers the standard range of each scale', () => {
    const scores = (scale: keyof typeof SCALE_DEFINITIONS) => SCALE_DEFINITIONS[scale].options.map((option) => option.score);
    expect(scores('csat5')).to.deep.equal([1, 2, 3, 4, 5]);
    expect(scores('emoji5')).to.deep.equal([1, 2, 3, 4, 5]);
    expect(scores('thumbs')).to.deep.equal([1, 0]);
    expect(scores('ces7')).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(scores('nps11')).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('names every option in words, except the middle of the 0–10 scale, and every name has a message', () => {
    for (const scale of SCALES) {
      for (const option of SCALE_DEFINITIONS[scale].options) {
        if (option.label) expect(en, `${scale} ${option.score}`).to.have.property(option.label);
        else expect(scale === 'nps11' && option.score > 0 && option.score < 10, `${scale} ${option.score} unnamed`).to.equal(true);
      }
    }
  });

  it('tells low, middling and high scores apart the way each method does', () => {
    expect([1, 2, 3, 4, 5].map((score) => sentiment('csat5', score))).to.deep.equal(['low', 'low', 'neutral', 'high', 'high']);
    expect([0, 1].map((score) => sentiment('thumbs', score))).to.deep.equal(['low', 'high']);
    expect([3, 4, 5].map((score) => sentiment('ces7', score))).to.deep.equal(['low', 'neutral', 'high']);
    // NPS: detractors 0–6, passives 7–8, promoters 9–10.
    expect([6, 7, 8, 9].map((score) => sentiment('nps11', score))).to.deep.equal(['low', 'neutral', 'neutral', 'high']);
  });

  it('asks follow-up questions as configured', () => {
    expect(followUpFor('auto', 'csat5', undefined)).to.deep.equal({ reasons: false, comment: false });
    expect(followUpFor('auto', 'csat5', 5)).to.deep.equal({ reasons: true, comment: true });
    expect(followUpFor('low', 'csat5', 5)).to.deep.equal({ reasons: false, comment: false });
    expect(followUpFor('low', 'nps11', 7)).to.deep.equal({ reasons: true, comment: true });
    expect(followUpFor('none', 'thumbs', 0)).to.deep.equal({ reasons: false, comment: false });
  });

  it('falls back to csat5 for an unknown scale name', () => {
    expect(scaleDefinition('stars10')).to.equal(SCALE_DEFINITIONS.csat5);
  });
});
