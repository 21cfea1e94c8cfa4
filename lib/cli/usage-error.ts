/** Wrong command-line arguments; printed as one line with the usage. */
export class UsageError extends Error {
  override name = "UsageError";
}
