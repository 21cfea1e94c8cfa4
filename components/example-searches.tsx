import Link from "next/link";

const EXAMPLES = [
  { q: '"at war"', note: "an exact phrase" },
  { q: "summit OR alliance", note: "either word" },
  { q: "NATO -summit", note: "NATO, but not the summit" },
  { q: "weapons Ukraine", note: "both words, any order" },
];

export function ExampleSearches() {
  return (
    <section aria-labelledby="examples-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="examples-heading" className="text-lg font-semibold">
        Example searches
      </h2>
      <ul className="mt-2 space-y-1">
        {EXAMPLES.map((example) => (
          <li key={example.q}>
            <Link href={`/claims?q=${encodeURIComponent(example.q)}`} className="font-mono text-indigo-800 underline">
              {example.q}
            </Link>{" "}
            <span className="text-stone-700">— {example.note}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
