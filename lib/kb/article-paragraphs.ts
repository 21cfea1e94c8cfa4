/** A quote's place in the article body. */
export type MarkedSpan = { id: string; start: number; end: number };

/** A run of paragraph text covered by the same set of quotes. */
export type TextPiece = {
  text: string;
  /** Quotes covering this piece, outermost (earliest-starting) first. */
  spanIds: string[];
  /** Quotes that begin with this piece: anchors go here. */
  opens: string[];
  /** Quotes that end with this piece: the attribution goes after it. */
  closes: string[];
};

export type Paragraph = { start: number; pieces: TextPiece[] };

/** Splits the body into paragraphs (on line breaks, as stored) and each
 * paragraph at every quote boundary, so overlapping or nested quotes become
 * flat pieces that each know which quotes cover them. Nothing is parsed: the
 * pieces are the body's own characters, rendered as text. */
export function articleParagraphs(body: string, spans: MarkedSpan[]): Paragraph[] {
  const valid = spans
    .filter((span) => span.start >= 0 && span.end <= body.length && span.start < span.end)
    .sort((left, right) => left.start - right.start || right.end - left.end);
  const paragraphs: Paragraph[] = [];
  for (const match of body.matchAll(/[^\n]+/g)) {
    if (match[0].trim() === "") continue;
    const start = match.index;
    const end = start + match[0].length;
    paragraphs.push({ start, pieces: piecesOf(body, start, end, valid) });
  }
  return paragraphs;
}

function piecesOf(body: string, start: number, end: number, spans: MarkedSpan[]): TextPiece[] {
  const inside = spans.filter((span) => span.start < end && span.end > start);
  const cuts = new Set([start, end]);
  for (const span of inside) {
    if (span.start > start) cuts.add(span.start);
    if (span.end < end) cuts.add(span.end);
  }
  const edges = [...cuts].sort((left, right) => left - right);
  const pieces: TextPiece[] = [];
  for (let index = 0; index + 1 < edges.length; index += 1) {
    const from = edges[index] ?? start;
    const to = edges[index + 1] ?? end;
    const covering = inside.filter((span) => span.start <= from && span.end >= to);
    pieces.push({
      text: body.slice(from, to),
      spanIds: covering.map((span) => span.id),
      opens: covering.filter((span) => span.start === from).map((span) => span.id),
      closes: covering.filter((span) => span.end === to).map((span) => span.id),
    });
  }
  return pieces;
}
