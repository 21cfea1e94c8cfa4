import { describe, expect, it } from "vitest";
import { extractText, quoteWith, speakerOf } from "./test-support";

/** How news introduces speakers beyond "X said": set-off subjects, unnamed sources, group voices, epithets, colons. */

describe("a subject set off from its reporting verb", () => {
  it("skips a participial clause between the subject and the verb, and shares the subject with “and said”", () => {
    const article = extractText(
      "Trade Minister Hamid Qureshi, speaking to reporters in Lahore, urged both sides to return to talks and said the government would not allow the ports to stay shut.",
    );
    expect(speakerOf(article, "both sides to return")).toBe("Hamid Qureshi");
    expect(speakerOf(article, "would not allow")).toBe("Hamid Qureshi");
  });

  it("skips an address after a name's age (“X, 71, of the 400 block of Alder Street, who …, said”)", () => {
    const article = extractText(
      "Loretta Simms, 71, of the 400 block of Alder Street, who has lived at Ridgeview for 19 years, said her heat went out on Jan. 3.",
    );
    expect(speakerOf(article, "her heat went out")).toBe("Loretta Simms");
  });

  it("skips a name's age and a relative clause naming a place before “said”", () => {
    const article = extractText(
      "Most residents opposed the plan. Gloria Tate, 71, who has lived on Mercer Street since 1978, said her rent had already gone up $400 a month.",
    );
    expect(speakerOf(article, "her rent had already")).toBe("Gloria Tate");
  });

  it("gives “…,” said its convener, X, to X", () => {
    const article = extractText(
      'Labour rights group Jan Shramik Manch has demanded paid breaks. "Advisories are not enough," said its convener, Kavita Rao.',
    );
    expect(speakerOf(article, "Advisories are not enough")).toBe("Kavita Rao");
  });

  it("reads undotted police ranks and a force's unit: “Det Insp X of Y police’s crime unit, who …, said”", () => {
    const article = extractText(
      "Judge Helen Okafor adjourned sentencing.\n\nDet Insp Carl Hebden of West Yorkshire police’s economic crime unit, who led the investigation, said officers had traced the money.\n\n“This was a calculated fraud,” he said.",
    );
    expect(speakerOf(article, "officers had traced")).toBe("Carl Hebden");
    expect(speakerOf(article, "calculated fraud")).toBe("Carl Hebden");
  });

  it("takes a name set off by an aside at the start of a sentence as its subject, for “he” and “and said”", () => {
    const article = extractText(
      [
        "The United States sent a small team. Its delegation head, Mark Ellery, did not address the plenary.",
        "",
        "Quintero, asked whether the summit had failed, paused before answering. “I would say the summit has not yet succeeded,” he said.",
        "",
        "Halcyon, once one of the ten largest exchanges, halted withdrawals on Thursday and said it was exploring “all strategic options”.",
        "",
        "Eligibility, he said, would depend on income.",
      ].join("\n"),
    );
    expect(speakerOf(article, "not yet succeeded")).toBe("Quintero");
    expect(speakerOf(article, "all strategic options")).toBe("Halcyon");
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain("Eligibility");
  });

  it("reads “Rebecca Thorne KC” as a person, and a lone name after “in the” as a place", () => {
    const article = extractText(
      "The money paid for a villa in the Algarve.\n\nOpening the case in May, Rebecca Thorne KC, prosecuting, told jurors the scheme had been a fiction. She said Pellow had chosen his victims carefully.",
    );
    expect(article.speakers.find((speaker) => speaker.name === "Rebecca Thorne")?.kind).toBe("person");
    expect(speakerOf(article, "chosen his victims")).toBe("Rebecca Thorne");
  });

  it("skips an apposition that opens with an adverb (“X, now a TV pundit, said”)", () => {
    const article = extractText(
      "Former Everdale skipper Lee Bramwell, now a TV pundit, said Djordjevic had made a huge mistake.\n\n‘You don’t go on strike,’ he said.",
    );
    expect(speakerOf(article, "a huge mistake")).toBe("Lee Bramwell");
    expect(speakerOf(article, "go on strike")).toBe("Lee Bramwell");
  });

  it("skips an aside that opens with a preposition (“X, under pressure after …, said”)", () => {
    const article = extractText(
      "Sri Lanka coach Gerhard Koen, under pressure after a fourth straight away defeat, said the squad would go back to the drawing board. He insisted he was not worried about his own position.",
    );
    expect(speakerOf(article, "drawing board")).toBe("Gerhard Koen");
    expect(speakerOf(article, "not worried")).toBe("Gerhard Koen");
  });

  it("reads “…,” X, a long title with an acronym in brackets, told … after a quote", () => {
    const article = extractText(
      '"Safety is not negotiable," Tan Wei Ming, director-general of the Civil Aviation Authority of Singapore (CAAS), told reporters at a briefing.',
    );
    expect(speakerOf(article, "Safety is not negotiable")).toBe("Tan Wei Ming");
  });

  it("ends one speaker's clause at “, and manager X said”, and reads past “Aug. 15” to the “that”", () => {
    const article = extractText(
      "Everdale had insisted last week that the striker was not for sale, and manager Steve Kimber said at a news conference on Aug. 15 that the club would not be bullied.",
    );
    expect(quoteWith(article, "not for sale").text).toBe("the striker was not for sale");
    expect(speakerOf(article, "would not be bullied")).toBe("Steve Kimber");
  });

  it("skips an American legislator's party and home (“Rep. X, D-St. Louis,”)", () => {
    const article = extractText(
      "Rep. Monica Ellery, D-St. Louis, who has filed a competing bill, said the committee was answering the wrong question.\n\nCommittee Chairman Ron Hapsburg, R-Joplin, said he expected a vote next week.",
    );
    expect(speakerOf(article, "wrong question")).toBe("Monica Ellery");
    expect(speakerOf(article, "expected a vote")).toBe("Ron Hapsburg");
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(["Monica Ellery", "Ron Hapsburg"]);
  });

  it("reads “…,” said the 44-year-old, X, and “…,” said the woman, X, as X speaking", () => {
    const article = extractText(
      [
        "Kevin Marsh testified on Monday.",
        "",
        "“We just want the truth said out loud,” said the 44-year-old, Denise Dorsey-Hull, of Columbus.",
        "",
        "“Fifty cents does not sound like much to you,” said the woman, Gloria Tate, who lives in Eastbrook.",
      ].join("\n"),
    );
    expect(speakerOf(article, "truth said out loud")).toBe("Denise Dorsey-Hull");
    expect(speakerOf(article, "Fifty cents")).toBe("Gloria Tate");
  });

  it("reads the same phrase after reported words (“…, said the 44-year-old, X, of Columbus.”)", () => {
    const article = extractText(
      "The family had waited seven months for the trial, said the 44-year-old, Denise Dorsey-Hull, of Columbus.",
    );
    expect(speakerOf(article, "waited seven months")).toBe("Denise Dorsey-Hull");
  });

  it("gives “but said” the subject of the main clause", () => {
    const article = extractText(
      "Deputy governor Ilse Varga declined to give guidance on the next decision, but said the board would know more by December.",
    );
    expect(speakerOf(article, "know more by December")).toBe("Ilse Varga");
  });

  it("gives a closing “, saying …” the main clause's subject, not a dateline's outlet", () => {
    const article = extractText(
      "OSLO, May 2 (Northwire) - The Norges Reserve Bank held its main rate at 4.5% on Thursday, saying inflation was still too high to justify a cut.",
    );
    expect(speakerOf(article, "still too high")).toBe("Norges Reserve Bank");
  });

  it("takes the clause before “…, X said, meaning …” as the content", () => {
    const article = extractText(
      "Kari Lunde, an oceanographer, studies sinking debris. Pellets sink as fast as 800 meters a day, Lunde said, meaning plastic can reach the seabed within a week.",
    );
    expect(quoteWith(article, "Pellets sink").text).toBe("Pellets sink as fast as 800 meters a day");
    expect(speakerOf(article, "Pellets sink")).toBe("Kari Lunde");
  });

  it("reads “…, a company spokeswoman said” as the company speaking", () => {
    const article = extractText(
      "Brightwell Pharma won approval for its antifungal drug on Monday.\n\nBrightwell expects the drug to reach hospital pharmacies by late April, a company spokeswoman said.",
    );
    expect(speakerOf(article, "hospital pharmacies")).toBe("Brightwell Pharma");
  });

  it("does not read an object after the verb as an inverted clause's tail", () => {
    const article = extractText(
      "In a bold statement that raised tensions, a senior official has accused the agency of hiding test results.",
    );
    expect(quoteWith(article, "hiding test results").text).toBe("the agency of hiding test results");
  });
});

