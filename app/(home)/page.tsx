import Link from "next/link";
import { connection } from "next/server";
import { ActiveFilters } from "@/components/active-filters";
import { ClaimList } from "@/components/claim-list";
import { SelectField } from "@/components/form-fields";
import { plural } from "@/components/plural";
import { SearchBox } from "@/components/search-box";
import { StatementTimeline } from "@/components/statement-timeline";
import { getKnowledgeBaseCounts } from "@/lib/kb/get-knowledge-base-counts";
import { listFilterOptions } from "@/lib/kb/list-filter-options";
import { searchClaims } from "@/lib/kb/search-claims";
import { searchStatements } from "@/lib/kb/search-statements";
import { parseParamsLenient, type RawSearchParams } from "@/lib/validation/search-params";
import { searchHref } from "@/lib/validation/search-href";
import { timelineSchema } from "@/lib/validation/timeline";
import { GetForm } from "@/components/get-form";

const TIMELINE_LENGTH = 30;
const TIMELINE_FILTERS = [
  { name: "topic", label: "Topic", anyLabel: "All topics" },
  { name: "speaker", label: "Speaker", anyLabel: "All speakers" },
] as const;

export default async function HomePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const { data: filters } = parseParamsLenient(timelineSchema, await searchParams);
  const [counts, timeline, topClaims, options] = await Promise.all([
    getKnowledgeBaseCounts(),
    searchStatements({ ...filters, sort: "newest", page: 1, pageSize: TIMELINE_LENGTH }),
    searchClaims({ page: 1, pageSize: 8 }),
    listFilterOptions(),
  ]);
  const labelOf = (list: { value: string; label: string }[], value: string) =>
    list.find((option) => option.value === value)?.label ?? value;
  const active = [
    ...(filters.topic ? [{ param: "topic", label: `Topic: ${labelOf(options.topics, filters.topic)}` }] : []),
    ...(filters.speaker ? [{ param: "speaker", label: `Speaker: ${labelOf(options.speakers, filters.speaker)}` }] : []),
  ];
  const stats = [
    { count: counts.articles, noun: "article", href: "/articles" },
    { count: counts.speakers, noun: "speaker", href: "/speakers" },
    { count: counts.quotes, noun: "statement", href: "/claims" },
    { count: counts.claims, noun: "claim", href: "/claims" },
    { count: counts.topics, noun: "topic", href: "/topics" },
  ];

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">saidwhat</h1>
      <p className="mt-2 max-w-2xl text-lg text-stone-700">
        Who said what, about what, and when — every statement traced to the words of its source article.
      </p>
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-stone-800" aria-label="What the knowledge base holds">
        {stats.map((stat) => (
          <li key={stat.noun}>
            <Link href={stat.href} className="hover:underline">
              <span className="font-semibold">{plural(stat.count, stat.noun)}</span>
            </Link>
          </li>
        ))}
      </ul>

      <SearchBox
        action="/claims"
        id="home-q"
        label="Search statements and claims"
        buttonLabel="Search"
        placeholder={'e.g. "at war" NATO'}
        className="mt-6 max-w-2xl"
      />

      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="text-2xl font-semibold">
            Timeline of statements
          </h2>
          <GetForm
            action="/"
            className="mt-3 flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:flex-row sm:items-end"
          >
            {TIMELINE_FILTERS.map(({ name, label, anyLabel }) => (
              <SelectField
                key={name}
                id={`timeline-${name}`}
                name={name}
                label={label}
                anyLabel={anyLabel}
                options={options[`${name}s`]}
                defaultValue={filters[name]}
                className="flex-1"
              />
            ))}
            <button
              type="submit"
              className="rounded border border-indigo-800 px-4 py-2 font-semibold text-indigo-800 hover:bg-indigo-50"
            >
              Show
            </button>
          </GetForm>
          <ActiveFilters path="/" params={filters} filters={active} />
          <p className="mt-4 text-sm text-stone-700" aria-live="polite">
            {timeline.total === 0
              ? "No statements match these filters."
              : `Showing the ${Math.min(timeline.total, TIMELINE_LENGTH)} most recent of ${plural(timeline.total, "statement")}, newest first.`}
          </p>
          <div className="mt-4">
            <StatementTimeline statements={timeline.items} />
          </div>
          {timeline.total > TIMELINE_LENGTH && (
            <p className="mt-6">
              <Link
                href={searchHref("/claims", { ...filters, sort: "newest" })}
                className="font-medium text-indigo-800 underline"
              >
                All {plural(timeline.total, "statement")} in search →
              </Link>
            </p>
          )}
        </section>

        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading" className="text-2xl font-semibold">
            Most-made claims
          </h2>
          <p className="mt-1 text-sm text-stone-700">By number of speakers, then statements.</p>
          <div className="mt-4">
            {topClaims.items.length === 0 ? (
              <p className="text-stone-700">No claims yet.</p>
            ) : (
              <ClaimList claims={topClaims.items} />
            )}
          </div>
          <p className="mt-4">
            <Link href="/claims" className="font-medium text-indigo-800 underline">
              Search all claims →
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
