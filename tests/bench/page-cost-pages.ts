import { countStatements } from "@/lib/kb/count-statements";
import { findNearMatches } from "@/lib/kb/find-near-matches";
import { getArticleById } from "@/lib/kb/get-article-by-id";
import { getClaimById } from "@/lib/kb/get-claim-by-id";
import { getKnowledgeBaseCounts } from "@/lib/kb/get-knowledge-base-counts";
import { getQuoteById } from "@/lib/kb/get-quote-by-id";
import { getSpeakerBySlug } from "@/lib/kb/get-speaker-by-slug";
import { getSpeakerRecord } from "@/lib/kb/get-speaker-record";
import { getTopicBySlug } from "@/lib/kb/get-topic-by-slug";
import { listArticles } from "@/lib/kb/list-articles";
import { listFilterOptions } from "@/lib/kb/list-filter-options";
import { listSpeakerFeed } from "@/lib/kb/list-speaker-feed";
import { listSpeakers } from "@/lib/kb/list-speakers";
import { listTopics } from "@/lib/kb/list-topics";
import { searchClaims } from "@/lib/kb/search-claims";
import { searchStatements } from "@/lib/kb/search-statements";
import { articleListSchema } from "@/lib/validation/article-list";
import { speakerListSchema } from "@/lib/validation/speaker-list";
import { speakerProfileSchema } from "@/lib/validation/speaker-profile";
import { statementSearchSchema } from "@/lib/validation/statement-filters";

/** One record of each kind for the detail pages, picked from the data. */
export type Samples = { speaker: string; claim: string; topic: string; article: string; quote: string };

export type BenchPage = {
  /** The route, as the README's table names it. */
  route: string;
  /** A concrete URL of it, for the HTTP timing. */
  href: string;
  /** The lib/kb services the route calls, as the route calls them (together or in turn). */
  load: () => Promise<unknown>;
};

export async function pickSamples(): Promise<Samples> {
  const [speakers, claims, topics, articles, statements] = await Promise.all([
    listSpeakers(speakerListSchema.parse({})),
    searchClaims(statementSearchSchema.parse({})),
    listTopics(),
    listArticles(articleListSchema.parse({})),
    searchStatements(statementSearchSchema.parse({})),
  ]);
  const mostQuoted = [...speakers.items].sort((left, right) => right.quoteCount - left.quoteCount)[0];
  const samples = {
    speaker: mostQuoted?.slug,
    claim: claims.items[0]?.id,
    topic: topics[0]?.slug,
    article: articles.items[0]?.id,
    quote: statements.items[0]?.id,
  };
  const missing = Object.entries(samples).filter(([, value]) => value === undefined);
  if (missing.length > 0) throw new Error(`No ${missing.map(([kind]) => kind).join(", ")} in the database`);
  return samples as Samples;
}

/** What each route asks of lib/kb, mirroring app/: the pages call these and
 * nothing else touches the database. A change to a page's data needs the
 * same change here; the HTTP column (`--http`) measures the real routes. */
export function benchPages(samples: Samples): BenchPage[] {
  const search = statementSearchSchema.parse({});
  const { speaker, claim, topic, article, quote } = samples;
  return [
    {
      route: "/",
      href: "/",
      load: () =>
        Promise.all([
          getKnowledgeBaseCounts(),
          searchStatements({ sort: "newest", page: 1, pageSize: 30 }),
          searchClaims({ page: 1, pageSize: 8 }),
          listFilterOptions(),
        ]),
    },
    { route: "/speakers", href: "/speakers", load: () => listSpeakers(speakerListSchema.parse({})) },
    {
      route: "/speakers?q=Захарова",
      href: `/speakers?q=${encodeURIComponent("Захарова")}`,
      load: () => listSpeakers(speakerListSchema.parse({ q: "Захарова" })),
    },
    {
      route: "/speakers/[slug]",
      href: `/speakers/${speaker}`,
      load: () =>
        Promise.all([
          getSpeakerBySlug(speaker),
          getSpeakerRecord(speaker),
          searchStatements({ ...speakerProfileSchema.parse({}), speaker }),
        ]),
    },
    {
      route: "/speakers/[slug]/feed.xml",
      href: `/speakers/${speaker}/feed.xml`,
      load: () => Promise.all([getSpeakerBySlug(speaker), listSpeakerFeed(speaker)]),
    },
    { route: "/claims", href: "/claims", load: () => claimSearchPage({}) },
    { route: "/claims?q=war", href: "/claims?q=war", load: () => claimSearchPage({ q: "war" }) },
    {
      route: "/claims?q=…&from=… (no match)",
      href: "/claims?q=sumit&from=2024",
      load: () => claimSearchPage({ q: "sumit", from: "2024" }),
    },
    { route: "/claims/[id]", href: `/claims/${claim}`, load: () => getClaimById(claim) },
    {
      route: "/topics/[slug]",
      href: `/topics/${topic}`,
      load: () =>
        Promise.all([getTopicBySlug(topic), searchStatements({ topic, sort: "oldest", page: 1, pageSize: 100 })]),
    },
    { route: "/topics", href: "/topics", load: () => listTopics() },
    { route: "/articles", href: "/articles", load: () => listArticles(articleListSchema.parse({})) },
    { route: "/articles/[id]", href: `/articles/${article}`, load: () => getArticleById(article) },
    { route: "/quotes/[id]", href: `/quotes/${quote}`, load: () => getQuoteById(quote) },
    { route: "/api/speakers", href: "/api/speakers", load: () => listSpeakers(speakerListSchema.parse({})) },
    { route: "/api/quotes", href: "/api/quotes", load: () => searchStatements(search) },
    { route: "/api/claims", href: "/api/claims", load: () => searchClaims(search) },
    { route: "/api/articles", href: "/api/articles", load: () => listArticles(articleListSchema.parse({})) },
  ];
}

/** /claims: results, top claims and the form's choices together; a search
 * that finds nothing then asks what would match without filters, and what
 * is spelt alike. */
async function claimSearchPage(params: Record<string, string>): Promise<unknown> {
  const search = statementSearchSchema.parse(params);
  const { q, page, pageSize, sort, ...filters } = search;
  const hasFilters = Object.values(filters).some((value) => value !== undefined);
  const [statements, claims] = await Promise.all([
    searchStatements(search),
    searchClaims({ ...search, page: 1, pageSize: 10 }),
    listFilterOptions(),
  ]);
  if (statements.total > 0 || claims.total > 0) return { statements, claims, page, pageSize, sort };
  return Promise.all([hasFilters ? countStatements({ q }) : null, q ? findNearMatches(q) : null]);
}
