import Link from "next/link";
import { searchHref, type HrefParams } from "@/lib/validation/search-href";

export type ActiveFilter = { param: string; label: string };

/** The filters in force, each removable on its own: the first thing to try
 * when a search finds too little. */
export function ActiveFilters({
  path,
  params,
  filters,
}: {
  path: string;
  params: HrefParams;
  filters: ActiveFilter[];
}) {
  if (filters.length === 0) return null;
  const cleared = Object.fromEntries(
    Object.entries(params).filter(([key]) => !filters.some((filter) => filter.param === key)),
  );
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium text-stone-800">Filtered by:</span>
      <ul className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.param}>
            <Link
              href={searchHref(path, { ...params, [filter.param]: undefined, page: undefined })}
              className="inline-flex items-center gap-1 rounded-full border border-stone-300 bg-white px-2.5 py-0.5 text-stone-800 hover:border-stone-500"
            >
              {filter.label}
              <span aria-hidden="true">×</span>
              <span className="sr-only">(remove this filter)</span>
            </Link>
          </li>
        ))}
      </ul>
      {filters.length > 1 && (
        <Link href={searchHref(path, { ...cleared, page: undefined })} className="text-indigo-800 underline">
          Clear all filters
        </Link>
      )}
    </div>
  );
}