describe("unnamed sources", () => {
  it("leaves “Keepers said …” and “Thirteen miners …” to no one, but keeps a surname that ends alike", () => {
    const article = extractText(
      [
        "The zoo welcomed a calf on Friday. Keepers said the calf was on his feet within an hour.",
        "",
        "Thirteen miners were trapped. Anna Rogers, the mine manager, said rescuers were close. Rogers said the air was good.",
      ].join("\n"),
    );
    expect(speakerOf(article, "on his feet")).toBeNull();
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain("Thirteen");
    expect(speakerOf(article, "the air was good")).toBe("Anna Rogers");
  });

  it("keeps an unnamed source's pronouns from the last named speaker", () => {
    const article = extractText(
      [
        "“My orders have been sitting on the quay since Sunday,” said Asad Malik, who owns a towel factory.",
        "",
        "A nurse at the port clinic, who asked not to be named, said she had not been paid since the strike began. “I have three children in school,” she said.",
      ].join("\n"),
    );
    expect(speakerOf(article, "sitting on the quay")).toBe("Asad Malik");
    expect(speakerOf(article, "not been paid")).toBeNull();
    expect(speakerOf(article, "three children")).toBeNull();
  });

  it("does not take the anonymity formula for something said", () => {
    const article = extractText(
      "“This one might be different,” said one fund manager, who asked not to be named because he holds the stock.",
    );
    expect(article.quotes.map((quote) => quote.text)).toEqual(["This one might be different"]);
  });

  it("reads a plural noun opening the sentence as an unnamed group's voice", () => {
    const article = extractText(
      "Local exporters say the damage is already being done to the country's reputation. Some shopkeepers said the strike had emptied their shelves.",
    );
    expect(quoteWith(article, "damage is already").text).toBe(
      "the damage is already being done to the country's reputation",
    );
    expect(speakerOf(article, "damage is already")).toBeNull();
    expect(speakerOf(article, "emptied their shelves")).toBeNull();
  });

  it("does not take a name in quotation marks for a quote", () => {
    const article = extractText(
      'He paid shell companies with bland names such as "Northbridge Advisory" and "Keel Street Consulting."',
    );
    expect(article.quotes).toEqual([]);
  });
});

describe("sources named late or through what they wrote", () => {
  it("gives a lede's description to the later name whose role shares its noun, not to the first name after it", () => {
    const article = extractText(
      [
        'A former treasurer was sentenced on Thursday to seven years in prison after a judge rejected his plea and said he had "treated savings like a credit line."',
        "",
        "Gordon Pike, 61, of Hartwell, pleaded guilty in February.",
        "",
        "U.S. District Judge Helen Marchetti said the sentence had to deter others.",
      ].join("\n"),
    );
    expect(speakerOf(article, "credit line")).toBe("Helen Marchetti");
    expect(speakerOf(article, "deter others")).toBe("Helen Marchetti");
  });

  it("reads “according to the agency's documents” as the agency speaking", () => {
    const article = extractText(
      "The Food and Drug Administration approved the drug on Monday. Four patients had to stop treatment because of liver damage, according to the agency's review documents.",
    );
    expect(speakerOf(article, "stop treatment")).toBe("Food and Drug Administration");
  });
});

describe("more ways news introduces a speaker", () => {
  it("takes any verb leading into a quote through a colon", () => {
    const article = extractText(
      "Striker Jamie Oduya, who set up the winner, summed up the mood in the dressing room: ‘He is the best finisher I have ever played with.’",
    );
    expect(speakerOf(article, "best finisher")).toBe("Jamie Oduya");
    expect(quoteWith(article, "best finisher").rule).toBe("direct.colon-any-verb");
  });

  it("resolves “the Spaniard” to the person last acting, like a pronoun", () => {
    const article = extractText(
      "Iñaki Larrea, the Harbourside manager, was furious on Sunday.\n\nThe Spaniard insisted the striker had told him face to face that he wanted to stay.",
    );
    expect(speakerOf(article, "face to face")).toBe("Iñaki Larrea");
  });

  it("keeps a source close to an organization anonymous, even in the lede", () => {
    const article = extractText(
      "A source close to the German club told the Daily Courier: “They see him as the perfect replacement.”",
    );
    expect(speakerOf(article, "perfect replacement")).toBeNull();
  });

  it("ends a relative clause's content where the main clause's reporting verb comes", () => {
    const article = extractText(
      "Finance chief Ben Adeyemi, who said discounts would cut margins, told analysts the company had no plans to slow store openings.",
    );
    expect(quoteWith(article, "discounts").text).toBe("discounts would cut margins");
    expect(quoteWith(article, "no plans").text).toBe("the company had no plans to slow store openings");
  });

  it("reads “Harlow & Finch” as a company and “Reno, Nevada” as a place that “it” does not refer to", () => {
    const article = extractText(
      "Harlow & Finch, the home-goods chain, cut its profit forecast on Wednesday. The company said it would close its warehouse in Reno, Nevada, by December. It said the closure would affect about 260 workers.",
    );
    expect(speakerOf(article, "close its warehouse")).toBe("Harlow & Finch");
    expect(speakerOf(article, "260 workers")).toBe("Harlow & Finch");
    expect(article.speakers.map((speaker) => [speaker.name, speaker.kind])).toEqual([
      ["Harlow & Finch", "organization"],
    ]);
  });

  it("does not take the question put to someone for their words", () => {
    const article = extractText(
      "Kovalenko scored twice. Asked about his future, the striker smiled and pointed to the badge on his shirt.",
    );
    expect(article.quotes.filter((quote) => quote.text.includes("Asked"))).toEqual([]);
  });
});

