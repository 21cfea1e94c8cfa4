import type { FilterOptions } from "@/lib/kb/list-filter-options";
import type { StatementFilters } from "@/lib/validation/statement-filters";
import type { ActiveFilter } from "./active-filters";
import { formatFuzzyDate } from "./fuzzy-date";
import { QUOTE_KIND_LABELS } from "./quote-kind";

/** Human labels for the filters in force (the search text is not a filter). */
export function describeFilters(
  filters: StatementFilters,
  options: FilterOptions,
  articleTitle: string | null,
): ActiveFilter[] {
  const labelOf = (list: FilterOptions["speakers"], value: string) =>
    list.find((option) => option.value === value)?.label ?? value;
  const active: ActiveFilter[] = [];
  if (filters.speaker)
    active.push({ param: "speaker", label: `Speaker: ${labelOf(options.speakers, filters.speaker)}` });
  if (filters.topic) active.push({ param: "topic", label: `Topic: ${labelOf(options.topics, filters.topic)}` });
  if (filters.kind) active.push({ param: "kind", label: QUOTE_KIND_LABELS[filters.kind] });
  if (filters.from)
    active.push({ param: "from", label: `From ${formatFuzzyDate({ on: filters.from, precision: "day" })}` });
  if (filters.to) active.push({ param: "to", label: `To ${formatFuzzyDate({ on: filters.to, precision: "day" })}` });
  if (filters.article) active.push({ param: "article", label: `Article: ${articleTitle ?? filters.article}` });
  return active;
}
