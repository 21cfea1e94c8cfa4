import { z } from "zod";

/** Blank variables count as unset, so `DATABASE_URL= npm start` means "embedded". */
const optionalText = z.preprocess((value) => (value === "" ? undefined : value), z.string().optional());

const postgresUrl = z.string().refine((value) => /^postgres(ql)?:\/\/.+/.test(value) && URL.canParse(value), {
  message: "must be a URL like postgresql://user:password@host:5432/database",
});

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** An external PostgreSQL 14+; when unset an embedded server is started. */
  DATABASE_URL: z.preprocess((value) => (value === "" ? undefined : value), postgresUrl.optional()),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** Where the embedded PostgreSQL keeps its files. */
  SAIDWHAT_DATA_DIR: z.string().min(1).default(".data"),
  /** Port for the embedded PostgreSQL; 0 picks a free one at each start. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65_535).default(0),
  /** The Chromium the end-to-end tests drive (Playwright cannot download its own here). */
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  /** Set by CI services; makes Playwright strict about `.only` and retries. */
  CI: optionalText,
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new EnvError(`Invalid environment: ${problems.join("; ")}`);
  }
  return result.data;
}

/** Parsed once; nothing else in the project reads process.env. */
export const env = parseEnv(process.env);
