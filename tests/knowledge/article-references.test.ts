import { describe, expect, it } from 'vitest';
import { articleNumbersIn, withoutArticleReferences } from '../../src/knowledge/article-references.js';

describe('article citations in a fact text', () => {
  it.each([
    ['Article 16 of the Convention says', [16]],
    ['Articles 9 and 12 say so', [9, 12]],
    ['Article 28(2) is about discipline', [28]],
    ['see articles 46 to 54', [46, 54]],
    ['статья 16 говорит', [16]],
    ['в статьях 5 и 19 сказано', [5, 19]],
    ['по ст. 37', [37]],
    ['16-бап бойынша', [16]],
    ['5 және 19-баптарда', [5, 19]],
    ['Конвенцияның 3-бабы', [3]],
  ])('%s cites %j', (text, numbers) => {
    expect(articleNumbersIn(text)).toEqual(numbers);
  });

  it('leaves figures that are not citations', () => {
    expect(articleNumbersIn('Children under 15 must not fight; 18 is the age of a child.')).toEqual([]);
    const left = withoutArticleReferences('Article 38 says children under 15 must not fight (see 16-бап).');
    expect(left.match(/\d+/g)).toEqual(['15']);
  });
});
