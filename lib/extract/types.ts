/**
 * The contract between the extraction pipeline (lib/extract, pure) and the
 * knowledge base (lib/kb, persistence). Everything here is plain data: the
 * pipeline never touches a database, a file or the clock.
 *
 * Offsets are UTF-16 code-unit indexes into `ExtractedArticle.body`, so that
 * `body.slice(startOffset, endOffset) === text` holds for every quote and
 * summary sentence. That invariant is what lets the web app mark each quote in
 * the article text.
 */

export type DatePrecision = "day" | "week" | "month" | "year" | "unknown";

/** A date as exact as the text allows. `date` is YYYY-MM-DD (the first day of
 * the week / month / year for coarser precisions) or null when unknown. */
export type FuzzyDate = {
  date: string | null;
  precision: DatePrecision;
  /** The words it came from ("On Tuesday", "last week"), null when none. */
  phrase: string | null;
};

export type PublicationDateSource = "front-matter" | "date-marker";

export type SpeakerKind = "person" | "organization";
export type Gender = "female" | "male";
export type QuoteKind = "direct" | "indirect" | "mixed";
export type TopicKind = "organization" | "country" | "place" | "person" | "subject";

/** The raw file as the CLI read it. The pipeline decodes and validates it. */
export type ArticleSource = {
  /** The file's own name, e.g. "000_851aaf5485cffdb3.txt". */
  sourceFile: string;
  bytes: Uint8Array;
};

export type ExtractedSpeaker = {
  /** Local to one article; quotes point at it through `speakerKey`. */
  key: string;
  /** The fullest form of the name the article gives ("Jane Doe"). */
  name: string;
  kind: SpeakerKind;
  /** The most specific role the article gives ("spokesperson for President X"). */
  role: string | null;
  gender: Gender | null;
  /** Every surface form the article used for this speaker, name included. */
  aliases: string[];
};

export type ExtractedQuote = {
  speakerKey: string | null;
  kind: QuoteKind;
  /** Exactly `body.slice(startOffset, endOffset)`. For direct quotes the words
   * inside the quotation marks, without the marks. */
  text: string;
  startOffset: number;
  endOffset: number;
  /** Reporting verb or phrase as written ("said", "warned", "according to"). */
  cue: string | null;
  /** The words attribution went through ("he", "the minister", "Doe"). */
  mention: string | null;
  /** The role the article gives the speaker at this point, if any. */
  speakerRole: string | null;
  /** 0..1: how sure the rule that found it is of the span and the speaker. */
  confidence: number;
  /** The rule that found it, e.g. "direct.quote-then-speaker". */
  rule: string;
  stated: FuzzyDate;
  /** Indexes into `ExtractedArticle.claims`. */
  claimIndexes: number[];
  /** Keys into `ExtractedArticle.topics`. */
  topicKeys: string[];
};

export type ExtractedClaim = {
  /** Canonical wording shown to people ("NATO is at war with Russia"). */
  text: string;
  /** Order-free content signature (stems, entity aliases canonicalised),
   * used to group claims across quotes and articles. */
  signature: string;
  isNegated: boolean;
};

export type ExtractedTopic = {
  /** Slug, stable across articles ("nato", "russia"). */
  key: string;
  name: string;
  kind: TopicKind;
  aliases: string[];
};

export type SummarySentence = {
  text: string;
  startOffset: number;
  endOffset: number;
  /** Indexes into `ExtractedArticle.quotes` that this sentence cites. */
  quoteIndexes: number[];
};

export type ExtractedArticle = {
  sourceFile: string;
  title: string;
  isTitleDerived: boolean;
  outlet: string | null;
  url: string | null;
  published: FuzzyDate & { source: PublicationDateSource | null };
  /** The article text as stored: front matter, headline line and a leading
   * date marker removed, BOM stripped, line ends as "\n"; otherwise verbatim. */
  body: string;
  speakers: ExtractedSpeaker[];
  quotes: ExtractedQuote[];
  claims: ExtractedClaim[];
  topics: ExtractedTopic[];
  summary: {
    sentences: SummarySentence[];
    /** Indexes into `quotes`, most important first. */
    keyQuoteIndexes: number[];
  };
};