describe("clauses that share a sentence", () => {
  it("ends one speaker's content where another's reporting clause begins", () => {
    const article = extractText(
      "Mayor Aisha Grant said the council would hold a public review at the six-month mark, and Tom Gallagher said he would ask staff to report monthly. Dana Lindgren, a law professor, said courts had sided with cities, although she said the dissent was not frivolous.",
    );
    expect(quoteWith(article, "public review").text).toBe(
      "the council would hold a public review at the six-month mark",
    );
    expect(speakerOf(article, "report monthly")).toBe("Tom Gallagher");
    expect(quoteWith(article, "sided with cities").text).toBe("courts had sided with cities");
    expect(speakerOf(article, "not frivolous")).toBe("Dana Lindgren");
  });

  it("reads “…, according to X, while …” and a subject with a “whose” clause", () => {
    const article = extractText(
      "Exports were worth about $4.8 billion last year, according to the State Bank of Pakistan, while imports were four times that. But Judy Kowalczyk, whose store has been on Main Street since 1978, said many of her customers needed to park near the door.",
    );
    expect(speakerOf(article, "$4.8 billion")).toBe("State Bank of Pakistan");
    expect(speakerOf(article, "park near the door")).toBe("Judy Kowalczyk");
  });

  it("reads a court ruling that …", () => {
    const article = extractText(
      "A state appeals court on Tuesday upheld the city's ban on short-term rentals, ruling that the city had acted within its zoning powers.",
    );
    expect(quoteWith(article, "zoning powers").text).toBe("the city had acted within its zoning powers");
  });

  it("finds a quote's speaker in the next sentence's “The admission came from X”", () => {
    const article = extractText(
      '"We over-ordered outdoor furniture, plain and simple." The admission came from chief executive Marisol Quintero on a call with analysts.',
    );
    expect(speakerOf(article, "over-ordered")).toBe("Marisol Quintero");
  });

  it("prefers the main clause's subject over a subordinate clause's as the referent of an epithet", () => {
    const article = extractText(
      [
        "Olexandr Kovalenko scored the winner on Saturday.",
        "",
        "Kovalenko, who joined in 2023, curled a shot into the corner after Callum Reid had equalized.",
        "",
        "Asked about his future, the 24-year-old pointed to his shirt. “I kissed the badge,” he said.",
      ].join("\n"),
    );
    expect(speakerOf(article, "kissed the badge")).toBe("Olexandr Kovalenko");
  });
});

describe("organizations and the people around them", () => {
  it("reads a name in apposition to the subject, and an organization name ending in an organization word", () => {
    const article = extractText(
      "The probe’s manufacturer, Meridian Aerostructures, said in a statement that the part met all certification standards. The Regional Pilots Union warned against rushing to blame the crew.",
    );
    expect(speakerOf(article, "certification standards")).toBe("Meridian Aerostructures");
    expect(speakerOf(article, "rushing to blame")).toBe("Regional Pilots Union");
  });

  it("takes a company name read as a person's for “the company”, and ignores a dateline's agency", () => {
    const article = extractText(
      "DENVER (AP) — Halvorsen Polymers lost a $40 million verdict on Tuesday.\n\nThe company said it had always acted responsibly.",
    );
    expect(speakerOf(article, "acted responsibly")).toBe("Halvorsen Polymers");
    expect(article.speakers.map((speaker) => [speaker.name, speaker.kind])).toEqual([
      ["Halvorsen Polymers", "organization"],
    ]);
  });

  it("leaves a demonym after “of” to the firm, and reads “Conservation groups” as a group", () => {
    const article = extractText(
      "Tomasz Wierzbicki of Baltic Equity Research said the company was too exposed to the auto sector. Conservation groups have called for a ban, warning that cattle are degrading the pools.",
    );
    expect(speakerOf(article, "auto sector")).toBe("Tomasz Wierzbicki");
    expect(speakerOf(article, "degrading the pools")).toBeNull();
  });

  it("gives an unaffiliated spokesman to the organization acting last, and a colon to the main clause's subject", () => {
    const article = extractText(
      [
        "Brightwater Utilities raised prices on Monday.",
        "",
        "A spokesman said the rise was unavoidable after a dry winter.",
        "",
        'Board member Victor Ames, a retired accountant, put it bluntly: "We were two weeks from closing 31 schools."',
      ].join("\n"),
    );
    expect(speakerOf(article, "dry winter")).toBe("Brightwater Utilities");
    expect(speakerOf(article, "31 schools")).toBe("Victor Ames");
  });

  it("takes the person a “For X,” sentence is about as the next “he”", () => {
    const article = extractText(
      [
        "The network’s chief information officer, Mark Tessier, is on leave.",
        "",
        "For Farid Haddad, who comes in three times a week for dialysis, the worry is practical. “They have my address,” he said.",
      ].join("\n"),
    );
    expect(speakerOf(article, "my address")).toBe("Farid Haddad");
  });

  it("keeps a titled person of an organization a person", () => {
    const article = extractText(
      "Detective Chief Inspector Ruth Amberley of Wessex Police said after the verdict that the tracker had been the turning point.",
    );
    expect(speakerOf(article, "turning point")).toBe("Ruth Amberley");
  });

  it("gives “a Lumora spokeswoman” to Lumora, and “the company” to the company, not the agency suing it", () => {
    const article = extractText(
      [
        "The Federal Trade Commission sued Lumora Inc. in March.",
        "",
        "The Federal Trade Commission argued that Lumora had abused its dominance.",
        "",
        "In court filings, the company has argued that its commission pays for security reviews.",
        "",
        "A Lumora spokeswoman said on Thursday that the company looked forward to presenting its case.",
      ].join("\n"),
    );
    expect(speakerOf(article, "security reviews")).toBe("Lumora Inc.");
    expect(speakerOf(article, "presenting its case")).toBe("Lumora Inc.");
  });

  it("takes the speaker, not a subject inside their reported words, as the next “he”", () => {
    const article = extractText(
      "Chief executive Mohammed al-Rashidi said Brackenridge had no plans to sell any assets. He said the dividend policy would not change.",
    );
    expect(speakerOf(article, "dividend policy")).toBe("Mohammed al-Rashidi");
  });

  it("does not let an unnamed person of unknown gender take “she” from a named woman", () => {
    const article = extractText(
      "Judge Anne-Marie Kessler presided. On Jan. 8, she cut off an economist who was reading from a slide. On Wednesday she warned the lawyers that she would not accept a parade of surveys.",
    );
    expect(speakerOf(article, "parade of surveys")).toBe("Anne-Marie Kessler");
  });
});

