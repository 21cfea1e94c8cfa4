import Link from "next/link";

/** The body of every 404 page: what was not found and where to look instead. */
export function NotFoundMessage({ what, suggestion }: { what: string; suggestion?: { href: string; label: string } }) {
  return (
    <div className="max-w-xl">
      <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">404 — not found</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{what}</h1>
      <p className="mt-3 text-stone-700">
        The link may be mistyped, or the item may have been removed when its article was re-imported.
      </p>
      <ul className="mt-4 space-y-1">
        {suggestion && (
          <li>
            <Link href={suggestion.href} className="text-indigo-800 underline">
              {suggestion.label}
            </Link>
          </li>
        )}
        <li>
          <Link href="/claims" className="text-indigo-800 underline">
            Search claims and statements
          </Link>
        </li>
        <li>
          <Link href="/" className="text-indigo-800 underline">
            Back to the timeline
          </Link>
        </li>
      </ul>
    </div>
  );
}
