import type { FilterOption } from "@/lib/kb/list-filter-options";
import { QUOTE_KINDS, STATEMENT_SORTS, type StatementSort } from "@/lib/validation/statement-filters";
import type { QuoteKind } from "@/lib/extract/types";
import { QUOTE_KIND_LABELS } from "./quote-kind";
import { DateField, FIELD_CLASS, LABEL_CLASS, SelectField, type SelectOption } from "./form-fields";
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
const SORT_OPTIONS = STATEMENT_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }));
const KIND_OPTIONS = QUOTE_KINDS.map((kind) => ({ value: kind, label: QUOTE_KIND_LABELS[kind] }));

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
  const select = (name: keyof FilterFormValues, label: string, anyLabel: string, options: readonly SelectOption[]) => (
    <SelectField
      id={id(name)}
      name={name}
      label={label}
      anyLabel={anyLabel}
      options={options}
      defaultValue={values[name]}
    />
  );
  return (
    <GetForm action={action} role="search" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <label htmlFor={id("q")} className={LABEL_CLASS}>
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
          className={`${FIELD_CLASS} mt-0 sm:flex-1`}
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
        {speakers && select("speaker", "Speaker", "Any speaker", speakers)}
        {select("topic", "Topic", "Any topic", topics)}
        {select("kind", "Kind of statement", "Any kind", KIND_OPTIONS)}
        <DateField id={id("from")} name="from" label="From date" defaultValue={values.from} />
        <DateField id={id("to")} name="to" label="To date" defaultValue={values.to} />
        {select("sort", "Sort", `${values.q ? "Best match" : "Newest first"} (default)`, SORT_OPTIONS)}
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