describe("content after a time adjunct, affiliations and rankings", () => {
  it("reads “X said on Tuesday it had …” without “that”", () => {
    const article = extractText(
      "Brackenridge Mining said on Tuesday it had agreed to buy Tallis Copper for $11.4 billion.",
    );
    expect(quoteWith(article, "agreed to buy").text).toBe("it had agreed to buy Tallis Copper for $11.4 billion");
    expect(speakerOf(article, "agreed to buy")).toBe("Brackenridge Mining");
  });

  it("skips “of <place or body>” after a person's name to reach their verb", () => {
    const article = extractText(
      "Pastor Glen Abernathy of First Lutheran, whose church has been collecting food, said the response had been remarkable.",
    );
    expect(speakerOf(article, "remarkable")).toBe("Glen Abernathy");
  });

  it("resolves “the world No 6” like an epithet", () => {
    const article = extractText(
      "Tomás Villalba served for the title but was broken to love.\n\n‘That game, I don’t know what happened,’ the world No 6 admitted.",
    );
    expect(speakerOf(article, "That game")).toBe("Tomás Villalba");
  });

  it("takes a quote-first paragraph's speaker from the next sentence that introduces a person", () => {
    const article = extractText(
      "The smoke had turned the sun orange.\n\n“You refresh the fire map every ten minutes. That’s your whole day.” Joanne Pruitt, who has lived on Bell Creek Road for 31 years, has been sleeping in the school gym since Sunday.",
    );
    expect(speakerOf(article, "fire map")).toBe("Joanne Pruitt");
  });
});

describe("identifying speakers by what the article called them", () => {
  it("reads “That was X” after a quote, and “the CEO” for a chief executive", () => {
    const article = extractText(
      [
        "Lakeshore’s president and chief executive, Dr. Hélène Marchand, apologized on Wednesday.",
        "",
        "“We failed to stop this,” the CEO said.",
        "",
        "“I just want someone to tell me whether my file is out there.” That was Farid Haddad, 71, a dialysis patient at the Mississauga campus, who waited two hours at a help desk.",
      ].join("\n"),
    );
    expect(speakerOf(article, "failed to stop")).toBe("Hélène Marchand");
    expect(speakerOf(article, "my file")).toBe("Farid Haddad");
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain("Mississauga");
  });

  it("reads a group named in apposition with its acronym, and an adverb set off by commas", () => {
    const article = extractText(
      "Meanwhile, a civil society group, the Heritage Rights Initiative (HRI), said in a statement that the government must publish an inventory. The commissioner, Olufemi Adeyemi, spoke next. He, however, urged other museums to follow, warning that the commission would not relent.",
    );
    expect(speakerOf(article, "publish an inventory")).toBe("Heritage Rights Initiative");
    expect(speakerOf(article, "would not relent")).toBe("Olufemi Adeyemi");
  });

  it("does not take a number word opening a sentence for a name", () => {
    const article = extractText(
      "Aditi Fernando began looking for an apartment in 2021. Four years and 31 auctions later, the 34-year-old nurse says the ceiling has become a floor.",
    );
    expect(speakerOf(article, "ceiling has become")).toBe("Aditi Fernando");
  });
});

describe("statements introduced across paragraphs and through documents", () => {
  it("gives “A statement issued by X on Wednesday said …” to X", () => {
    const article = extractText(
      'Talks between the two governments ended in Abuja on Wednesday.\n\nA statement issued by the Nigerian Ministry of Foreign Affairs on Wednesday evening said the talks were held "in a cordial and frank atmosphere".',
    );
    expect(speakerOf(article, "the talks were held")).toBe("Ministry of Foreign Affairs");
  });

  it("gives “His verdict was simple: “…”” to the man who spoke before", () => {
    const article = extractText(
      "Mission manager Paolo Ferrante said the spacecraft had come through the encounter in excellent health.\n\nHis verdict on the flyby was simple: “It could hardly have gone better.”",
    );
    expect(speakerOf(article, "hardly have gone better")).toBe("Paolo Ferrante");
  });

  it("gives an opening quote to the person the next paragraph introduces with a short description", () => {
    const article = extractText(
      "‘I gave it everything I had and it still wasn’t enough.’\n\nA tearful Hannah Cartwright summed up the cruellest night of her career in New York.",
    );
    expect(speakerOf(article, "I gave it everything")).toBe("Hannah Cartwright");
  });

  it("gives a quote-only paragraph to the person whose reported request closes the paragraph before", () => {
    const article = extractText(
      [
        "Angela Ruiz, whose son Mateo was killed in the shooting, asked lawmakers to spend the money on something else.",
        "",
        "“Pass a safe storage law. Fund counselors.",
        "",
        "“Please don’t make his school into a place where the answer to a gun is another gun.”",
        "",
        "Not everyone agreed. “People built where they built,” said one farmer, who asked not to be named.",
      ].join("\n"),
    );
    expect(speakerOf(article, "lawmakers to spend")).toBe("Angela Ruiz");
    expect(speakerOf(article, "safe storage law")).toBe("Angela Ruiz");
    expect(speakerOf(article, "answer to a gun")).toBe("Angela Ruiz");
    expect(speakerOf(article, "People built")).toBeNull();
  });

  it("names the speaker of an opening quote in “That was how X summed up …”", () => {
    const article = extractText(
      "The safety board said Thursday the pilots never agreed on which instrument to trust.\n\n“This crew was fighting the airplane.” That was how Evelyn Castro, chair of the board, summed up the final minutes of the flight.",
    );
    expect(speakerOf(article, "fighting the airplane")).toBe("Evelyn Castro");
  });

  it("gives a quote paragraph to the subject of a sentence that ends the paragraph before with a colon", () => {
    const article = extractText(
      [
        "Disgraced climber Sem van Rijn was banned for four years on Tuesday.",
        "",
        "But the Dutchman hit back in a furious Instagram post:",
        "",
        "“I have never taken EPO in my life. Not once. Not ever.”",
        "",
        "“I will fight this,” he added.",
      ].join("\n"),
    );
    expect(speakerOf(article, "never taken EPO")).toBe("Sem van Rijn");
    expect(speakerOf(article, "fight this")).toBe("Sem van Rijn");
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(["Sem van Rijn"]);
  });

  it("gives a quote standing alone to the person “The words belong to …” or “The speaker, X,” names", () => {
    const article = extractText(
      [
        "The report was published on Monday.",
        "",
        "“My daughter was on the deck with her life jacket.” The words belong to Mrs. Eleni Stathopoulou, 58, whose daughter was among the victims.",
        "",
        '"We drank that water for eleven years." The speaker, Dolores Quintero, 67, sat in the front row.',
      ].join("\n"),
    );
    expect(speakerOf(article, "life jacket")).toBe("Eleni Stathopoulou");
    expect(speakerOf(article, "eleven years")).toBe("Dolores Quintero");
  });

  it("gives a feature's opening quote to the person the next paragraph introduces", () => {
    const article = extractText(
      [
        "Record flood swamps Kellambra",
        "",
        "“We lost the lot – the herd, the sheds, the lot.”",
        "",
        "Dairy farmer Ken Haddad stood on the ridge above his property yesterday, watching the river pour through his shed.",
      ].join("\n"),
    );
    expect(speakerOf(article, "We lost the lot")).toBe("Ken Haddad");
  });

  it("does not give a quote in mid-article to whoever opens the next paragraph", () => {
    const article = extractText(
      [
        "Record flood swamps Kellambra",
        "",
        "The mayor, Ruth Ames, said the town had never seen water so high.",
        "",
        "“We lost the lot.”",
        "",
        "Dairy farmer Ken Haddad stood on the ridge above his property yesterday.",
      ].join("\n"),
    );
    expect(speakerOf(article, "We lost the lot")).not.toBe("Ken Haddad");
  });

  it("reads “…,” the statement said. as the words of whoever issued the statement", () => {
    const article = extractText(
      'In its statement, Lakeshore Health said it would not pay a ransom.\n\n"Paying criminals does not get data back," the statement said.',
    );
    expect(speakerOf(article, "Paying criminals")).toBe("Lakeshore Health");
  });

  it("reads “…,” the statement read. as the words of whoever issued the statement", () => {
    const article = extractText(
      "Mr Craig Tandy, the member for Lachlan Downs, said in a statement on Tuesday that he had repaid the money.\n\n“Every claim I made was lodged in good faith,” the statement read.",
    );
    expect(speakerOf(article, "good faith")).toBe("Craig Tandy");
  });
});

