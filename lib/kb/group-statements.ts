import type { StatementHit } from "./search-statements";

export type StatementGroup = {
  key: string;
  kind: "claim" | "article" | "speaker" | "none";
  title: string;
  href: string | null;
  statements: StatementHit[];
};

/** Groups a page of statements under their claims (a statement making two
 * claims appears under both), their articles or their speakers, keeping the
 * order in which each group first appears. */
export function groupStatements(statements: StatementHit[], by: "claim" | "article" | "speaker"): StatementGroup[] {
  const groups = new Map<string, StatementGroup>();
  const add = (key: string, make: () => Omit<StatementGroup, "statements">, statement: StatementHit) => {
    const group = groups.get(key) ?? { ...make(), statements: [] };
    group.statements.push(statement);
    groups.set(key, group);
  };
  for (const statement of statements) {
    if (by === "article") {
      const { article } = statement;
      add(
        `article:${article.id}`,
        () => ({ key: article.id, kind: "article", title: article.title, href: `/articles/${article.id}` }),
        statement,
      );
    } else if (by === "speaker") {
      const { speaker } = statement;
      if (speaker)
        add(
          `speaker:${speaker.slug}`,
          () => ({ key: speaker.slug, kind: "speaker", title: speaker.name, href: `/speakers/${speaker.slug}` }),
          statement,
        );
      else add("none", () => ({ key: "none", kind: "none", title: "Unattributed", href: null }), statement);
    } else if (statement.claims.length === 0) {
      add(
        "none",
        () => ({ key: "none", kind: "none", title: "Statements not linked to a claim", href: null }),
        statement,
      );
    } else {
      for (const claim of statement.claims) {
        add(
          `claim:${claim.id}`,
          () => ({ key: claim.id, kind: "claim", title: claim.text, href: `/claims/${claim.id}` }),
          statement,
        );
      }
    }
  }
  // The catch-all group reads best last.
  return [...groups.values()].sort((left, right) => Number(left.kind === "none") - Number(right.kind === "none"));
}
