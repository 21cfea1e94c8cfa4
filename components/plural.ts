/** "1 statement", "3 statements": English plurals for the nouns the app counts. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? noun : pluralNoun}`;
}
