import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { idOrNotFound } from "@/app/_lib/param-or-not-found";
import { ArticleText } from "@/components/article-text";
import { FuzzyDate, StatementDateLabel } from "@/components/fuzzy-date";
import { plural } from "@/components/plural";
import { QuoteMarks } from "@/components/quote-kind";
import { getArticleById, type ArticleDetail } from "@/lib/kb/get-article-by-id";

type Props = { params: Promise<{ id: string }> };

const findArticle = cache((id: string) => getArticleById(id));

async function loadArticle(params: Props["params"]): Promise<ArticleDetail> {
  const article = await findArticle(await idOrNotFound(params));
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const article = await loadArticle(params);
  return { title: article.title };
}

const DATE_SOURCES: Record<string, string> = {
  "front-matter": "from the article file's front matter",
  "date-marker": "from a date line at the top of the text",
};

export default async function ArticlePage({ params }: Props) {
  await connection();
  const article = await loadArticle(params);
  const isWebUrl = article.url !== null && /^https?:\/\//i.test(article.url);

  return (
    <article>
      <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">Article</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{article.title}</h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold text-stone-800">Outlet</dt>
        <dd>{article.outlet ?? <span className="text-stone-600 italic">not given</span>}</dd>
        <dt className="font-semibold text-stone-800">Published</dt>
        <dd>
          <FuzzyDate day={article.published} />
          {article.published.source && (
            <span className="text-stone-700">
              {" "}
              ({DATE_SOURCES[article.published.source] ?? article.published.source})
            </span>
          )}
          {!article.published.on && <span className="text-stone-700"> — the article gives no publication date</span>}
        </dd>
        <dt className="font-semibold text-stone-800">Source</dt>
        <dd className="break-all">
          {article.url ? (
            isWebUrl ? (
              <a href={article.url} rel="noopener noreferrer nofollow" className="text-indigo-800 underline">
                {article.url}
              </a>
            ) : (
              article.url
            )
          ) : (
            <span className="text-stone-600 italic">no URL given</span>
          )}
          <span className="block text-stone-600">Imported from {article.sourceFile}</span>
        </dd>
        {article.isTitleDerived && (
          <>
            <dt className="font-semibold text-stone-800">Title</dt>
            <dd className="text-stone-700">
              The article has no headline; this title was taken from its first sentence.
            </dd>
          </>
        )}
      </dl>
      <p className="mt-4 text-sm">
        <Link
          href={`/claims?article=${encodeURIComponent(article.id)}`}
          className="font-medium text-indigo-800 underline"
        >
          Search within this article ({plural(article.quotes.length, "statement")})
        </Link>
      </p>

      <section aria-labelledby="summary-heading" className="mt-8">
        <h2 id="summary-heading" className="text-2xl font-semibold">
          Summary
        </h2>
        {article.summary.length === 0 ? (
          <p className="mt-2 text-stone-700">No summary could be made for this article.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {article.summary.map((sentence) => (
              <li key={sentence.id} className="leading-relaxed">
                {sentence.text}
                <SummaryCitations quotes={sentence.quotes} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {article.keyQuotes.length > 0 && (
        <section aria-labelledby="key-heading" className="mt-8">
          <h2 id="key-heading" className="text-2xl font-semibold">
            Key statements
          </h2>
          <ol className="mt-3 space-y-3">
            {article.keyQuotes.map((quote) => (
              <li key={quote.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                <p className="text-sm">
                  {quote.speaker ? (
                    <Link
                      href={`/speakers/${quote.speaker.slug}`}
                      className="font-semibold text-indigo-800 hover:underline"
                    >
                      {quote.speaker.name}
                    </Link>
                  ) : (
                    <span className="font-semibold text-stone-700">Unattributed</span>
                  )}
                  {quote.speakerRole && <span className="text-stone-700">, {quote.speakerRole}</span>}
                  <span className="text-stone-700">
                    {" · "}
                    <StatementDateLabel date={quote.date} />
                  </span>
                </p>
                <blockquote className="mt-1 font-serif text-lg">
                  <QuoteMarks kind={quote.kind}>{quote.text}</QuoteMarks>
                </blockquote>
                <p className="mt-1 flex gap-4 text-sm">
                  <Link href={`/quotes/${quote.id}`} className="text-indigo-800 hover:underline">
                    Permalink
                  </Link>
                  <a href={`#quote-${quote.id}`} className="text-indigo-800 hover:underline">
                    In the text below
                  </a>
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="text-heading" className="mt-10">
        <h2 id="text-heading" className="text-2xl font-semibold">
          Article text
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          Statements are <mark className="rounded-sm bg-amber-100 px-0.5">marked</mark>; the name after each links to
          its permalink.
        </p>
        <div className="mt-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
          <ArticleText article={article} />
        </div>
      </section>
    </article>
  );
}

/** The statements a summary sentence rests on, by speaker: "— Peskov" or,
 * when it cites one speaker twice, "— Moscow 1, 2". Each link goes to the
 * statement in the text below. */
function SummaryCitations({ quotes }: { quotes: ArticleDetail["summary"][number]["quotes"] }) {
  if (quotes.length === 0) return null;
  const bySpeaker = new Map<string, { name: string; ids: string[] }>();
  for (const quote of quotes) {
    const name = quote.speaker?.name ?? "unattributed";
    const entry = bySpeaker.get(name) ?? { name, ids: [] };
    entry.ids.push(quote.id);
    bySpeaker.set(name, entry);
  }
  return (
    <span className="ml-1 text-sm">
      {"— "}
      {[...bySpeaker.values()].map((speaker, speakerIndex) => (
        <span key={speaker.name}>
          {speakerIndex > 0 && "; "}
          {speaker.ids.length === 1 ? (
            <a href={`#quote-${speaker.ids[0]}`} className="text-indigo-800 underline">
              {speaker.name}
              <span className="sr-only"> (cited statement)</span>
            </a>
          ) : (
            <>
              {speaker.name}{" "}
              {speaker.ids.map((id, index) => (
                <span key={id}>
                  {index > 0 && ", "}
                  <a href={`#quote-${id}`} className="text-indigo-800 underline">
                    {index + 1}
                    <span className="sr-only"> (cited statement by {speaker.name})</span>
                  </a>
                </span>
              ))}
            </>
          )}
        </span>
      ))}
    </span>
  );
}
