/**
 * Lenient name comparison for scoring attribution. A pipeline that finds the
 * right person but writes "Zelensky" for "Zelenskyy", "Peskov" for "Dmitry
 * Peskov" or "President Vladimir Putin" for "Vladimir Putin" has attributed
 * correctly; one that names a different person has not.
 */

/** Words that precede a name without being part of it. */
const TITLE_WORDS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "professor",
  "sir",
  "dame",
  "lord",
  "lady",
  "gov",
  "governor",
  "sen",
  "senator",
  "rep",
  "cllr",
  "councillor",
  "councilman",
  "councilwoman",
  "mayor",
  "president",
  "premier",
  "minister",
  "chancellor",
  "secretary",
  "general",
  "chief",
  "justice",
  "judge",
  "chairwoman",
  "chairman",
  "chair",
]);

/** Lower-case, accents and punctuation removed, possessive dropped. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .replace(/ı/g, "i")
    .replace(/['’]s\b/g, "")
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function nameTokens(name: string): string[] {
  return foldName(name)
    .split(" ")
    .filter((token) => token.length > 0 && !TITLE_WORDS.has(token) && token !== "the");
}

/** Consonant outline that survives common transliteration differences:
 * Sergei/Sergey, Mohammed/Muhammad, Mueller/Muller, Zakharova/Zajarova. */
function skeleton(token: string): string {
  const respelled = token
    .replace(/kh/g, "j")
    .replace(/ue/g, "u")
    .replace(/oe/g, "o")
    .replace(/ae/g, "a")
    .replace(/ph/g, "f");
  const head = respelled.slice(0, 1);
  const tail = respelled.slice(1).replace(/[aeiouy]/g, "");
  return (head + tail).replace(/(.)\1+/g, "$1");
}

function isSameToken(a: string, b: string): boolean {
  return a === b || skeleton(a) === skeleton(b);
}

/** First names are compatible when one is an initial or a short form of the
 * other, or a variant spelling of it. */
function isCompatibleGivenName(a: string, b: string): boolean {
  if (isSameToken(a, b)) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === 1) return longer.startsWith(shorter);
  return shorter.length >= 3 && longer.startsWith(shorter);
}

/** Same person: same surname (or a variant of it), and given names that do
 * not contradict each other. A missing given name is fine. */
export function isSamePersonName(predicted: string, gold: string): boolean {
  const predictedTokens = nameTokens(predicted);
  const goldTokens = nameTokens(gold);
  const predictedLast = predictedTokens.at(-1);
  const goldLast = goldTokens.at(-1);
  if (predictedLast === undefined || goldLast === undefined) return false;
  if (!isSameToken(predictedLast, goldLast)) return false;
  const predictedGiven = predictedTokens.slice(0, -1);
  const goldGiven = goldTokens.slice(0, -1);
  if (predictedGiven.length === 0 || goldGiven.length === 0) return true;
  return predictedGiven.some((a) => goldGiven.some((b) => isCompatibleGivenName(a, b)));
}

const ORGANIZATION_FILLER_WORDS = new Set(["the", "of", "for", "and", "in", "at"]);

function organizationKey(name: string): string {
  return foldName(name).replace(/^the /, "");
}

function contentWordCount(key: string): number {
  return key.split(" ").filter((word) => !ORGANIZATION_FILLER_WORDS.has(word)).length;
}

/** Same organization: equal after folding; or the predicted name is the gold
 * name with extra words ("a Department of Health spokesperson"); or it is a
 * run of at least two content words of the gold name ("Office of Housing" for
 * "Executive Office of Housing"), like a person named without a first name.
 * One-word forms such as "the bank" count only as aliases in the gold file. */
export function isSameOrganizationName(predicted: string, gold: string): boolean {
  const predictedKey = organizationKey(predicted);
  const goldKey = organizationKey(gold);
  if (predictedKey.length === 0 || goldKey.length === 0) return false;
  if (predictedKey === goldKey || ` ${predictedKey} `.includes(` ${goldKey} `)) return true;
  return contentWordCount(predictedKey) >= 2 && ` ${goldKey} `.includes(` ${predictedKey} `);
}