describe("bodies described by a possessor and a plain noun", () => {
  it("finds “Mexico's culture ministry”, apart from the Spanish foreign ministry named before", () => {
    const article = extractText(
      [
        "The Spanish foreign ministry said on Tuesday the codex had been returned.",
        "",
        "The codex will go on display in Mexico City in November, according to Mexico's culture ministry.",
        "",
        "The city's planning department said the closure would divert 6,400 vehicles a day. The police department has said it will review emergency access routes.",
      ].join("\n"),
    );
    expect(speakerOf(article, "go on display")).toBe("Mexico's culture ministry");
    expect(speakerOf(article, "divert 6,400 vehicles")).toBe("city's planning department");
    expect(speakerOf(article, "emergency access routes")).toBe("police department");
  });
});

describe("organizations the article names in passing", () => {
  it("reads a name followed by its own initials as an organization, which “the group” then refers to", () => {
    const article = extractText(
      "Meanwhile, a campaign group, the Coastal Heritage Trust Initiative (CHTI), said the ministry must publish its records.\n\nThe group accused past administrations of “neglecting” the archive.",
    );
    expect(article.speakers.find((speaker) => speaker.name === "Coastal Heritage Trust Initiative")?.kind).toBe(
      "organization",
    );
    expect(speakerOf(article, "neglecting")).toBe("Coastal Heritage Trust Initiative");
  });

  it("does not let “the utility” mean a school, and finds the utility among names read as people", () => {
    const article = extractText(
      [
        "Cascadia Power has said its data shows no fault on the circuit. Classes at Fernbrook High School were cancelled.",
        "",
        "In a statement on Wednesday, the utility said it had handed all records to state investigators.",
      ].join("\n"),
    );
    expect(speakerOf(article, "handed all records")).toBe("Cascadia Power");
  });

  it("gives “a police spokesman” to the article's police force, not the last body that acted", () => {
    const article = extractText(
      [
        "Wessex Police arrested two men in Dorchester on Monday.",
        "",
        "The Harbour Trust said it was shocked by the damage.",
        "",
        "A police spokesman said inquiries were continuing.",
      ].join("\n"),
    );
    expect(speakerOf(article, "inquiries were continuing")).toBe("Wessex Police");
  });
});

describe("a business whose name has no business word", () => {
  it("reads “Mount Ferrier” as a place and “Redcliff Iron” as the company that speaks", () => {
    const article = extractText(
      [
        "The court rejected the challenge by Redcliff Iron, which had argued the claim was extinguished.",
        "",
        "The ruling does not stop Redcliff’s Mount Ferrier project, which sits on an existing lease, but the company will need to negotiate.",
        "",
        "In a statement, Redcliff said it respected the decision. The company said it had “a long history of working with traditional owners”.",
      ].join("\n"),
    );
    expect(speakerOf(article, "a long history")).toBe("Redcliff Iron");
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain("Mount Ferrier");
  });

  it("takes “A group calling itself X” as X", () => {
    const article = extractText(
      "Lakeshore Health said on Monday its systems were restored.\n\nA group calling itself Black Lantern claimed responsibility on Monday, saying it had taken 1.2 terabytes of data.",
    );
    expect(speakerOf(article, "1.2 terabytes")).toBe("Black Lantern");
    expect(article.speakers.find((speaker) => speaker.name === "Black Lantern")?.kind).toBe("organization");
  });

  it("reads a name set off after “The water company,” as the company, and its spokesman as speaking for it", () => {
    const article = extractText(
      [
        "The mayor blamed the regional government in Seville for approving new irrigated farmland.",
        "",
        "The water company, Aguas del Sur, sees it differently. A spokesman said in April that the cuts were unavoidable.",
        "",
        "The head of the local tourism office, Beat Imboden, told Swiss radio that bookings had fallen.",
      ].join("\n"),
    );
    expect(article.speakers.find((speaker) => speaker.name === "Aguas del Sur")?.kind).toBe("organization");
    expect(speakerOf(article, "the cuts were unavoidable")).toBe("Aguas del Sur");
    expect(article.speakers.find((speaker) => speaker.name === "Beat Imboden")?.kind).toBe("person");
  });

  it("reads a name described as a startup as an organization, and “the company” as that one, not its investors", () => {
    const article = extractText(
      [
        "Lumora, a London-based startup whose software sells stored power back to the grid, said on Wednesday it had raised $85 million in a round led by Northfield Ventures.",
        "",
        "The company, founded in 2021 by Anjali Raman, said the money would take it into Germany.",
      ].join("\n"),
    );
    expect(article.speakers.find((speaker) => speaker.name === "Lumora")?.kind).toBe("organization");
    expect(speakerOf(article, "into Germany")).toBe("Lumora");
  });

  it("reads “the airline” as the business whose name says its trade", () => {
    const article = extractText(
      [
        "The regulator ordered Starling Air to inspect all 14 of its Airbus jets.",
        "",
        "Oxygen masks dropped and the pilots brought the jet down in three minutes.",
        "",
        "Nine passengers were treated in hospital, the airline said.",
      ].join("\n"),
    );
    expect(speakerOf(article, "Nine passengers")).toBe("Starling Air");
  });

  it("prefers a misread name that acted over a body only named, for “the company”", () => {
    const article = extractText(
      "Kestrelight said on Monday it had raised $85 million in a round led by Northfield Ventures, with participation from Greyhaven Capital.\n\nThe company said the money would take it into Germany.",
    );
    expect(speakerOf(article, "into Germany")).toBe("Kestrelight");
  });
});

describe("bodies named after their members", () => {
  it("reads “the United Auto Workers said” as a union speaking, and “the union” as it later", () => {
    const article = extractText(
      "Workers at the Maumee plant voted down a tentative labor agreement, the United Auto Workers said late Wednesday.\n\nThe union said negotiators would return to the table on Monday.",
    );
    expect(speakerOf(article, "voted down")).toBe("United Auto Workers");
    expect(article.speakers.find((speaker) => speaker.name === "United Auto Workers")?.kind).toBe("organization");
  });
});

