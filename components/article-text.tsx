import Link from "next/link";
import { Fragment } from "react";
import { articleParagraphs } from "@/lib/kb/article-paragraphs";
import type { ArticleDetail } from "@/lib/kb/get-article-by-id";

const MARK_DEPTH = ["bg-amber-100", "bg-amber-200", "bg-amber-300"];

/** The stored article body, paragraph by paragraph, every statement marked
 * and followed by a link to its permalink naming the speaker. Each statement
 * has an anchor (#quote-<id>) where it begins. Overlapping statements nest as
 * deeper shades. All text is rendered as text. */
export function ArticleText({ article }: { article: ArticleDetail }) {
  const quotesById = new Map(article.quotes.map((quote) => [quote.id, quote]));
  const paragraphs = articleParagraphs(
    article.body,
    article.quotes.map((quote) => ({ id: quote.id, start: quote.startOffset, end: quote.endOffset })),
  );
  return (
    <div className="space-y-4 font-serif text-lg leading-relaxed text-stone-900">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.pieces.map((piece, index) => {
            const [firstOpen, ...otherOpens] = piece.opens;
            return (
              <Fragment key={index}>
                {otherOpens.map((id) => (
                  <span key={id} id={`quote-${id}`} className="scroll-mt-24" />
                ))}
                {piece.spanIds.length === 0 ? (
                  piece.text
                ) : (
                  <mark
                    id={firstOpen ? `quote-${firstOpen}` : undefined}
                    className={`scroll-mt-24 rounded-sm px-0.5 text-stone-950 target:outline-2 target:outline-offset-2 target:outline-indigo-700 ${MARK_DEPTH[Math.min(piece.spanIds.length, MARK_DEPTH.length) - 1]}`}
                  >
                    {piece.text}
                  </mark>
                )}
                {piece.closes.map((id) => {
                  const quote = quotesById.get(id);
                  return (
                    <Link
                      key={id}
                      href={`/quotes/${id}`}
                      className="ml-1 inline-block rounded bg-indigo-50 px-1.5 align-baseline font-sans text-xs font-semibold text-indigo-900 hover:underline"
                    >
                      {quote?.speaker?.name ?? "Unattributed"}
                      <span className="sr-only"> — statement permalink</span>
                    </Link>
                  );
                })}
              </Fragment>
            );
          })}
        </p>
      ))}
    </div>
  );
}
