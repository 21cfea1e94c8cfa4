import { describe, expect, it } from "vitest";
import { extractText, quoteWith, speakerOf } from "./test-support";

describe("direct quotes", () => {
  it("attributes a quote to the speaker named after it, in either order", () => {
    const article = extractText(
      "“The harvest is the worst in a decade,” farmer Tomas Berg said on Monday.\n\n" +
        "“Prices will rise before winter,” said Helen Achterberg, an economist at Norland Bank.",
    );
    expect(speakerOf(article, "The harvest is the worst")).toBe("Tomas Berg");
    expect(quoteWith(article, "The harvest").rule).toBe("direct.quote-then-speaker");
    expect(quoteWith(article, "The harvest").kind).toBe("direct");
    expect(speakerOf(article, "Prices will rise")).toBe("Helen Achterberg");
    expect(article.speakers.find((s) => s.name === "Helen Achterberg")?.role).toBe("economist at Norland Bank");
  });

  it("follows “he added” to the last man who spoke", () => {
    const article = extractText(
      'Coach Daniel Ruiz was blunt after the defeat. "We were second to every ball," Ruiz said. "We have to be better," he added.',
    );
    expect(speakerOf(article, "We have to be better")).toBe("Daniel Ruiz");
    expect(quoteWith(article, "We have to be better").mention).toBe("he");
  });

  it("takes a quote introduced by a colon or a comma from the clause before it", () => {
    const article = extractText(
      'The minister, Petra Novak, told parliament: "The budget is balanced." Later she added, "No new taxes."',
    );
    expect(speakerOf(article, "The budget is balanced")).toBe("Petra Novak");
    expect(quoteWith(article, "The budget is balanced").rule).toBe("direct.colon-intro");
    expect(speakerOf(article, "No new taxes")).toBe("Petra Novak");
  });

  it("splits “A,” she said, “B.” into two quotes with one speaker", () => {
    const article = extractText('"It was a hard season," said captain Laura Jensen, "but we never stopped believing."');
    expect(speakerOf(article, "It was a hard season")).toBe("Laura Jensen");
    expect(speakerOf(article, "but we never stopped believing")).toBe("Laura Jensen");
    expect(quoteWith(article, "but we never").rule).toBe("direct.split");
  });

  it("gives the rest of a multi-paragraph quote to the speaker who closes it", () => {
    const article = extractText(
      "Inspector Ruth Cole described the scene.\n\n“The roof had come down over the stairs and the rooms were full of smoke.\n\n“We got everyone out in the end,” she said.",
    );
    expect(speakerOf(article, "The roof had come down")).toBe("Ruth Cole");
    expect(quoteWith(article, "The roof had come down").rule).toBe("direct.multi-paragraph");
  });

  it("carries a quote-only paragraph on from the speaker of the paragraph before, less surely", () => {
    const article = extractText(
      '"We are not giving up," said Omar Haddad, the union leader.\n\n"The members have voted and the strike goes on."\n\nThe company declined to comment.',
    );
    const carried = quoteWith(article, "The members have voted");
    expect(speakerOf(article, "The members have voted")).toBe("Omar Haddad");
    expect(carried.rule).toBe("direct.paragraph-continuation");
    expect(carried.confidence).toBeLessThan(quoteWith(article, "We are not giving up").confidence);
  });

  it("finds the speaker of an opening quote in the sentence after it", () => {
    const article = extractText(
      "“I gave this town thirty years and nobody even called me.”\n\nThose were the words of Frank Ostrowski, the retired harbour master, on Friday.",
    );
    expect(speakerOf(article, "I gave this town")).toBe("Frank Ostrowski");
    expect(quoteWith(article, "I gave this town").rule).toBe("direct.speaker-next-sentence");
  });

  it("attributes a statement's words to whoever the sentence before made its author", () => {
    const article = extractText(
      'The singer Mara Quinn cancelled the tour in a statement posted online. "I need time to recover," it read.',
    );
    expect(speakerOf(article, "I need time to recover")).toBe("Mara Quinn");
  });
});