describe("institutions' names with possessives, articles and acronyms", () => {
  it("keeps a plural possessive and an office holder's possessive inside one name", () => {
    const article = extractText(
      [
        "The Lanka Exporters' Association said in a statement that the cut would help apparel makers.",
        "",
        "In a statement, the U.S. Attorney’s Office for the Northern District of Ohio said the sentence was fair.",
        "",
        "Russia's Foreign Ministry said the talks would resume.",
      ].join("\n"),
    );
    expect(speakerOf(article, "apparel makers")).toBe("Lanka Exporters' Association");
    expect(speakerOf(article, "sentence was fair")).toBe("U.S. Attorney’s Office for the Northern District of Ohio");
    expect(speakerOf(article, "talks would resume")).toBe("Foreign Ministry");
  });

  it("reads “The Czech National Bank left …, saying” with the bank as subject, not the wire credit", () => {
    const article = extractText(
      "PRAGUE, Nov 6 (Example Wire) - The Czech National Bank left its main rate unchanged on Thursday, saying inflation was still too high.",
    );
    expect(speakerOf(article, "still too high")).toBe("Czech National Bank");
  });

  it("reads a name with its acronym in brackets as the subject that a later “it” refers to", () => {
    const article = extractText(
      "The Northern Health Protection Agency (NHPA) confirmed on Friday that a retired driver died in Harrowfield General Hospital. It said samples had tested positive.",
    );
    expect(speakerOf(article, "samples had tested positive")).toBe("Northern Health Protection Agency");
  });

  it("reads a body described through its possessor (“Sri Lanka's central bank”) as an organization that speaks", () => {
    const article = extractText(
      "Sri Lanka's central bank cut its policy rate on Wednesday, saying inflation had stayed low.\n\nThe fund's board of trustees said in a statement that it had recovered $1.4 million.",
    );
    expect(speakerOf(article, "inflation had stayed low")).toBe("Sri Lanka's central bank");
    expect(speakerOf(article, "recovered $1.4 million")).toBe("fund's board of trustees");
  });

  it("gives “a force spokesperson” to the police force, not another body with “Police” in its name", () => {
    const article = extractText(
      [
        "Wessex Police confirmed last night that it had referred itself to the Independent Office for Police Conduct.",
        "",
        "The Harbour Trust said it was shocked.",
        "",
        "‘We will co-operate fully with that review,’ a force spokesperson said.",
      ].join("\n"),
    );
    expect(speakerOf(article, "co-operate fully")).toBe("Wessex Police");
  });

  it("gives “an NHPA spokesperson” to the agency whose initials those are", () => {
    const article = extractText(
      "The Northern Health Protection Agency (NHPA) confirmed on Friday that a man had died.\n\nAn NHPA spokesperson said the agency was testing water at two other sites.",
    );
    expect(speakerOf(article, "testing water")).toBe("Northern Health Protection Agency");
  });
});

describe("who “she” is in a profile", () => {
  it("does not give “she” to an unnamed critic who spoke inside a subordinate clause", () => {
    const article = extractText(
      [
        "Anjali Raghunathan orders a second espresso and pushes it across the table.",
        "",
        "Her profile grew last year, after a newspaper columnist described her casting as “box-ticking”. She says now that she regrets the tone of her reply.",
        "",
        "“I was angry, and I wrote it angry,” she says.",
      ].join("\n"),
    );
    expect(speakerOf(article, "box-ticking")).toBeNull();
    expect(speakerOf(article, "regrets the tone")).toBe("Anjali Raghunathan");
    expect(speakerOf(article, "I was angry")).toBe("Anjali Raghunathan");
  });
});

describe("short quotes and subjects set off by a description", () => {
  it("reads a short quote closing on a comma before “he said” as speech", () => {
    const article = extractText('Martin Greaves was blunt.\n\n"People wrote him off," he said.');
    expect(speakerOf(article, "People wrote him off")).toBe("Martin Greaves");
  });

  it("keeps a short term in marks a term when no reporting verb follows", () => {
    const article = extractText('The so-called "Keel Street," a consultancy, said nothing about the deal.');
    expect(article.quotes.some((quote) => quote.text === "Keel Street")).toBe(false);
  });

  it("makes the name set off after “X's coach,” the subject a later “he” refers to", () => {
    const article = extractText(
      [
        "Villalba served for the title but was broken. The Argentine insisted his knee was not to blame.",
        "",
        "Penhallow's coach, former British No 1 Martin Greaves, was more blunt.",
        "",
        "‘People wrote him off,’ he said, ‘and he has shoved it right back at them.’",
      ].join("\n"),
    );
    expect(speakerOf(article, "People wrote him off")).toBe("Martin Greaves");
  });
});

describe("a spokesperson whose role names the body", () => {
  it("gives “The Starling Air spokeswoman said” to Starling Air, not to the company named next", () => {
    const article = extractText(
      [
        "A Starling Air flight returned to Perth after a loss of cabin pressure on Sunday.",
        "",
        "The Starling Air spokeswoman said the fog was condensation caused by the change in pressure.",
        "",
        "Airbus said in a statement it was providing technical support.",
      ].join("\n"),
    );
    expect(speakerOf(article, "the fog was condensation")).toBe("Starling Air");
  });
});

describe("anonymous sources placed by an organization", () => {
  it("leaves “sources close to the club” and “sources in the department” unnamed, not the body's", () => {
    const article = extractText(
      "Everdale Rovers rejected the bid. Harwood are preparing a third offer, according to sources close to the club.\n\nThe Quality Department tested the spice. Sources in the department said that two other brands were under examination.",
    );
    expect(speakerOf(article, "third offer")).toBeNull();
    expect(speakerOf(article, "two other brands")).toBeNull();
  });
});

describe("names inside titles and chants", () => {
  it("does not take a name inside a quoted chant for someone a later description refers to", () => {
    const article = extractText(
      'The former defender claimed his side had been undone by one moment of madness.\n\nThe chorus of "Rovers Till I Die" rang round the ground at the final whistle.',
    );
    expect(speakerOf(article, "moment of madness")).toBeNull();
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain("Die");
  });
});

describe("verbs of speech used for motion", () => {
  it("reads “slammed into the coast” as no statement, “slammed the ruling” as one", () => {
    const article = extractText(
      "Cyclone Tandi slammed into the northern coast on Wednesday.\n\nOpposition leader Ana Lobo slammed the government's slow response to the storm.",
    );
    expect(article.quotes.some((quote) => quote.text.includes("northern coast"))).toBe(false);
    expect(speakerOf(article, "slow response")).toBe("Ana Lobo");
  });
});

describe("verbs of manner that frame a quote", () => {
  it("reads “…,” he grinned and “…,” laughed X as attributions, but gives them no reported content", () => {
    const article = extractText(
      "Jack Penrose took five wickets on Saturday.\n\n‘Rest? Not a chance,’ he grinned. ‘They will have to drag me off.’\n\n“Not bad for an old man,” laughed Tom Ridley. Ridley smiled at the crowd.",
    );
    expect(speakerOf(article, "Not a chance")).toBe("Jack Penrose");
    expect(speakerOf(article, "drag me off")).toBe("Jack Penrose");
    expect(speakerOf(article, "old man")).toBe("Tom Ridley");
    expect(article.quotes.some((quote) => quote.text.includes("at the crowd"))).toBe(false);
  });
});

