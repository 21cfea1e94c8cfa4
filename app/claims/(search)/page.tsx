import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ActiveFilters } from "@/components/active-filters";
import { ClaimList } from "@/components/claim-list";
import { describeFilters } from "@/components/describe-filters";
import { ExampleSearches } from "@/components/example-searches";
import { NoMatches } from "@/components/no-matches";
import { Pagination } from "@/components/pagination";
import { plural } from "@/components/plural";
import { StatementCard } from "@/components/statement-card";
import { StatementFilterForm } from "@/components/statement-filter-form";
import { ValidationNotice } from "@/components/validation-notice";
import { countStatements } from "@/lib/kb/count-statements";
import { findNearMatches } from "@/lib/kb/find-near-matches";
import { getArticleTitle } from "@/lib/kb/get-article-title";
import { listFilterOptions } from "@/lib/kb/list-filter-options";
import { searchClaims } from "@/lib/kb/search-claims";
import { searchStatements } from "@/lib/kb/search-statements";
import { searchHref } from "@/lib/validation/search-href";
import { parseParamsLenient, type RawSearchParams } from "@/lib/validation/search-params";
import { statementSearchSchema } from "@/lib/validation/statement-filters";

type Props = { searchParams: Promise<RawSearchParams> };

const CLAIMS_SHOWN = 10;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { data } = parseParamsLenient(statementSearchSchema, await searchParams);
  return { title: data.q ? `“${data.q}” — search` : "Search claims and statements" };
}

export default async function ClaimSearchPage({ searchParams }: Props) {
  await connection();
  const { data: search, problems } = parseParamsLenient(statementSearchSchema, await searchParams);
  const { q, page, pageSize, sort, ...filters } = search;
  const hasFilters = Object.values(filters).some((value) => value !== undefined);
  const isBlank = q === undefined && !hasFilters;
  const [statements, claims, options, articleTitle] = await Promise.all([
    searchStatements(search),
    searchClaims({ ...search, page: 1, pageSize: CLAIMS_SHOWN }),
    listFilterOptions(),
    filters.article ? getArticleTitle(filters.article) : null,
  ]);
  const isEmpty = statements.total === 0 && claims.total === 0;
  // Only a search that found nothing pays for these suggestions.
  const [unfilteredCount, nearMatches] = isEmpty
    ? await Promise.all([hasFilters ? countStatements({ q }) : null, q ? findNearMatches(q) : null])
    : [null, null];
  const params = { q, ...filters, sort, pageSize: pageSize === 20 ? undefined : pageSize };
  const csvHref = searchHref("/api/quotes", { ...params, format: "csv" });

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{q ? <>Search: “{q}”</> : "Search claims and statements"}</h1>
      <div className="mt-4">
        <StatementFilterForm
          action="/claims"
          values={search}
          speakers={options.speakers}
          topics={options.topics}
          hidden={{ article: filters.article }}
          searchLabel="Search statements and claims"
        />
      </div>
      <ValidationNotice problems={problems} />
      <ActiveFilters path="/claims" params={params} filters={describeFilters(filters, options, articleTitle)} />

      {isEmpty && (
        <div className="mt-6">
          <NoMatches
            q={q}
            params={params}
            hasFilters={hasFilters}
            unfilteredCount={unfilteredCount}
            nearMatches={nearMatches}
          />
        </div>
      )}
      {isBlank && (
        <div className="mt-6">
          <ExampleSearches />
        </div>
      )}

      {claims.total > 0 && (
        <section aria-labelledby="claims-heading" className="mt-8">
          <h2 id="claims-heading" className="text-2xl font-semibold">
            {isBlank ? "Most-made claims" : `Matching claims (${claims.total})`}
          </h2>
          <div className="mt-3">
            <ClaimList claims={claims.items} />
          </div>
          {claims.total > CLAIMS_SHOWN && (
            <p className="mt-2 text-sm text-stone-700">
              Showing {CLAIMS_SHOWN} of {claims.total}; narrow the search to see others, or get them all from{" "}
              <Link
                className="text-indigo-800 underline"
                href={searchHref("/api/claims", { ...params, format: "csv" })}
              >
                the claims CSV
              </Link>
              .
            </p>
          )}
        </section>
      )}

      {statements.total > 0 && (
        <section aria-labelledby="statements-heading" className="mt-10">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="statements-heading" className="text-2xl font-semibold">
              {isBlank ? "Recent statements" : "Matching statements"}
            </h2>
            <a href={csvHref} className="text-sm font-medium text-indigo-800 underline" download>
              Download CSV ({plural(statements.total, "row")})
            </a>
          </div>
          <p className="mt-1 text-sm text-stone-700" aria-live="polite">
            {plural(statements.total, "statement")}
            {statements.items.length > 0 &&
              `, showing ${(page - 1) * pageSize + 1}–${(page - 1) * pageSize + statements.items.length}`}
          </p>
          <ol className="mt-4 space-y-3">
            {statements.items.map((statement) => (
              <li key={statement.id}>
                <StatementCard statement={statement} />
              </li>
            ))}
          </ol>
          {statements.items.length === 0 && (
            <p className="mt-4">
              This page is past the last result.{" "}
              <Link href={searchHref("/claims", params)} className="text-indigo-800 underline">
                Go to the first page
              </Link>
              .
            </p>
          )}
          <Pagination
            path="/claims"
            params={params}
            page={page}
            pageSize={pageSize}
            total={statements.total}
            label="Search results pages"
          />
        </section>
      )}
    </>
  );
}
