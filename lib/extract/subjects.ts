import type { ExtractedTopic } from "./types";
import { stem } from "./stem";
import { stemmedWords, type StemmedWords } from "./stemmed-words";

/**
 * General news subjects recognised by cue words. A cue marked "~" is weak
 * (half a vote: "team" or "border" alone do not make a text about sport or
 * migration); a subject needs one full vote.
 */
const SUBJECT_CUES: { key: string; name: string; cues: string }[] = [
  {
    key: "war",
    name: "War and military",
    cues: "war wars military troops army soldiers weapons missiles missile drones invasion offensive ceasefire cease-fire airstrike airstrikes shelling artillery combat battlefield mercenaries ~conflict ~defense ~strikes ~forces ~attack ~attacks ~frontline",
  },
  {
    key: "diplomacy",
    name: "Diplomacy",
    cues: "diplomacy diplomatic diplomats ambassador embassy summit negotiations treaty sanctions ~talks ~peace ~envoy ~allies",
  },
  {
    key: "economy",
    name: "Economy",
    cues: "economy economic inflation recession gdp unemployment interest-rates monetary fiscal deficit ~growth ~prices ~budget ~debt ~markets ~jobs ~wages ~taxes",
  },
  {
    key: "elections",
    name: "Elections",
    cues: "election elections electoral voters ballot ballots referendum polling ~vote ~votes ~campaign ~candidate ~candidates",
  },
  {
    key: "justice",
    name: "Courts and justice",
    cues: "court courts judge judges trial verdict lawsuit prosecutors prosecutor indictment acquitted convicted jury appeal ~ruling ~law ~charges ~guilty ~sentence",
  },
  {
    key: "health",
    name: "Health",
    cues: "health hospital hospitals disease vaccine vaccines virus pandemic epidemic patients doctors nurses cancer outbreak medicines ~drug ~drugs ~care",
  },
  {
    key: "climate-energy",
    name: "Climate and energy",
    cues: "climate emissions carbon renewable renewables warming fossil energy electricity ~oil ~gas ~coal ~solar ~wind",
  },
  {
    key: "sport",
    name: "Sport",
    cues: "match football soccer tennis championship tournament olympics olympic league coach striker goalkeeper midfielder ~season ~team ~players ~goal ~goals ~win ~final",
  },
  {
    key: "trade",
    name: "Trade",
    cues: "trade tariffs tariff exports imports exporters importers ~supply-chains ~customs",
  },
  {
    key: "migration",
    name: "Migration",
    cues: "migrants migration immigration immigrants refugees asylum deportation deportations ~border ~borders",
  },
  {
    key: "technology",
    name: "Technology",
    cues: "technology software semiconductors chips artificial-intelligence ai cyber cyberattack internet smartphone algorithms ~data ~platform",
  },
];

type CueVote = { subject: number; weight: number };

const SUBJECT_TOPICS: ExtractedTopic[] = SUBJECT_CUES.map(({ key, name }) => ({
  key,
  name,
  kind: "subject",
  aliases: [],
}));
/** Stemmed cue (one word, or two joined by a space) → the subjects it votes for. */
const CUE_VOTES = new Map<string, CueVote[]>();
/** First words of two-word cues, so bigrams are only built where one may start. */
const BIGRAM_STARTS = new Set<string>();

SUBJECT_CUES.forEach(({ cues }, subject) => {
  for (const cue of cues.split(" ")) {
    const isWeak = cue.startsWith("~");
    const words = cue.replace("~", "").split("-").map(stem);
    if (words.length > 1) BIGRAM_STARTS.add(words[0] ?? "");
    const key = words.join(" ");
    CUE_VOTES.set(key, [...(CUE_VOTES.get(key) ?? []), { subject, weight: isWeak ? 0.5 : 1 }]);
  }
});

type Cue = { key: string; isBigram: boolean; votes: CueVote[] };

/** The cue a text's word starts: a two-word cue ("interest rates") if the words
 * before `end` hold it, else the word's own, else none. */
function cueAt(stems: string[], index: number, end: number): Cue | null {
  const unigram = stems[index] ?? "";
  if (index + 1 < end && BIGRAM_STARTS.has(unigram)) {
    const bigram = `${unigram} ${stems[index + 1] ?? ""}`;
    const votes = CUE_VOTES.get(bigram);
    if (votes) return { key: bigram, isBigram: true, votes };
  }
  const votes = CUE_VOTES.get(unigram);
  return votes ? { key: unigram, isBigram: false, votes } : null;
}

/** The cue at every word of a text read before, kept: a body is read whole and
 * again in passages (each quote), which take its cues instead of looking them up. */
const cuesOfWords = new WeakMap<StemmedWords, (Cue | null)[]>();

function cuesOf(words: StemmedWords): (Cue | null)[] {
  let cues = cuesOfWords.get(words);
  if (!cues) {
    const { stems } = words;
    cues = stems.map((_, index) => cueAt(stems, index, stems.length));
    cuesOfWords.set(words, cues);
  }
  return cues;
}

/** The subjects of a text, or of the words [first, last) of one already read. */
export function detectSubjects(text: string | StemmedWords, first = 0, last?: number): ExtractedTopic[] {
  const words = typeof text === "string" ? stemmedWords(text) : text;
  const { surfaces, stems } = words;
  const end = last ?? stems.length;
  const cues = typeof text === "string" ? null : cuesOf(words);
  const votes = new Map<number, { total: number; cues: Set<string>; aliases: string[] }>();
  for (let index = first; index < end; index++) {
    const known = cues ? (cues[index] ?? null) : cueAt(stems, index, end);
    // A two-word cue the passage holds only the first word of is not its cue.
    const cue = known?.isBigram && index + 1 >= end ? cueAt(stems, index, end) : known;
    if (!cue) continue;
    for (const { subject, weight } of cue.votes) {
      const tally = votes.get(subject) ?? { total: 0, cues: new Set<string>(), aliases: [] };
      votes.set(subject, tally);
      if (tally.cues.has(cue.key)) continue;
      tally.cues.add(cue.key);
      tally.total += weight;
      tally.aliases.push(cue.isBigram ? `${surfaces[index]} ${surfaces[index + 1]}` : (surfaces[index] ?? ""));
    }
  }
  const found: ExtractedTopic[] = [];
  SUBJECT_TOPICS.forEach((topic, subject) => {
    const tally = votes.get(subject);
    if (tally && tally.total >= 1) found.push({ ...topic, aliases: tally.aliases });
  });
  return found;
}