describe("which body “the agency” and “it” are", () => {
  it("reads “Statistics Canada” as a body, and “the agency” as it rather than a bank or a broker", () => {
    const article = extractText(
      [
        "Inflation rose to 2.9% in January, Statistics Canada said on Tuesday.",
        "",
        "“This knocks it off course,” said Derek Lam, an economist at Northpoint Securities. The Bank of Canada said it would watch closely.",
        "",
        "Rent climbed 6.2%, the agency said.",
      ].join("\n"),
    );
    expect(article.speakers.find((speaker) => speaker.name === "Statistics Canada")?.kind).toBe("organization");
    expect(speakerOf(article, "Rent climbed")).toBe("Statistics Canada");
  });

  it("does not take a city council for “the agency”", () => {
    const article = extractText(
      [
        "The Larkin Regional Transit Authority raised fares after the Larkin City Council approved the budget.",
        "",
        "The council voted 7-2 on Tuesday.",
        "",
        "The agency said in a statement that it would add 40 bus shelters this year.",
      ].join("\n"),
    );
    expect(speakerOf(article, "40 bus shelters")).toBe("Larkin Regional Transit Authority");
  });

  it("takes “it” for “The Bank of Canada” that opened the sentence before", () => {
    const article = extractText(
      "Northpoint Securities said markets had pared bets on a cut.\n\nThe Bank of Canada has lowered its rate six times. In January it said it expected inflation to hover around its target.",
    );
    expect(speakerOf(article, "expected inflation to hover")).toBe("Bank of Canada");
  });
});

describe("a spokesperson for a body set off by its description", () => {
  it("reads “Open Shores, a migrant rights group,” as the body the spokesperson speaks for", () => {
    const article = extractText(
      "A spokesperson for Open Shores, a Palermo-based migrant rights group, said the boats Rome has promised risked turning Algeria into a border guard and called for independent monitoring.",
    );
    expect(article.speakers.find((speaker) => speaker.name === "Open Shores")?.kind).toBe("organization");
    expect(speakerOf(article, "the boats Rome has promised")).toBe("Open Shores");
    expect(speakerOf(article, "independent monitoring")).toBe("Open Shores");
  });
});

describe("a description in the lede named after a byline", () => {
  it("gives “a prosecutor told jurors …” to the assistant district attorney named next", () => {
    const article = extractText(
      [
        "By Rachel Okafor",
        "",
        "HARLAN — The man accused of shooting a landlord sat motionless Monday as a prosecutor told jurors he had killed her over unpaid rent.",
        "",
        "“This case is about money,” Assistant District Attorney Carla Brandt said in her opening statement.",
      ].join("\n"),
    );
    expect(speakerOf(article, "he had killed her")).toBe("Carla Brandt");
    expect(quoteWith(article, "he had killed her").text.startsWith("he had killed")).toBe(true);
  });
});

describe("a title in the lede named later", () => {
  it("gives “The Taoiseach has rejected Opposition demands …, telling the Dáil that …” to the leader named next", () => {
    const article = extractText(
      [
        "The Taoiseach has rejected Opposition demands for a rent freeze, telling the Dáil that such a measure would choke off supply.",
        "",
        "In heated exchanges during Leaders’ Questions yesterday, Pádraig Mac Gearailt said the Government would not be stampeded.",
      ].join("\n"),
    );
    expect(speakerOf(article, "choke off supply")).toBe("Pádraig Mac Gearailt");
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain("Opposition");
    expect(article.quotes.some((quote) => quote.text.includes("for a rent freeze"))).toBe(false);
  });

  it("reads “Oba Adetokunbo Ajiboye II” as a person with a regnal number", () => {
    const article = extractText(
      "The traditional ruler, Oba Adetokunbo Ajiboye II, described the return as an answer to prayers.",
    );
    expect(article.speakers.find((speaker) => speaker.name.includes("Ajiboye"))?.kind).toBe("person");
  });
});

describe("a quote's speaker set off by a role before the name", () => {
  it("finds “…,” the association's president, X, said, and “…,” Halden’s launch director, X, said", () => {
    const article = extractText(
      [
        "The employers said in a statement that they had made an offer.",
        "",
        '"The door remains open," the association\'s president, Olivier Garnier-Laval, said by telephone. "But we cannot negotiate."',
        "",
        "“We lost the vehicle at T-plus 148 seconds,” Halden’s launch director, Tomas Hvidsten, said on the webcast. “We will get to the bottom of it.”",
      ].join("\n"),
    );
    expect(quoteWith(article, "The door remains open").kind).toBe("direct");
    expect(speakerOf(article, "The door remains open")).toBe("Olivier Garnier-Laval");
    expect(speakerOf(article, "cannot negotiate")).toBe("Olivier Garnier-Laval");
    expect(quoteWith(article, "We lost the vehicle").kind).toBe("direct");
    expect(speakerOf(article, "get to the bottom")).toBe("Tomas Hvidsten");
  });
});

describe("a source with a relative clause of its own", () => {
  it("reads “…, according to X, which said …” as two statements of X", () => {
    const article = extractText(
      "Debris fell into the Norwegian Sea, well within the hazard area, according to the Norwegian Space Directorate, which said no injuries had been reported.",
    );
    expect(speakerOf(article, "Debris fell")).toBe("Norwegian Space Directorate");
    expect(speakerOf(article, "no injuries")).toBe("Norwegian Space Directorate");
  });
});

describe("Irish names and party affiliations", () => {
  it("joins “Mac Gearailt” and “Ní Bhraonáin” to the full names, and cuts “of the Social Left” off a name", () => {
    const article = extractText(
      [
        "Pádraig Mac Gearailt said the Government would not be stampeded. Deirdre Ní Bhraonáin, leader of Aontas Nua, accused the Government of failing renters.",
        "",
        "“Nine years. Rents have doubled,” Ms Ní Bhraonáin said. Mac Gearailt said 38,000 homes had been completed last year.",
        "",
        "Rónán Breathnach of the Social Left said the Taoiseach was living in a parallel universe.",
      ].join("\n"),
    );
    expect(speakerOf(article, "Rents have doubled")).toBe("Deirdre Ní Bhraonáin");
    expect(speakerOf(article, "38,000 homes")).toBe("Pádraig Mac Gearailt");
    expect(speakerOf(article, "parallel universe")).toBe("Rónán Breathnach");
    expect(article.speakers.find((speaker) => speaker.name === "Rónán Breathnach")?.kind).toBe("person");
  });
});

describe("surnames shared, clubs and footballers", () => {
  it("gives “Kanwar said” to the Kanwar who spoke last", () => {
    const article = extractText(
      [
        "State party president Sunita Kanwar has led the campaign against the dam.",
        "",
        "Union minister Vikrant Kanwar addressed the rally on Sunday.",
        "",
        "Sunita Kanwar told reporters on Monday that the minister was making false promises.",
        "",
        '"Where are the jobs?" Kanwar said.',
      ].join("\n"),
    );
    expect(speakerOf(article, "Where are the jobs")).toBe("Sunita Kanwar");
  });

  it("takes “the club” for the club whose name says so, and “the footballer” for the striker", () => {
    const article = extractText(
      [
        "Ashford Rovers striker Marcus Thorne, 27, gave evidence at the High Court yesterday.",
        "",
        "The footballer, who split from Danvers last summer, said he had no reason to lie.",
        "",
        "A club statement read: 'Ashford Rovers have received no formal offer for any player.'",
      ].join("\n"),
    );
    expect(speakerOf(article, "no reason to lie")).toBe("Marcus Thorne");
    expect(speakerOf(article, "no formal offer")).toBe("Ashford Rovers");
  });
});

