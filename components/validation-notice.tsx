/** Says which URL parameters were ignored and why, instead of failing the page. */
export function ValidationNotice({ problems }: { problems: { param: string; message: string }[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-semibold">Some filters were ignored:</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem) => (
          <li key={problem.param}>
            <code>{problem.param}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
