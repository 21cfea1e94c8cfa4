import Link from "next/link";
import { searchHref, type HrefParams } from "@/lib/validation/search-href";

/** Previous / next links that keep every other parameter of the current URL. */
export function Pagination({
  path,
  params,
  page,
  pageSize,
  total,
  label,
}: {
  path: string;
  params: HrefParams;
  page: number;
  pageSize: number;
  total: number;
  label: string;
}) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount === 1 && page === 1) return null;
  const linkClass =
    "rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-indigo-800 hover:bg-stone-100";
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link
          className={linkClass}
          href={searchHref(path, { ...params, page: Math.min(page - 1, pageCount) })}
          rel="prev"
        >
          ← Previous
        </Link>
      )}
      <span className="text-sm text-stone-700">
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <Link className={linkClass} href={searchHref(path, { ...params, page: page + 1 })} rel="next">
          Next →
        </Link>
      )}
    </nav>
  );
}
