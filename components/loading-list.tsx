/** A placeholder while a list streams in: announced once, then quiet. */
export function LoadingList({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite">
      <p className="text-stone-700">{label}</p>
      <ul className="mt-4 space-y-3" aria-hidden="true">
        {[0, 1, 2, 3].map((index) => (
          <li key={index} className="h-24 animate-pulse rounded-lg bg-stone-200" />
        ))}
      </ul>
    </div>
  );
}
