import Link from "next/link";
import type { StatementGroup } from "@/lib/kb/group-statements";
import { StatementCard } from "./statement-card";

/** Statements under group headings (a claim, an article or a speaker). */
export function StatementGroups({ groups, showSpeaker }: { groups: StatementGroup[]; showSpeaker: boolean }) {
  return (
    <div className="space-y-8">
      {groups.map((group) => (
        <section key={`${group.kind}-${group.key}`} aria-label={group.title}>
          <h3 className="text-lg font-semibold">
            {group.kind === "claim" && <span className="text-sm font-normal text-stone-600">Claim: </span>}
            {group.kind === "article" && <span className="text-sm font-normal text-stone-600">Article: </span>}
            {group.href ? (
              <Link href={group.href} className="text-indigo-800 hover:underline">
                {group.title}
              </Link>
            ) : (
              group.title
            )}
            <span className="ml-2 text-sm font-normal text-stone-600">({group.statements.length})</span>
          </h3>
          <ol className="mt-3 space-y-3">
            {group.statements.map((statement) => (
              <li key={statement.id}>
                <StatementCard statement={statement} showSpeaker={showSpeaker} headingLevel={4} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
