import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-stone-700">
        <p>
          saidwhat — who said what, about what, and when. Every statement links back to the words in its source article.
          Statements, speakers and dates are extracted automatically; check the source before you cite.
        </p>
        <p className="mt-2">
          Data:{" "}
          <Link href="/api/quotes" className="text-indigo-800 underline">
            JSON API
          </Link>{" "}
          (see the README for parameters); every search downloads as CSV.
        </p>
      </div>
    </footer>
  );
}
