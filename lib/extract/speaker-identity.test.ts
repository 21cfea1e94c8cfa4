import { describe, expect, it } from "vitest";
import { isSameSpeaker, speakerSimilarity, speakerSlug, type SpeakerIdentity } from "./speaker-identity";

const person = (name: string, role: string | null = null, aliases: string[] = []): SpeakerIdentity => ({
  name,
  kind: "person",
  role,
  aliases,
});
const organization = (name: string, aliases: string[] = []): SpeakerIdentity => ({
  name,
  kind: "organization",
  role: null,
  aliases,
});

describe("isSameSpeaker for people", () => {
  it.each([
    ["Sergei Volkov", "Sergey Volkov"],
    ["Natalia Kharitonova", "Natalia Jaritónova"],
    ["Mohammed bin Salman", "Muhammad bin Salman"],
    ["Volodymyr Zelensky", "Volodymyr Zelenskyy"],
    ["Thomas Müller", "Thomas Mueller"],
    ["José Mourinho", "Jose Mourinho"],
    ["Alexei Navalny", "Aleksei Navalny"],
    ["Dmitry Sokolov", "Dmitri Sokolov"],
    ["Ahmed Aboul Gheit", "Ahmad Aboul Gheit"],
  ])("treats %s and %s as one person", (a, b) => {
    expect(isSameSpeaker(person(a), person(b))).toBe(true);
  });

  it("accepts an initial for a given name", () => {
    expect(isSameSpeaker(person("Christine Lagarde"), person("C. Lagarde"))).toBe(true);
  });

  it("keeps apart people who share a surname but not a given name", () => {
    expect(isSameSpeaker(person("John Smith"), person("Jane Smith"))).toBe(false);
    expect(isSameSpeaker(person("Boris Johnson"), person("Dwayne Johnson"))).toBe(false);
  });

  it("keeps apart the masculine and feminine forms of a Slavic surname", () => {
    expect(isSameSpeaker(person("Dmitry Orlov"), person("Orlova"))).toBe(false);
  });

  it("matches a surname alone only when the roles or the gender agree", () => {
    const full = person("Christine Lagarde", "president of the European Central Bank");
    expect(isSameSpeaker(person("Lagarde", "ECB president"), full)).toBe(true);
    expect(isSameSpeaker(person("Lagarde"), person("Christine Lagarde"))).toBe(false);
    expect(isSameSpeaker(person("Jaritónova"), person("Natalia Kharitonova"))).toBe(true);
    expect(isSameSpeaker(person("Kharitonova"), person("Sergei Kharitonov"))).toBe(false);
  });

  it("keeps apart namesakes holding offices in different countries", () => {
    const seoul = person("Kim Lee", "South Korean foreign minister");
    const ottawa = person("Kim Lee", "Canadian foreign minister");
    expect(isSameSpeaker(seoul, ottawa)).toBe(false);
    expect(speakerSimilarity(seoul, ottawa)).toBeLessThan(speakerSimilarity(person("Kim Lee"), person("Kim Lee")));
  });

  it("reads a lone family name written first, as in Chinese names, with an agreeing role", () => {
    expect(isSameSpeaker(person("Xi", "Chinese President"), person("Xi Jinping", "President of China"))).toBe(true);
  });

  it("uses the fullest name among the aliases", () => {
    expect(isSameSpeaker(person("Lagarde", null, ["Christine Lagarde"]), person("Christine Lagarde"))).toBe(true);
  });

  it("never matches a person with an organization", () => {
    expect(speakerSimilarity(person("Jordan Smith"), organization("Smith"))).toBe(0);
  });
});

describe("isSameSpeaker for organizations", () => {
  it("matches word-order variants and acronyms", () => {
    expect(isSameSpeaker(organization("the Ministry of Health"), organization("Health Ministry"))).toBe(true);
    expect(isSameSpeaker(organization("WHO"), organization("World Health Organisation"))).toBe(true);
    expect(isSameSpeaker(organization("IOM"), organization("International Organization for Migration"))).toBe(true);
    expect(isSameSpeaker(organization("the Kremlin"), organization("Moscow"))).toBe(true);
  });

  it("keeps apart the same office of different countries", () => {
    expect(isSameSpeaker(organization("Russian Foreign Ministry"), organization("Ukrainian Foreign Ministry"))).toBe(
      false,
    );
    expect(isSameSpeaker(organization("Acme Corp"), organization("Zenith Corp"))).toBe(false);
  });
});

describe("speakerSlug", () => {
  it("makes an ASCII slug from the folded name", () => {
    expect(speakerSlug("Natalia Jaritónova")).toBe("natalia-jaritonova");
    expect(speakerSlug("Recep Tayyip Erdoğan")).toBe("recep-tayyip-erdogan");
    expect(speakerSlug("Ministry of Health (Spain)")).toBe("ministry-of-health-spain");
  });
});
