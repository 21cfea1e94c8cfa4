/** Why an article file could not be turned into an extraction. The importer
 * maps these codes to a message per file; nothing else in the pipeline throws. */
export type ExtractionErrorCode = "not-utf8" | "empty" | "bad-front-matter" | "unsupported-type";

export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode;

  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = "ExtractionError";
    this.code = code;
  }
}
