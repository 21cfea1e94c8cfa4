import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { FuzzyDate } from "@/components/fuzzy-date";
import { Pagination } from "@/components/pagination";
import { plural } from "@/components/plural";
import { ValidationNotice } from "@/components/validation-notice";
import { listSpeakers } from "@/lib/kb/list-speakers";
import { parseParamsLenient, type RawSearchParams } from "@/lib/validation/search-params";
import { speakerListSchema } from "@/lib/validation/speaker-list";
import { GetForm } from "@/components/get-form";

export const metadata: Metadata = { title: "Speakers" };

export default async function SpeakersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const { data: query, problems } = parseParamsLenient(speakerListSchema, await searchParams);
  const speakers = await listSpeakers(query);
  const params = { q: query.q, pageSize: query.pageSize === 50 ? undefined : query.pageSize };
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Speakers</h1>
      <p className="mt-2 text-stone-700">
        Everyone quoted or reported in the articles, with how often and over what period.
      </p>
      <GetForm action="/speakers" role="search" className="mt-4 flex max-w-xl flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="speaker-q" className="block text-sm font-medium text-stone-800">
            Filter by name
          </label>
          <input
            id="speaker-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            aria-describedby="speaker-q-help"
            className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base"
          />
        </div>
        <button type="submit" className="rounded bg-indigo-800 px-4 py-2 font-semibold text-white hover:bg-indigo-900">
          Filter
        </button>
      </GetForm>
      <p id="speaker-q-help" className="mt-1 text-sm text-stone-600">
        Finds other spellings and transliterations too (Zajárova, Zakharova).
      </p>
      <ValidationNotice problems={problems} />

      <p className="mt-6 text-sm text-stone-700" aria-live="polite">
        {query.q
          ? `${plural(speakers.total, "speaker")} ${speakers.total === 1 ? "matches" : "match"} “${query.q}”`
          : plural(speakers.total, "speaker")}
        {query.q && (
          <>
            {" · "}
            <Link href="/speakers" className="text-indigo-800 underline">
              show everyone
            </Link>
          </>
        )}
      </p>
      {speakers.items.length > 0 ? (
        <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">Speakers, with their statements and the dates of their first and last</caption>
            <thead className="border-b border-stone-200 bg-stone-100 text-stone-800">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Name
                </th>
                <th scope="col" className="px-3 py-2">
                  Role
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Statements
                </th>
                <th scope="col" className="px-3 py-2">
                  First
                </th>
                <th scope="col" className="px-3 py-2">
                  Latest
                </th>
              </tr>
            </thead>
            <tbody>
              {speakers.items.map((speaker) => (
                <tr key={speaker.slug} className="border-b border-stone-100 last:border-0">
                  <th scope="row" className="px-3 py-2 font-semibold">
                    <Link href={`/speakers/${speaker.slug}`} className="text-indigo-800 hover:underline">
                      {speaker.name}
                    </Link>
                    {speaker.kind === "organization" && (
                      <span className="ml-1 text-xs font-normal text-stone-600">(organization)</span>
                    )}
                    {speaker.matchedAlias && (
                      <span className="block text-xs font-normal text-stone-600">
                        also written “{speaker.matchedAlias}”
                      </span>
                    )}
                  </th>
                  <td className="px-3 py-2 text-stone-800">
                    {speaker.role ?? <span className="text-stone-500">—</span>}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{speaker.quoteCount}</td>
                  <td className="px-3 py-2">
                    <FuzzyDate day={speaker.first} />
                  </td>
                  <td className="px-3 py-2">
                    <FuzzyDate day={speaker.last} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
          No speaker’s name is close to “{query.q}”. Try the surname alone, or fewer letters.
        </p>
      )}
      <Pagination
        path="/speakers"
        params={params}
        page={query.page}
        pageSize={query.pageSize}
        total={speakers.total}
        label="Speaker pages"
      />
    </>
  );
}
