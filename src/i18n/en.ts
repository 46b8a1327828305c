/** Every message the bot writes outside the fact base, in English. Other languages mirror this shape. */
export const en = {
  greeting:
    "Hi! I'm Bala. I answer questions about children's rights in Kazakhstan. Ask me anything, for example: How many children live in Kazakhstan?",
  help: 'Ask me a question in your own words, for example "Do all children go to school?". Commands: /fact a random fact, /today the fact of the day, /helplines phone numbers for help, /about where my facts come from.',
  noMatch: "I don't know that yet. I only know facts about children's rights in Kazakhstan.",
  suggestionsIntro: 'You could ask:',
  emptyInput: 'Please write your question in words, for example: How many children live in Kazakhstan?',
  tooLong: 'That message is very long. Please ask one short question at a time.',
  safeguardingIntro:
    "Thank you for telling me. What is happening is not your fault, and you don't have to deal with it alone. Please talk to someone who can help right now:",
  safeguardingSelfHarm:
    "I'm really glad you told me. You matter, and what you feel can get better with help. Please talk to someone now:",
  safeguardingDanger: 'If you are in danger right now, call 112.',
  safeguardingTrusted:
    'You can also tell an adult you trust, like a teacher, a relative or a school psychologist.',
  safeguardingGroup:
    "If you or someone you know needs help, it's free and confidential. Tap the button to see who you can talk to.",
  helplinesTitle: 'Who you can call',
  helplinesIntro: 'These lines are free and work day and night:',
  footnote: 'If this is happening to you or someone you know, call 150 (free, any time).',
  about:
    'Bala answers questions about children\'s rights in Kazakhstan. Its facts are written by the Bala team from UNICEF Kazakhstan\'s Situation Analysis of children (as summarised in the article "Change for every child in Kazakhstan") and each answer names its source. Bala keeps no names and no messages: only the chat id of a chat that subscribes to daily facts.',
  sourceLabel: 'Source',
  paragraph: 'paragraph',
  paragraphs: 'paragraphs',
  factTitle: 'Did you know?',
  dailyTitle: 'Fact of the day',
  confirmedOn: 'checked',
  open24: 'any time, day and night',
  anotherFact: 'Another fact',
  showSource: 'Source',
  helplinesButton: 'Who can help',
  tooManyQuestions: "You're asking very fast! Please wait a minute and try again.",
  somethingWrong: 'Sorry, something went wrong on my side. Please try again in a moment.',
  subscriptionsSoon: 'Daily facts are not available yet. They are coming soon.',
  adminsOnly: 'Only the admins of this chat can change its daily facts.',
  askUsage: 'Write your question after the command, for example: /ask Do all children go to school?',
};

export type Messages = { [K in keyof typeof en]: string };
