import type { ReactNode } from "react";
import type { QuoteKind } from "@/lib/extract/types";

export const QUOTE_KIND_LABELS: Record<QuoteKind, string> = {
  direct: "Direct quote",
  indirect: "Reported speech",
  mixed: "Partly quoted",
};

export function QuoteKindBadge({ kind }: { kind: QuoteKind }) {
  return (
    <span className="inline-block rounded border border-stone-300 px-1.5 py-0.5 text-xs font-medium text-stone-700">
      {QUOTE_KIND_LABELS[kind]}
    </span>
  );
}

/** Direct quotes are the speaker's own words and read with quotation marks;
 * reported speech is the article's paraphrase and must not look quoted. */
export function QuoteMarks({ kind, children }: { kind: QuoteKind; children: ReactNode }) {
  if (kind !== "direct") return <>{children}</>;
  return (
    <>
      <span aria-hidden="true">“</span>
      {children}
      <span aria-hidden="true">”</span>
    </>
  );
}
