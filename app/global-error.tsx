"use client";

import "./globals.css";

/** The last resort, when the root layout itself fails: it renders its own document. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="bg-stone-50 p-8 font-sans text-stone-900">
        <main>
          <h1 className="text-3xl font-bold">saidwhat is unavailable</h1>
          <p className="mt-3">The application could not start this page. Please try again in a moment.</p>
          <button
            type="button"
            onClick={() => retry()}
            className="mt-4 rounded bg-indigo-800 px-4 py-2 font-semibold text-white"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
