import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../src/safety/detect.js';

describe('assessSafety in Kazakh', () => {
  it.each([
    ['әкем мені ұрады', 'harmed'],
    // A child who sees their mother beaten is harmed too.
    ['әкем анамды ұрады', 'in_danger'],
    ['өгей әкем күнде ұрады', 'harmed'],
    ['шешем мені ұрып жатыр', 'harmed'],
    ['ағам маған қол көтереді', 'harmed'],
    ['сыныптастарым мені мазақтайды', 'harmed'],
    ['мені мектепте қорлайды', 'harmed'],
    ['ол маған тиісіп жүр', 'harmed'],
    ['таяқ жеп жүрмін', 'harmed'],
    ['мени урады', 'harmed'],
    ['meni akem urady', 'harmed'],
    ['ákem meni urady', 'harmed'],
    ['өлгім келеді', 'self_harm'],
    ['олгым келеди', 'self_harm'],
    ['olgim keledi', 'self_harm'],
    ['ólgim keledi', 'self_harm'],
    ['мен өмір сүргім келмейді', 'self_harm'],
    ['өзімді өлтіргім келеді', 'self_harm'],
    ['ozimdi oltirgim keledi', 'self_harm'],
    ['өзіме қол жұмсағым келеді', 'self_harm'],
    ['қолымды тілемін', 'self_harm'],
    ['өгей әкемнен қорқамын', 'in_danger'],
    ['үйге қайтуға қорқамын', 'in_danger'],
    ['qorqamyn', 'in_danger'],
    ['мені үйден қуып шықты', 'in_danger'],
    ['үйден қашқым келеді', 'running_away'],
    ['uiden qashqym keledi', 'running_away'],
    ['мен үйден қашып кеттім', 'running_away'],
  ])('"%s" is a disclosure (%s)', (text, reason) => {
    expect(assessSafety(text)).toMatchObject({ disclosure: true, reason });
  });

  it.each([
    'балаларға қатысты зорлық-зомбылық қаншалықты жиі кездеседі?',
    'балаларды ұру заңға қайшы ма',
    'отбасындағы зорлық-зомбылық статистикасы',
    'буллинг туралы айтып беріңізші',
    'маған зорлық туралы айтыңызшы',
    'балаларды жазалау дұрыс па',
    'ата-аналар балаларын ұрады ма',
    'суицид жасайтын жасөспірімдер саны қанша',
    'balalarga zorlyq kop pe',
  ])('"%s" is about violence, not a disclosure', (text) => {
    expect(assessSafety(text)).toEqual({ disclosure: false, sensitive: true });
  });

  it.each([
    'бала құқықтары туралы заң',
    'өлең жаттадым',
    'әкем футбол ойнағанда доп соқты',
    'анам маған телефон соқты',
    'жел соғып тұр',
    'мен емтиханнан қорқамын',
    'мен қорқынышты кино көрдім',
    'өлгім келмейді',
    'үйден мектепке кетемін',
    'нәресте өлімі азайды ма',
    'qazaqstanda balalar quqyqtary qandai',
    'әкем машина соқты',
    'әкем маған ұрсады',
  ])('"%s" is neither', (text) => {
    expect(assessSafety(text)).toEqual({ disclosure: false, sensitive: false });
  });
});
