import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../src/safety/detect.js';

// Disclosures children make without the words for harm: threats to keep a secret, photos demanded or
// threatened, being locked in or left without food, a high place or a last letter, an overdose, a sibling
// beaten, a forced marriage. Each next to a question on the same subject that must stay a question.
describe('disclosures told without harm words', () => {
  it.each([
    ['he said if i tell anyone he will kill my mum', 'in_danger'],
    ['a man online wants me to send photos and says he will show everyone', 'in_danger'],
    ['they lock me in the basement when i cry', 'in_danger'],
    ['my dad threw me out and locked the door', 'in_danger'],
    ['we have no food at home for two days', 'in_danger'],
    ['they want me to marry a man i dont know', 'in_danger'],
    ['my brother is being beaten by our stepdad', 'harmed'],
    ['my friend just took a lot of pills', 'self_harm'],
    ['i think about jumping off the roof', 'self_harm'],
    ['writing a goodbye letter to my family', 'self_harm'],
    ['nobody would even notice if i disappeared', 'self_harm'],
    ['он сказал если я кому-то расскажу он убьет маму', 'harmed'],
    ['мужик из интернета требует чтобы я скинула фотки, иначе покажет всем', 'harmed'],
    ['мама закрывает меня в комнате на весь день', 'harmed'],
    ['родители уехали и оставили нас одних без еды', 'in_danger'],
    ['меня хотят выдать замуж', 'in_danger'],
    ['парень сестры бьет ее', 'harmed'],
    ['подруга выпила много таблеток', 'self_harm'],
    ['я стою на мосту', 'self_harm'],
    ['пишу прощальное письмо семье', 'self_harm'],
    ['никто не заметит если меня не станет', 'self_harm'],
    ['тренер говорит что это наш секрет и родителям знать не надо', 'harmed'],
    ['он пишет что сольёт мои фотки в чат школы если не пришлю видео', 'harmed'],
    ['меня закрыли дома на ключ и уехали, еды нет', 'in_danger'],
    ['мама сказала говорить что я упал', 'harmed'],
    ['опять резалась сегодня', 'self_harm'],
    ['накопила таблетки', 'self_harm'],
    ['біреуге айтсаң мамаңды өлтіремін деді', 'in_danger'],
    ['суретіңді жібер, жібермесең бәріне көрсетемін дейді', 'harmed'],
    ['жертөлеге қамап қояды', 'harmed'],
    ['інімді ұрып жатыр', 'in_danger'],
    ['өзіме зиян келтіргім келеді', 'self_harm'],
    ['көпірдің үстінде тұрмын', 'self_harm'],
  ])('"%s" is a disclosure (%s)', (text, reason) => {
    expect(assessSafety(text)).toMatchObject({ disclosure: true, reason });
  });

  it.each([
    'how to jump off a diving board',
    'what to do in case of overdose',
    'how many children have no food in kazakhstan',
    'what should a teacher do if a child says not to tell',
    'i want to write a goodbye letter to my teacher who is leaving',
    'how do i send photos on whatsapp',
    'what is our secret to happiness',
    'how do I push my brother to study more',
    'со скольки лет можно выдать замуж девушку',
    'как отправить фото в телеграме',
    'у нас дома нет еды для кота, что купить',
    'никто не заметит если я опоздаю?',
    'прощальное письмо учителю на выпускной',
    'мы с друзьями убежали с урока',
    'почему дети никому не говорят о насилии',
    'мама гладит меня по голове',
    'как скрыть порезы от бумаги',
    'бить себя в грудь значение',
    'это наш секрет успеха',
    'мама меня убьёт когда увидит дневник хахах',
    'в майнкрафте друг запер меня в клетке',
    'сколько детей страдают от насилия',
    'көпірде досымды күтіп тұрмын',
    'қоштасу хатын қалай жазады, мұғалім басқа мектепке кетеді',
  ])('"%s" is not a disclosure', (text) => {
    expect(assessSafety(text).disclosure).toBe(false);
  });
});
