"use client";

import Link from "next/link";

/** Shown when a page fails on the server (the error itself is in the server
 * log under the digest shown here). */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-stone-700">
        This page could not be loaded. Trying again often helps; if it does not, the problem is on our side.
      </p>
      {digest && (
        <p className="mt-2 text-sm text-stone-600">
          Reference: <code>{digest}</code>
        </p>
      )}
      <div className="mt-4 flex gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded bg-indigo-800 px-4 py-2 font-semibold text-white hover:bg-indigo-900"
        >
          Try again
        </button>
        <Link href="/" className="self-center text-indigo-800 underline">
          Back to the timeline
        </Link>
      </div>
    </div>
  );
}
