import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { FuzzyDate } from "@/components/fuzzy-date";
import { Pagination } from "@/components/pagination";
import { plural } from "@/components/plural";
import { SpeakerNames } from "@/components/statement-links";
import { listArticles } from "@/lib/kb/list-articles";
import { articleListSchema } from "@/lib/validation/article-list";
import { parseParamsLenient, type RawSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const { data: query } = parseParamsLenient(articleListSchema, await searchParams);
  const articles = await listArticles(query);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Articles</h1>
      <p className="mt-2 text-stone-700">
        {plural(articles.total, "article")}, newest first; articles without a known date come last.
      </p>
      <ol className="mt-6 space-y-3">
        {articles.items.map((article) => (
          <li key={article.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <h2 className="text-lg font-semibold">
              <Link href={`/articles/${article.id}`} className="text-indigo-800 hover:underline">
                {article.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-stone-700">
              {article.outlet && <>{article.outlet} · </>}
              <FuzzyDate day={{ on: article.publishedOn, precision: article.publishedPrecision }} /> ·{" "}
              {plural(article.quoteCount, "statement")}
            </p>
            {article.speakers.length > 0 && (
              <p className="mt-1 text-sm text-stone-800">
                Speakers: <SpeakerNames speakers={article.speakers} />
              </p>
            )}
          </li>
        ))}
      </ol>
      {articles.total === 0 && (
        <p className="mt-6 text-stone-700">
          No articles have been imported yet. Run <code>npm run import</code>.
        </p>
      )}
      <Pagination
        path="/articles"
        params={{ pageSize: query.pageSize === 50 ? undefined : query.pageSize }}
        page={query.page}
        pageSize={query.pageSize}
        total={articles.total}
        label="Article pages"
      />
    </>
  );
}
