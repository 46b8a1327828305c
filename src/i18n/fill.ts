/**
 * Puts values into a catalogue message's `{name}` slots. An unknown slot stays visible rather than
 * vanishing, so a translator's typo shows up in review instead of silently dropping a word.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}