describe("an exchange that speaks", () => {
  it("reads “The Cyprus-registered exchange said …” as the exchange named before", () => {
    const article = extractText(
      "Halcyon, once one of the largest cryptocurrency exchanges, halted withdrawals on Thursday and said it was exploring “all strategic options”.\n\nThe Cyprus-registered exchange said in a notice to customers that withdrawals would remain suspended.",
    );
    expect(speakerOf(article, "would remain suspended")).toBe("Halcyon");
  });
});

describe("tabloid shouting and opening adverbials", () => {
  it("reads a shouted name in a tabloid lede as the person, written in normal case", () => {
    const article = extractText(
      "BRIAN OTIENO came off the bench to snatch a winner last night – and then admitted he had “no idea” where his shot was going.\n\nThe Kenyan striker lashed home from 20 yards to lift Hartwell to fifth.\n\n“Honestly, I closed my eyes,” grinned the 23-year-old.",
    );
    expect(speakerOf(article, "closed my eyes")).toBe("Brian Otieno");
  });

  it("does not take “the governor defended …” for an apposition of the name before it", () => {
    const article = extractText(
      "Governor Helen Strachan appeared before the committee.\n\nUnder questioning from committee chair Ruth Pennington, the governor defended the decision to hold the rate, saying a cut would have been “premature”.",
    );
    expect(speakerOf(article, "a cut would have been")).toBe("Helen Strachan");
  });
});

describe("a person described by the age the article gave", () => {
  it("takes “the 58-year-old” as the person given that age, not the last speaker", () => {
    const article = extractText(
      [
        "Gregory Vance, 58, pleaded guilty in January to wire fraud.",
        "",
        "“This was a business plan,” U.S. District Judge Renata Szabo said as she handed down the sentence.",
        "",
        "The 58-year-old, wearing a gray suit, told the court he was ashamed.",
      ].join("\n"),
    );
    expect(speakerOf(article, "he was ashamed")).toBe("Gregory Vance");
  });
});

describe("a role after “the” and a plain word", () => {
  it("reads “the visiting minister noted that …” as the minister named before, but not “that neither major party leader”", () => {
    const article = extractText(
      [
        "Indonesian Foreign Minister Ratna Wulandari arrived in Abuja on Tuesday.",
        "",
        "Speaking on maritime security, the visiting minister noted that piracy had declined, but warned that the two navies must not lower their guard.",
        "",
        "Dr Aroha Tane said on Wednesday that neither major party leader had landed a knockout blow.",
      ].join("\n"),
    );
    expect(speakerOf(article, "piracy had declined")).toBe("Ratna Wulandari");
    expect(speakerOf(article, "lower their guard")).toBe("Ratna Wulandari");
    expect(speakerOf(article, "knockout blow")).toBe("Aroha Tane");
  });
});

describe("people known by a title of nobility", () => {
  it("reads “the Duchess of Kendal” as a woman, and “The Duchess” after it as her", () => {
    const article = extractText(
      [
        "The Duchess of Kendal arrived in a gown by the designer Selin Arman – a nod, friends said, to the country she has made her cause.",
        "",
        "The Duchess visited the camps a fortnight ago.",
        "",
        "“Not one of them asked me for money,” she told the room.",
      ].join("\n"),
    );
    expect(article.speakers.find((speaker) => speaker.name === "Duchess of Kendal")?.kind).toBe("person");
    expect(speakerOf(article, "asked me for money")).toBe("Duchess of Kendal");
  });
});

describe("a description with no one given its role", () => {
  it("takes “The captain insisted …” as the person just quoted and followed", () => {
    const article = extractText(
      [
        "Jordan Mayhew scored twice as Rovers beat Kelham 2-1.",
        "",
        '"That\'s what he does," said Mayhew.',
        "",
        "The captain insisted the crowd had dragged Rovers over the line.",
      ].join("\n"),
    );
    expect(speakerOf(article, "dragged Rovers")).toBe("Jordan Mayhew");
  });

  it("takes “the judge” as the person titled Justice", () => {
    const article = extractText(
      "Mrs Justice Okereke told Callum Redfern, who stood with his hands clasped, that he would be jailed for life.\n\n‘The only question for me now is the minimum term you will serve,’ the judge said.",
    );
    expect(speakerOf(article, "minimum term")).toBe("Okereke");
  });

  it("takes “the governor” as the person titled Gov., not someone named later", () => {
    const article = extractText(
      'Gov. Dale Whitaker has not taken a position on the bill.\n\n"I want to see what comes out of committee," the governor said.\n\nOutside the hearing room, protesters held signs.',
    );
    expect(speakerOf(article, "comes out of committee")).toBe("Dale Whitaker");
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain("Outside");
  });

  it("takes “the FM” as the finance minister named before", () => {
    const article = extractText(
      'Finance Minister Meenakshi Raghavan presented the budget on Saturday.\n\nSpeaking to reporters after the Budget, the FM said:\n\n"We have chosen both growth and prudence."',
    );
    expect(speakerOf(article, "growth and prudence")).toBe("Meenakshi Raghavan");
  });

  it("does not give “the striker” to the manager who spoke of him, who has a role of his own", () => {
    const article = extractText(
      [
        "Harbourside manager Iñaki Larrea rejected the bid for Oleksandr Kovalenko.",
        "",
        "Larrea insisted the striker had told him he wanted to stay.",
        "",
        "The striker said he was happy at the club.",
      ].join("\n"),
    );
    expect(speakerOf(article, "he wanted to stay")).toBe("Iñaki Larrea");
    expect(speakerOf(article, "happy at the club")).toBeNull();
  });

  it("does not take “the relatives” for the last person quoted", () => {
    const article = extractText(
      "Stavros Lambrou said the company had treated sailors like machines.\n\nThe relatives of the victims said that the report confirmed their fears.",
    );
    expect(speakerOf(article, "confirmed their fears")).toBeNull();
  });
});

describe("a partial quote inside a relative clause", () => {
  it("ends the description at the quote and gives the main verb the subject before the clause", () => {
    const article = extractText(
      "Privacy lawyer Jonathan Reyes, who described the network’s security as “a decade out of date,” said his firm had been contacted by dozens of patients.",
    );
    expect(quoteWith(article, "a decade out of date").text).toBe("the network’s security as “a decade out of date,”");
    expect(speakerOf(article, "a decade out of date")).toBe("Jonathan Reyes");
    expect(speakerOf(article, "his firm had been contacted")).toBe("Jonathan Reyes");
  });

  it("still reads “…,” said his agent, X as the agent speaking", () => {
    const article = extractText("“He never offered to walk away,” said his agent, Paulo Henriques.");
    expect(speakerOf(article, "never offered")).toBe("Paulo Henriques");
  });
});
