/** A problem with the database that a person can fix; the CLI prints the
 * message as one line instead of a stack trace. */
export class DatabaseError extends Error {
  override name = "DatabaseError";
}
