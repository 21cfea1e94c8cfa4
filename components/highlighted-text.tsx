import { Fragment } from "react";
import type { TextRange } from "@/lib/kb/highlight-ranges";

/** Text with some ranges marked. Every character is rendered as a React text
 * node, so markup in article text shows as the characters it is. */
export function HighlightedText({
  text,
  ranges,
  markClassName,
}: {
  text: string;
  ranges: readonly TextRange[];
  markClassName?: string;
}) {
  const pieces: { text: string; isMarked: boolean }[] = [];
  let cursor = 0;
  for (const [start, end] of [...ranges].sort((left, right) => left[0] - right[0])) {
    const from = Math.max(start, cursor);
    if (end <= from) continue;
    if (from > cursor) pieces.push({ text: text.slice(cursor, from), isMarked: false });
    pieces.push({ text: text.slice(from, end), isMarked: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), isMarked: false });
  return (
    <>
      {pieces.map((piece, index) =>
        piece.isMarked ? (
          <mark key={index} className={markClassName ?? "rounded-sm bg-amber-200 px-0.5 text-stone-950"}>
            {piece.text}
          </mark>
        ) : (
          <Fragment key={index}>{piece.text}</Fragment>
        ),
      )}
    </>
  );
}
