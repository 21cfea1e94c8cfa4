import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { slugOrNotFound } from "@/app/_lib/param-or-not-found";
import { ActiveFilters } from "@/components/active-filters";
import { describeFilters } from "@/components/describe-filters";
import { DataTable, periodColumns } from "@/components/data-table";
import { Pagination } from "@/components/pagination";
import { plural } from "@/components/plural";
import { StatementFilterForm } from "@/components/statement-filter-form";
import { StatementGroups } from "@/components/statement-groups";
import { ValidationNotice } from "@/components/validation-notice";
import { getSpeakerBySlug } from "@/lib/kb/get-speaker-by-slug";
import { getSpeakerRecord, type SpeakerRole } from "@/lib/kb/get-speaker-record";
import { groupStatements } from "@/lib/kb/group-statements";
import { searchStatements } from "@/lib/kb/search-statements";
import { searchHref } from "@/lib/validation/search-href";
import { parseParamsLenient, type RawSearchParams } from "@/lib/validation/search-params";
import { speakerProfileSchema } from "@/lib/validation/speaker-profile";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

const findSpeaker = cache((slug: string) => getSpeakerBySlug(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const slug = await slugOrNotFound(params);
  const speaker = await findSpeaker(slug);
  if (!speaker) notFound();
  return {
    title: speaker.name,
    description: `Statements by ${speaker.name}${speaker.role ? `, ${speaker.role}` : ""}, with their sources.`,
    alternates: {
      types: { "application/atom+xml": [{ url: `/speakers/${slug}/feed.xml`, title: `${speaker.name} — statements` }] },
    },
  };
}

export default async function SpeakerPage({ params, searchParams }: Props) {
  await connection();
  const slug = await slugOrNotFound(params);
  const { data: query, problems } = parseParamsLenient(speakerProfileSchema, await searchParams);
  const { group, page, pageSize, sort, ...filters } = query;
  const [speaker, record, statements] = await Promise.all([
    findSpeaker(slug),
    getSpeakerRecord(slug),
    searchStatements({ ...query, speaker: slug }),
  ]);
  if (!speaker) notFound();

  const path = `/speakers/${slug}`;
  const linkParams = { ...filters, sort, group: group === "claim" ? undefined : group };
  const topicOptions = record.topics.map((topic) => ({
    value: topic.slug,
    label: topic.name,
    count: topic.quoteCount,
  }));
  const active = describeFilters(filters, { speakers: [], topics: topicOptions }, null);

  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        {speaker.kind === "organization" ? "Organization" : "Person"}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{speaker.name}</h1>
      {speaker.role && <p className="mt-1 text-lg text-stone-800">{speaker.role}</p>}
      {speaker.aliases.length > 0 && (
        <p className="mt-2 text-sm text-stone-700">
          Also written as:{" "}
          {speaker.aliases.map((alias, index) => (
            <span key={alias}>
              {index > 0 && ", "}“{alias}”
            </span>
          ))}
        </p>
      )}
      <p className="mt-3 text-stone-800">
        {plural(record.totals.quoteCount, "statement")} in {plural(record.totals.articleCount, "article")}, making{" "}
        {plural(record.totals.claimCount, "claim")}.{" "}
        <a href={`${path}/feed.xml`} className="text-sm text-indigo-800 underline">
          Atom feed of new statements
        </a>
      </p>

      {record.roles.length > 0 && (
        <section aria-labelledby="roles-heading" className="mt-8">
          <h2 id="roles-heading" className="text-xl font-semibold">
            Roles given in articles
          </h2>
          <div className="mt-2">
            <DataTable
              rows={record.roles}
              rowKey={(role) => role.role}
              columns={[
                { header: "Role", cell: (role) => role.role },
                ...periodColumns<SpeakerRole>(),
                { header: "Articles", cell: (role) => role.articleCount, isNumeric: true },
              ]}
            />
          </div>
        </section>
      )}

      <section aria-labelledby="statements-heading" className="mt-10">
        <h2 id="statements-heading" className="text-2xl font-semibold">
          Statements
        </h2>
        <div className="mt-3">
          <StatementFilterForm
            action={path}
            values={query}
            topics={topicOptions}
            hidden={{ group: group === "claim" ? undefined : group }}
            searchLabel={`Search ${speaker.name}’s statements`}
            idPrefix="speaker-filter"
          />
        </div>
        <ValidationNotice problems={problems} />
        <ActiveFilters path={path} params={linkParams} filters={active} />

        <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-stone-700" aria-live="polite">
            {plural(statements.total, "statement")}
            {filters.q && <> matching “{filters.q}”</>}
          </p>
          <nav aria-label="Group statements" className="flex gap-1 text-sm">
            <span className="self-center text-stone-700">Group by</span>
            {(["claim", "article"] as const).map((option) => (
              <Link
                key={option}
                href={searchHref(path, { ...linkParams, group: option === "claim" ? undefined : option })}
                aria-current={group === option ? "true" : undefined}
                className={`rounded px-3 py-1.5 font-medium ${group === option ? "bg-stone-900 text-white" : "border border-stone-300 bg-white text-indigo-800 hover:bg-stone-100"}`}
              >
                {option === "claim" ? "Claim" : "Article"}
              </Link>
            ))}
          </nav>
        </div>
        <div className="mt-4">
          {statements.total === 0 ? (
            <p className="rounded-lg border border-amber-300 bg-amber-50 p-4">
              No statements by {speaker.name} match these filters.
            </p>
          ) : (
            <StatementGroups groups={groupStatements(statements.items, group)} showSpeaker={false} />
          )}
        </div>
        <Pagination
          path={path}
          params={linkParams}
          page={page}
          pageSize={pageSize}
          total={statements.total}
          label="Statement pages"
        />
      </section>
    </>
  );
}
