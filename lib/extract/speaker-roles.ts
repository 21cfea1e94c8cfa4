import { createEmptyLexicon, findEntityMentions } from "./topics";
import { memoizeByString } from "./memoize";
import { STOP_WORDS, stem } from "./stem";

/**
 * Whether two roles given to a name describe one person. Roles tied to
 * different countries ("Polish foreign minister" / "Russian foreign minister")
 * conflict; roles sharing a country or an office agree.
 */
export type RoleAgreement = "agree" | "conflict" | "unknown";

type RoleFacts = { countries: Set<string>; organizations: Set<string>; offices: Set<string> };

const GAZETTEER_ONLY = createEmptyLexicon();
const WORD = /[\p{L}]+/gu;
// Words that say nothing about which office: "former", "top", "senior".
const VAGUE_WORDS = new Set([
  "former",
  "top",
  "senior",
  "high",
  "ranking",
  "official",
  "current",
  "new",
  "close",
  "confidant",
  "known",
]);
const SPOKES_FORMS = /^spokes(?:person|man|woman)$/;

/** What a role says; shared between callers, so read-only. */
const factsOf = memoizeByString(readFacts);

function readFacts(role: string): RoleFacts {
  const countries = new Set<string>();
  const organizations = new Set<string>();
  let remainder = role;
  for (const mention of findEntityMentions(role, GAZETTEER_ONLY)) {
    (mention.kind === "country" ? countries : organizations).add(mention.key);
    remainder = remainder.replace(mention.surface, " ");
  }
  const offices = new Set<string>();
  for (const word of remainder.toLowerCase().match(WORD) ?? []) {
    if (STOP_WORDS.has(word) || VAGUE_WORDS.has(word)) continue;
    offices.add(SPOKES_FORMS.test(word) ? "spokesperson" : stem(word));
  }
  return { countries, organizations, offices };
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}

export function compareRoles(a: string | null, b: string | null): RoleAgreement {
  if (!a || !b) return "unknown";
  const factsA = factsOf(a);
  const factsB = factsOf(b);
  if (factsA.countries.size && factsB.countries.size && !intersects(factsA.countries, factsB.countries))
    return "conflict";
  if (intersects(factsA.countries, factsB.countries) || intersects(factsA.organizations, factsB.organizations))
    return "agree";
  if (factsA.organizations.size && factsB.organizations.size) return "conflict";
  let sharedOffices = 0;
  for (const office of factsA.offices) if (factsB.offices.has(office)) sharedOffices++;
  return sharedOffices >= 1 ? "agree" : "unknown";
}
