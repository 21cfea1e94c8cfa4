/**
 * Verbs news English uses to report speech, in every inflected form, with the
 * shapes their content takes. A frame says what may follow the verb:
 *   clause    "said (that) …", "argued …"
 *   hearer    a person spoken to, then a clause: "told reporters (that) …"
 *   of        "accused X of …", "warned of …"
 *   as        "described X as …", "portrayed X as …"
 *   to        "urged X to …", "vowed to …"
 *   for       "called for …"
 *   against   "warned against …"
 *   object    a noun phrase that is the content: "denied the report"
 *   direct    only introduces or follows a quotation ("he continued", "she grinned")
 */

export type VerbFrame = "clause" | "hearer" | "of" | "as" | "to" | "for" | "against" | "object" | "direct";
export type VerbForm = "base" | "third" | "past" | "ing";

export type ReportingVerb = {
  lemma: string;
  form: VerbForm;
  frames: ReadonlySet<VerbFrame>;
  /** Unambiguously about speech; weaker verbs need a clause marker to count. */
  isStrong: boolean;
  /** A word that must follow for the verb to report speech ("point out"). */
  particle: string | null;
};

// lemma[+particle]:frames[:strong]; irregular or doubled forms given as
// lemma/third/past/ing; a second line for a lemma adds spelling variants.
const LEXICON = `
say:clause:strong
tell/tells/told/telling:hearer,clause:strong
add:clause,direct:strong
state:clause,object:strong
declare:clause:strong
argue:clause,against,for:strong
warn:clause,of,hearer,to,against:strong
insist:clause:strong
note:clause,object:strong
emphasize:clause,object:strong
emphasise:clause,object:strong
stress:clause,object:strong
claim:clause,object:strong
accuse:of:strong
describe:as
portray:as
characterize:as
characterise:as
criticize:as,object:strong
criticise:as,object:strong
list:object
express:object
read:direct
fume:clause,direct:strong
blast:object,direct:strong
rage:clause,direct:strong
vent:direct
plead:clause,direct:strong
beg/begs/begged/begging:direct
snap/snaps/snapped/snapping:direct:strong
gush:direct
rave:direct
confess:clause,direct:strong
protest:clause,direct:strong
grumble:clause,direct
moan:clause,direct
scoff:direct
sigh:direct
muse:clause,direct
reflect:clause,direct
call:as,for,to
label:as
label/labels/labelled/labelling:as
brand:as
dismiss:as,object
ask/asks/asked/asking:hearer,clause,to:strong
reply:clause,direct:strong
respond:clause,direct
answer:clause,direct
announce:clause,object:strong
explain:clause:strong
admit/admits/admitted/admitting:clause,object:strong
acknowledge:clause,object:strong
concede:clause:strong
deny:clause,object:strong
reiterate:clause,object:strong
highlight:clause,object:strong
underscore:clause,object
underline:clause,object
suggest:clause:strong
urge:to,hearer,object:strong
regret/regrets/regretted/regretting:clause,object:strong
write/writes/wrote/writing:clause,direct
tweet:clause,direct:strong
post:direct
continue:direct
conclude:clause,direct
predict:clause,object:strong
confirm:clause,object:strong
recall:clause,direct
point+out:clause
point+to:as,object
assert:clause:strong
contend:clause:strong
maintain:clause
allege:clause:strong
complain:clause:strong
observe:clause
remark:clause,direct:strong
comment:clause,direct:strong
reveal:clause,object
disclose:clause,object
report:clause
indicate:clause
signal:clause
vow:to,clause:strong
pledge:to,clause:strong
promise:to,clause,hearer
threaten/threatens/threatened/threatening:to:strong
assure:hearer:strong
inform:hearer:strong
remind:hearer:strong
caution:clause,hearer,against:strong
lament:clause,object:strong
boast:clause:strong
joke:clause,direct
quip/quips/quipped/quipping:clause,direct:strong
shout:clause,direct
exclaim:clause,direct:strong
demand:clause,object,to
propose:clause,object
recommend:clause
estimate:clause
rule:clause
find/finds/found/finding:clause
forecast/forecasts/forecast/forecasting:clause
agree:clause
repeat:clause,object
testify/testifies/testified/testifying:clause:strong
mention:clause
counter:clause,direct:strong
retort:clause,direct:strong
charge:clause
reject:object:strong
question:object:strong
slam/slams/slammed/slamming:object:strong
whisper:clause,direct
mutter:clause,direct
yell:clause,direct
laugh:direct
smile:direct
chuckle:direct
beam:direct
grin/grins/grinned/grinning:direct
shrug/shrugs/shrugged/shrugging:direct
cry/cries/cried/crying:direct
`;

