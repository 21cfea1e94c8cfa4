import type { TextPassage as Passage } from "@/lib/kb/text-passage";
import { HighlightedText } from "./highlighted-text";

/** The paragraph a statement came from, the statement marked. */
export function TextPassage({ passage }: { passage: Passage }) {
  return (
    <p className="font-serif leading-relaxed text-stone-800">
      {passage.isCutBefore && <span>… </span>}
      <HighlightedText
        text={passage.text}
        ranges={[passage.highlight]}
        markClassName="rounded-sm bg-amber-100 px-0.5 text-stone-950 underline decoration-amber-500 decoration-2 underline-offset-4"
      />
      {passage.isCutAfter && <span> …</span>}
    </p>
  );
}
