import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { connection } from "next/server";
import { idOrNotFound } from "@/app/_lib/param-or-not-found";
import { requestOrigin } from "@/app/_lib/request-origin";
import { CopyButton } from "@/components/copy-button";
import { FuzzyDate, StatementDateLabel, machineDate } from "@/components/fuzzy-date";
import { JsonLd } from "@/components/json-ld";
import { plural } from "@/components/plural";
import { QuoteKindBadge, QuoteMarks } from "@/components/quote-kind";
import { quoteCitation } from "@/components/quote-citation";
import { TextPassage } from "@/components/text-passage";
import { getQuoteById, type QuoteDetail } from "@/lib/kb/get-quote-by-id";

type Props = { params: Promise<{ id: string }> };

// Metadata and page share one lookup per request.
const findQuote = cache((id: string) => getQuoteById(id));

async function loadQuote(params: Props["params"]): Promise<QuoteDetail> {
  const quote = await findQuote(await idOrNotFound(params));
  if (!quote) notFound();
  return quote;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const quote = await loadQuote(params);
  const who = quote.speaker?.name ?? "Unattributed";
  return { title: `${who}: ${truncate(quote.text, 70)}`, description: truncate(quote.text, 200) };
}

export default async function QuotePage({ params }: Props) {
  await connection();
  const quote = await loadQuote(params);
  const origin = await requestOrigin();
  const permalink = `${origin}/quotes/${quote.id}`;
  const citation = quoteCitation(quote, permalink);

  return (
    <article>
      <JsonLd data={structuredData(quote, permalink, origin)} />
      <p className="text-sm text-stone-700">
        Statement · <QuoteKindBadge kind={quote.kind} />
        {quote.isKeyStatement && (
          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
            Key statement
          </span>
        )}
      </p>
      <h1 className="mt-3 font-serif text-2xl leading-snug text-stone-950 sm:text-3xl">
        <QuoteMarks kind={quote.kind}>{quote.text}</QuoteMarks>
      </h1>

      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold text-stone-800">Speaker</dt>
        <dd>
          {quote.speaker ? (
            <Link href={`/speakers/${quote.speaker.slug}`} className="font-semibold text-indigo-800 underline">
              {quote.speaker.name}
            </Link>
          ) : (
            <span className="text-stone-700">Not attributed to anyone in the article</span>
          )}
          {quote.speakerRole && <span className="text-stone-800">, {quote.speakerRole}</span>}
          {quote.speakerRole && <span className="block text-sm text-stone-600">The role as the article gave it.</span>}
        </dd>
        <dt className="font-semibold text-stone-800">When</dt>
        <dd>
          <StatementDateLabel date={quote.date} />
          {quote.date.phrase && <span className="text-stone-700"> — the article says “{quote.date.phrase}”</span>}
        </dd>
        <dt className="font-semibold text-stone-800">Source</dt>
        <dd>
          <Link href={`/articles/${quote.article.id}#quote-${quote.id}`} className="text-indigo-800 underline">
            {quote.article.title}
          </Link>
          {quote.article.outlet && <span> — {quote.article.outlet}</span>}
          {", "}
          <FuzzyDate day={quote.article.published} />
          {quote.article.url && <ExternalSource url={quote.article.url} />}
        </dd>
        {quote.claims.length > 0 && (
          <>
            <dt className="font-semibold text-stone-800">Claims</dt>
            <dd>
              <ul className="space-y-1">
                {quote.claims.map((claim) => (
                  <li key={claim.id}>
                    <Link href={`/claims/${claim.id}`} className="text-indigo-800 underline">
                      {claim.text}
                    </Link>{" "}
                    <span className="text-sm text-stone-700">({plural(claim.quoteCount, "statement")} in all)</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {quote.topics.length > 0 && (
          <>
            <dt className="font-semibold text-stone-800">Topics</dt>
            <dd>
              <ul className="flex flex-wrap gap-2">
                {quote.topics.map((topic) => (
                  <li key={topic.slug}>
                    <Link
                      href={`/topics/${topic.slug}`}
                      className="inline-block rounded-full bg-stone-100 px-2.5 py-0.5 text-stone-800 hover:underline"
                    >
                      {topic.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="context-heading" className="mt-8">
        <h2 id="context-heading" className="text-xl font-semibold">
          In context
        </h2>
        <div className="mt-2 rounded-lg border border-stone-200 bg-white p-4">
          <TextPassage passage={quote.passage} />
        </div>
        <p className="mt-2">
          <Link
            href={`/articles/${quote.article.id}#quote-${quote.id}`}
            className="font-medium text-indigo-800 underline"
          >
            Read it in the full article →
          </Link>
        </p>
      </section>

      <section aria-labelledby="cite-heading" className="mt-8">
        <h2 id="cite-heading" className="text-xl font-semibold">
          Cite this statement
        </h2>
        <label htmlFor="citation" className="mt-2 block text-sm text-stone-700">
          Citation (plain text)
        </label>
        <textarea
          id="citation"
          readOnly
          value={citation}
          rows={4}
          className="mt-1 block w-full rounded border border-stone-400 bg-white p-2 font-mono text-sm"
        />
        <div className="mt-2">
          <CopyButton targetId="citation" />
        </div>
      </section>

      <details className="mt-8 text-sm text-stone-700">
        <summary className="cursor-pointer font-medium">How this statement was extracted</summary>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt>Reporting verb</dt>
          <dd>{quote.cue ?? "none"}</dd>
          <dt>Attributed through</dt>
          <dd>{quote.mention ?? "—"}</dd>
          <dt>Rule</dt>
          <dd>
            <code>{quote.rule}</code>
          </dd>
          <dt>Confidence</dt>
          <dd>{Math.round(quote.confidence * 100)}%</dd>
        </dl>
      </details>
    </article>
  );
}

/** Only http(s) source links are followed; anything else is shown as text. */
function ExternalSource({ url }: { url: string }) {
  const isWeb = /^https?:\/\//i.test(url);
  return (
    <span className="block text-sm break-all">
      {isWeb ? (
        <a href={url} rel="noopener noreferrer nofollow" className="text-indigo-800 underline">
          {url}
        </a>
      ) : (
        <span className="text-stone-700">{url}</span>
      )}
    </span>
  );
}

function structuredData(quote: QuoteDetail, permalink: string, origin: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Quotation",
    "@id": permalink,
    url: permalink,
    text: quote.text,
    ...(quote.speaker && {
      spokenByCharacter: {
        "@type": quote.speaker.kind === "organization" ? "Organization" : "Person",
        name: quote.speaker.name,
        url: `${origin}/speakers/${quote.speaker.slug}`,
      },
    }),
    ...(quote.date.source === "stated" && machineDate(quote.date) && { dateCreated: machineDate(quote.date) }),
    about: quote.topics.map((topic) => ({ "@type": "Thing", name: topic.name })),
    isPartOf: {
      "@type": "NewsArticle",
      headline: quote.article.title,
      ...(quote.article.url && /^https?:\/\//i.test(quote.article.url) && { url: quote.article.url }),
      ...(quote.article.outlet && { publisher: { "@type": "Organization", name: quote.article.outlet } }),
      ...(machineDate(quote.article.published) && { datePublished: machineDate(quote.article.published) }),
    },
  };
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
