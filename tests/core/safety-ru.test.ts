import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../src/safety/detect.js';
import { shippedCore } from '../helpers.js';

describe('assessSafety in Russian', () => {
  it.each([
    ['отчим бьет меня', 'harmed'],
    // A child who sees their mother beaten is harmed too.
    ['папа бьет маму', 'harmed'],
    ['меня бьют дома каждый день', 'harmed'],
    ['ОТЧИМ БЬЁТ МЕНЯ!!!', 'harmed'],
    ['папа меня избил вчера', 'harmed'],
    ['мама лупит меня ремнем', 'harmed'],
    ['брат постоянно обижает меня', 'harmed'],
    ['меня травят одноклассники уже год', 'harmed'],
    ['в школе надо мной издеваются', 'harmed'],
    ['ко мне пристает сосед', 'harmed'],
    ['учитель меня трогал', 'harmed'],
    ['он угрожает что побьет меня', 'harmed'],
    ['я жертва буллинга', 'harmed'],
    ['мой отчим бьет', 'harmed'],
    ['меня избевают', 'harmed'],
    ['папа бъет меня', 'harmed'],
    ['menya b’yut doma', 'harmed'],
    ['не хочу больше жить', 'self_harm'],
    ['жить не хочется', 'self_harm'],
    ['я хачу умиреть', 'self_harm'],
    ['хочу покончить с собой', 'self_harm'],
    ['я режу руки', 'self_harm'],
    ['у меня мысли о суициде', 'self_harm'],
    ['лучше бы меня не было', 'self_harm'],
    ['мне страшно идти домой', 'in_danger'],
    ['я боюсь своего отчима', 'in_danger'],
    ['мне очень страшно', 'in_danger'],
    ['меня выгнали из дома', 'in_danger'],
    ['я в опасности', 'in_danger'],
    ['хочу сбежать из дома', 'running_away'],
    ['я вчера ушла из дома', 'running_away'],
  ])('"%s" is a disclosure (%s)', (text, reason) => {
    expect(assessSafety(text)).toMatchObject({ disclosure: true, reason });
  });

  it.each([
    'как часто детей бьют дома?',
    'сколько детей подвергаются насилию',
    'что говорит закон о физическом наказании',
    'можно ли бить детей по закону',
    'куда сообщить о насилии над ребенком',
    'что делать если ребенка травят в школе',
    'меня интересует, сколько детей бьют',
    'расскажи мне про насилие в семье',
    'у нас в стране бьют детей?',
    'мой сын жалуется, что его обижают',
    'меня никто не бьет',
    'почему подростки совершают самоубийство',
  ])('"%s" is about violence, not a disclosure', (text) => {
    expect(assessSafety(text)).toEqual({ disclosure: false, sensitive: true });
  });

  it.each([
    'папа бьёт рекорды',
    'мяч ударил в ворота',
    'часы бьют полночь',
    'эта история меня трогает',
    'мама меня убьет, если узнает про двойку',
    'я боюсь темноты',
    'мне не страшно',
    'я уйду домой пораньше',
    'не хочу жить в деревне',
    'меня избирают старостой',
    'ударение в слове',
    'смертность детей до года',
    'брат ударился головой',
    'меня убивает эта жара',
    'мама трогает мне лоб',
  ])('"%s" is neither', (text) => {
    expect(assessSafety(text)).toEqual({ disclosure: false, sensitive: false });
  });

  it('gives the safeguarding reply, in Russian, to a Russian disclosure', () => {
    const reply = shippedCore().reply('отчим бьет меня, что делать', 'ru');
    expect(reply.kind).toBe('safeguarding');
    expect(reply.lang).toBe('ru');
    expect(reply.text).toMatch(/[а-я]/);
  });

  it('answers a Russian question about violence instead of routing it to safeguarding', () => {
    expect(shippedCore().reply('как часто детей бьют дома?', 'ru').kind).not.toBe('safeguarding');
  });
});
