-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'WEEK', 'MONTH', 'YEAR', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "SpeakerKind" AS ENUM ('PERSON', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "QuoteKind" AS ENUM ('DIRECT', 'INDIRECT', 'MIXED');

-- CreateEnum
CREATE TYPE "TopicKind" AS ENUM ('ORGANIZATION', 'COUNTRY', 'PLACE', 'PERSON', 'SUBJECT');

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "isTitleDerived" BOOLEAN NOT NULL DEFAULT false,
    "outlet" TEXT,
    "url" TEXT,
    "publishedOn" DATE,
    "publishedPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "publishedDateSource" TEXT,
    "body" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SummarySentence" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,

    CONSTRAINT "SummarySentence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SpeakerKind" NOT NULL,
    "role" TEXT,
    "gender" TEXT,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpeakerAlias" (
    "id" SERIAL NOT NULL,
    "speakerId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "SpeakerAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "speakerId" TEXT,
    "kind" "QuoteKind" NOT NULL,
    "text" TEXT NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "cue" TEXT,
    "mention" TEXT,
    "speakerRole" TEXT,
    "confidence" DOUBLE PRECISION NOT NULL,
    "rule" TEXT NOT NULL,
    "statedOn" DATE,
    "statedPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "statedPhrase" TEXT,
    "keyRank" INTEGER,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "isNegated" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuoteClaim" (
    "quoteId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "QuoteClaim_pkey" PRIMARY KEY ("quoteId","claimId")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TopicKind" NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicAlias" (
    "id" SERIAL NOT NULL,
    "topicId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "TopicAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuoteTopic" (
    "quoteId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    CONSTRAINT "QuoteTopic_pkey" PRIMARY KEY ("quoteId","topicId")
);

-- CreateTable
CREATE TABLE "_SummarySentenceQuotes" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_SummarySentenceQuotes_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_sourceFile_key" ON "Article"("sourceFile");

-- CreateIndex
CREATE INDEX "Article_publishedOn_idx" ON "Article"("publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "SummarySentence_articleId_position_key" ON "SummarySentence"("articleId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_slug_key" ON "Speaker"("slug");

-- CreateIndex
CREATE INDEX "Speaker_name_idx" ON "Speaker"("name");

-- CreateIndex
CREATE INDEX "SpeakerAlias_normalized_idx" ON "SpeakerAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerAlias_speakerId_alias_key" ON "SpeakerAlias"("speakerId", "alias");

-- CreateIndex
CREATE INDEX "Quote_articleId_startOffset_idx" ON "Quote"("articleId", "startOffset");

-- CreateIndex
CREATE INDEX "Quote_speakerId_statedOn_idx" ON "Quote"("speakerId", "statedOn");

-- CreateIndex
CREATE INDEX "Quote_statedOn_idx" ON "Quote"("statedOn");

-- CreateIndex
CREATE INDEX "Claim_signature_idx" ON "Claim"("signature");

-- CreateIndex
CREATE INDEX "QuoteClaim_claimId_idx" ON "QuoteClaim"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "TopicAlias_normalized_idx" ON "TopicAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "TopicAlias_topicId_normalized_key" ON "TopicAlias"("topicId", "normalized");

-- CreateIndex
CREATE INDEX "QuoteTopic_topicId_idx" ON "QuoteTopic"("topicId");

-- CreateIndex
CREATE INDEX "_SummarySentenceQuotes_B_index" ON "_SummarySentenceQuotes"("B");

-- AddForeignKey
ALTER TABLE "SummarySentence" ADD CONSTRAINT "SummarySentence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakerAlias" ADD CONSTRAINT "SpeakerAlias_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteClaim" ADD CONSTRAINT "QuoteClaim_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteClaim" ADD CONSTRAINT "QuoteClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicAlias" ADD CONSTRAINT "TopicAlias_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteTopic" ADD CONSTRAINT "QuoteTopic_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteTopic" ADD CONSTRAINT "QuoteTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SummarySentenceQuotes" ADD CONSTRAINT "_SummarySentenceQuotes_A_fkey" FOREIGN KEY ("A") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SummarySentenceQuotes" ADD CONSTRAINT "_SummarySentenceQuotes_B_fkey" FOREIGN KEY ("B") REFERENCES "SummarySentence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

