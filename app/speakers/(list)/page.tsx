import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DataTable, periodColumns } from "@/components/data-table";
import { Pagination } from "@/components/pagination";
import { plural } from "@/components/plural";
import { SearchBox } from "@/components/search-box";
import { ValidationNotice } from "@/components/validation-notice";
import { listSpeakers, type SpeakerListItem } from "@/lib/kb/list-speakers";
import { parseParamsLenient, type RawSearchParams } from "@/lib/validation/search-params";
import { speakerListSchema } from "@/lib/validation/speaker-list";

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
      <SearchBox
        action="/speakers"
        id="speaker-q"
        label="Filter by name"
        buttonLabel="Filter"
        defaultValue={query.q}
        describedBy="speaker-q-help"
        className="mt-4 max-w-xl"
      />
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
        <div className="mt-3">
          <DataTable
            rows={speakers.items}
            rowKey={(speaker) => speaker.slug}
            caption="Speakers, with their statements and the dates of their first and last"
            minWidthClass="min-w-[40rem]"
            columns={[
              {
                header: "Name",
                cell: (speaker) => (
                  <>
                    <Link href={`/speakers/${speaker.slug}`} className="font-semibold text-indigo-800 hover:underline">
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
                  </>
                ),
              },
              {
                header: "Role",
                cell: (speaker) => (
                  <span className="text-stone-800">{speaker.role ?? <span className="text-stone-500">—</span>}</span>
                ),
              },
              { header: "Statements", cell: (speaker) => speaker.quoteCount, isNumeric: true },
              ...periodColumns<SpeakerListItem>(),
            ]}
          />
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
