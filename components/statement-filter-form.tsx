import type { FilterOption } from "@/lib/kb/list-filter-options";
import { QUOTE_KINDS, STATEMENT_SORTS, type StatementSort } from "@/lib/validation/statement-filters";
import type { QuoteKind } from "@/lib/extract/types";
import { QUOTE_KIND_LABELS } from "./quote-kind";
import { GetForm } from "./get-form";

export type FilterFormValues = {
  q?: string;
  speaker?: string;
  topic?: string;
  kind?: QuoteKind;
  from?: string;
  to?: string;
  sort?: StatementSort;
};

const SORT_LABELS: Record<StatementSort, string> = {
  relevance: "Best match",
  newest: "Newest first",
  oldest: "Oldest first",
};

const fieldClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-2.5 py-2 text-base text-stone-900 shadow-inner";
const labelClass = "block text-sm font-medium text-stone-800";

/** The search and filter form: a plain GET form, so it works without
 * JavaScript and every result page is a shareable URL. */
export function StatementFilterForm({
  action,
  values,
  speakers,
  topics,
  hidden = {},
  searchLabel,
  idPrefix = "filter",
}: {
  action: string;
  values: FilterFormValues;
  /** Omit to leave the speaker out of the form (on a speaker's own page). */
  speakers?: FilterOption[];
  topics: FilterOption[];
  hidden?: Record<string, string | undefined>;
  searchLabel: string;
  idPrefix?: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <GetForm action={action} role="search" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <label htmlFor={id("q")} className={labelClass}>
        {searchLabel}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id={id("q")}
          name="q"
          type="search"
          defaultValue={values.q ?? ""}
          maxLength={300}
          aria-describedby={id("q-help")}
          className={`${fieldClass} mt-0 sm:flex-1`}
        />
        <button type="submit" className="rounded bg-indigo-800 px-4 py-2 font-semibold text-white hover:bg-indigo-900">
          Search
        </button>
      </div>
      <p id={id("q-help")} className="mt-1 text-sm text-stone-600">
        Use <code>&quot;exact phrase&quot;</code>, <code>OR</code> between alternatives and <code>-word</code> to
        exclude.
      </p>
      <fieldset className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-stone-800">Filters</legend>
        {speakers && (
          <div>
            <label htmlFor={id("speaker")} className={labelClass}>
              Speaker
            </label>
            <select id={id("speaker")} name="speaker" defaultValue={values.speaker ?? ""} className={fieldClass}>
              <option value="">Any speaker</option>
              {speakers.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label} ({option.count})
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor={id("topic")} className={labelClass}>
            Topic
          </label>
          <select id={id("topic")} name="topic" defaultValue={values.topic ?? ""} className={fieldClass}>
            <option value="">Any topic</option>
            {topics.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label} ({option.count})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={id("kind")} className={labelClass}>
            Kind of statement
          </label>
          <select id={id("kind")} name="kind" defaultValue={values.kind ?? ""} className={fieldClass}>
            <option value="">Any kind</option>
            {QUOTE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {QUOTE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={id("from")} className={labelClass}>
            From date
          </label>
          <input id={id("from")} name="from" type="date" defaultValue={values.from ?? ""} className={fieldClass} />
        </div>
        <div>
          <label htmlFor={id("to")} className={labelClass}>
            To date
          </label>
          <input id={id("to")} name="to" type="date" defaultValue={values.to ?? ""} className={fieldClass} />
        </div>
        <div>
          <label htmlFor={id("sort")} className={labelClass}>
            Sort
          </label>
          <select id={id("sort")} name="sort" defaultValue={values.sort ?? ""} className={fieldClass}>
            <option value="">{values.q ? "Best match" : "Newest first"} (default)</option>
            {STATEMENT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className="mt-4">
        <button
          type="submit"
          className="rounded border border-indigo-800 px-4 py-2 font-semibold text-indigo-800 hover:bg-indigo-50"
        >
          Apply filters
        </button>
      </div>
    </GetForm>
  );
}
