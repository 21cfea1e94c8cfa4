import type { TextRange } from "./highlight-ranges";

/** A stretch of an article around one quote: its paragraph, or a window of it
 * when the paragraph is long, with the quote's place in it. */
export type TextPassage = {
  text: string;
  highlight: TextRange;
  isCutBefore: boolean;
  isCutAfter: boolean;
};

const DEFAULT_MAX_LENGTH = 900;

/** Offsets are UTF-16 indexes (the pipeline's contract), which is why this runs
 * in JavaScript rather than as substring() in SQL, which counts code points. */
export function textPassage(
  body: string,
  startOffset: number,
  endOffset: number,
  maxLength = DEFAULT_MAX_LENGTH,
): TextPassage {
  const start = clamp(startOffset, 0, body.length);
  const end = clamp(endOffset, start, body.length);
  let from = body.lastIndexOf("\n", start - 1) + 1;
  let to = body.indexOf("\n", end);
  if (to === -1) to = body.length;
  const spare = maxLength - (end - start);
  if (to - from > maxLength && spare > 0) {
    from = Math.max(from, wordStartAtOrAfter(body, start - Math.floor(spare / 2), start));
    to = Math.min(to, wordEndAtOrBefore(body, end + Math.ceil(spare / 2), end));
  } else if (to - from > maxLength) {
    [from, to] = [start, end];
  }
  const isCutBefore = from > 0 && body[from - 1] !== "\n";
  const isCutAfter = to < body.length && body[to] !== "\n";
  return { text: body.slice(from, to), highlight: [start - from, end - from], isCutBefore, isCutAfter };
}

function wordStartAtOrAfter(body: string, index: number, limit: number): number {
  let position = Math.max(0, index);
  while (position < limit && position > 0 && !/\s/.test(body[position - 1] ?? "")) position += 1;
  return position;
}

function wordEndAtOrBefore(body: string, index: number, limit: number): number {
  let position = Math.min(body.length, index);
  while (position > limit && position < body.length && !/\s/.test(body[position] ?? "")) position -= 1;
  return position;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
