import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { stemKazakh, stemRussian } from '../../src/text/cyrillic-stem.js';
import { latinKazakhToCyrillic } from '../../src/text/kazakh.js';
import { contentTerms, normalize } from '../../src/text/normalize.js';

describe('Kazakh letters', () => {
  it("are not folded by fuse.js's own ignoreDiacritics, which is why normalize folds them", () => {
    const exact = { includeScore: true, threshold: 0, ignoreDiacritics: true };
    // The option works for letters Unicode decomposes...
    expect(new Fuse(['école'], exact).search('ecole')).toHaveLength(1);
    // ...but Kazakh letters have no decomposition, so a Russian keyboard's spelling never matches.
    expect(new Fuse(['қазақстан'], exact).search('казакстан')).toHaveLength(0);
    expect(new Fuse(['өмір'], exact).search('омир')).toHaveLength(0);
    expect(normalize('Қазақстан')).toBe(normalize('казакстан'));
    expect(normalize('Өмір')).toBe(normalize('омир'));
  });

  it('folds every Kazakh-only letter onto the letter typed in its place', () => {
    expect(normalize('ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І')).toBe('а г к н о у у х и а г к н о у у х и');
  });

  it('reads Kazakh in Latin letters, with or without the 2018/2021 accents', () => {
    expect(latinKazakhToCyrillic(normalize('Qazaqstanda'))).toBe(normalize('Қазақстанда'));
    expect(latinKazakhToCyrillic(normalize('balalardyń'))).toBe(normalize('балалардың'));
    expect(latinKazakhToCyrillic('shash')).toBe('шаш');
    expect(contentTerms('Qazaqstanda qansha bala bar?', 'kk')).toEqual(
      contentTerms('Қазақстанда қанша бала бар?', 'kk'),
    );
  });
});

describe('Cyrillic stems', () => {
  const same = (stemmer: (w: string) => string, ...forms: string[]) =>
    new Set(forms.map((f) => stemmer(normalize(f)))).size;

  it('let Russian inflections meet', () => {
    expect(same(stemRussian, 'дети', 'детей', 'детям', 'детьми')).toBe(1);
    expect(same(stemRussian, 'школа', 'школе', 'школу', 'школы')).toBe(1);
    expect(same(stemRussian, 'насилие', 'насилия', 'насилию')).toBe(1);
  });

  it('let stacked Kazakh endings meet', () => {
    expect(same(stemKazakh, 'бала', 'балалар', 'балаларға', 'балалардың', 'балаларының')).toBe(1);
    expect(same(stemKazakh, 'құқық', 'құқығы', 'құқығына', 'құқықтары')).toBe(1);
    expect(same(stemKazakh, 'мектеп', 'мектепке', 'мектепте', 'мектептен')).toBe(1);
  });

  it('leave short words and other scripts alone', () => {
    expect(stemRussian('мир')).toBe('мир');
    expect(stemKazakh('ана')).toBe('ана');
    expect(contentTerms('children 1994')).toEqual(['child', '1994']);
  });
});