const DOUBLE_FINAL = /[^aeiou][aeiou][bdgmnprt]$/;

function regularForms(lemma: string): [string, string, string] {
  let third = `${lemma}s`;
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) third = `${lemma}es`;
  else if (/[^aeiou]y$/.test(lemma)) third = `${lemma.slice(0, -1)}ies`;
  let stem = lemma;
  if (/e$/.test(lemma)) stem = lemma.slice(0, -1);
  else if (/[^aeiou]y$/.test(lemma)) stem = `${lemma.slice(0, -1)}i`;
  const past = `${stem}ed`;
  const ing = /ee$/.test(lemma)
    ? `${lemma}ing`
    : /ie$/.test(lemma)
      ? `${lemma.slice(0, -2)}ying`
      : /[^aeiou]y$/.test(lemma)
        ? `${lemma}ing`
        : `${lemma.replace(/e$/, "")}ing`;
  // Only one-syllable verbs double here; longer ones are spelled out above.
  if (lemma.length <= 4 && DOUBLE_FINAL.test(lemma)) {
    const last = lemma[lemma.length - 1] ?? "";
    return [third, `${lemma}${last}ed`, `${lemma}${last}ing`];
  }
  return [third, past, ing];
}

function buildLexicon(): Map<string, ReportingVerb[]> {
  const byForm = new Map<string, ReportingVerb[]>();
  for (const line of LEXICON.trim().split("\n")) {
    const [head = "", frameList = "", strength] = line.split(":");
    const [forms = "", particle = null] = head.split("+");
    const parts = forms.split("/");
    const lemma = parts[0] ?? "";
    const [third, past, ing] = parts.length === 4 ? (parts.slice(1) as [string, string, string]) : regularForms(lemma);
    const frames = new Set(frameList.split(",") as VerbFrame[]);
    const surfaces: [string, VerbForm][] = [
      [lemma, "base"],
      [third, "third"],
      [past, "past"],
      [ing, "ing"],
    ];
    for (const [surface, form] of surfaces) {
      const entries = byForm.get(surface) ?? [];
      // A second line for a lemma only adds spellings, unless it has its own particle.
      if (entries.some((e) => e.lemma === lemma && e.particle === particle)) continue;
      byForm.set(surface, [...entries, { lemma, form, frames, isStrong: strength === "strong", particle }]);
    }
  }
  // "says" and "said" are irregular in spelling only.
  const say = byForm.get("say")?.[0];
  if (say) {
    byForm.set("says", [{ ...say, form: "third" }]);
    byForm.set("said", [{ ...say, form: "past" }]);
  }
  return byForm;
}

/** A form's readings: the first without a particle, and the first for each particle. */
type FormReadings = { plain: ReportingVerb | undefined; byParticle: Map<string, ReportingVerb> };

// Asked about nearly every token, so each form's answer is laid out in advance.
const VERBS = new Map<string, FormReadings>(
  [...buildLexicon()].map(([form, entries]) => {
    const byParticle = new Map<string, ReportingVerb>();
    for (const entry of entries)
      if (entry.particle !== null && !byParticle.has(entry.particle)) byParticle.set(entry.particle, entry);
    return [form, { plain: entries.find((entry) => entry.particle === null), byParticle }];
  }),
);

/** The reporting verb a word is, given the word after it (for particles). */
export function reportingVerb(lowerWord: string, nextWord?: string): ReportingVerb | undefined {
  const readings = VERBS.get(lowerWord);
  if (!readings) return undefined;
  return (nextWord === undefined ? undefined : readings.byParticle.get(nextWord)) ?? readings.plain;
}
