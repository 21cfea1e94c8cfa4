import { describe, expect, it } from "vitest";
import { foldAccents, genderOfFirstName, genderOfSurname, normalizeName } from "./names";

describe("foldAccents", () => {
  it("strips diacritics and spells out letters NFKD cannot decompose", () => {
    expect(foldAccents("Jaritónova")).toBe("Jaritonova");
    expect(foldAccents("Müller Straße")).toBe("Muller Strasse");
    expect(foldAccents("Łukasz Søren Æsir")).toBe("Lukasz Soren AEsir");
    expect(foldAccents("Đoković")).toBe("Djokovic");
  });

  it("leaves plain ASCII untouched", () => {
    expect(foldAccents("Jens Halvorsen")).toBe("Jens Halvorsen");
  });
});

describe("normalizeName", () => {
  it("folds, lower-cases and drops punctuation and extra spaces", () => {
    expect(normalizeName("  José  María   Aznar ")).toBe("jose maria aznar");
    expect(normalizeName("Bashar al-Assad")).toBe("bashar al assad");
    expect(normalizeName("O’Neill, Jr.")).toBe("oneill jr");
  });
});

describe("genderOfFirstName", () => {
  it("knows common given names across languages and spellings", () => {
    expect(genderOfFirstName("Maria")).toBe("female");
    expect(genderOfFirstName("Sergey")).toBe("male");
    expect(genderOfFirstName("Sergej")).toBe("male");
    expect(genderOfFirstName("Muhammad")).toBe("male");
    expect(genderOfFirstName("Giorgia")).toBe("female");
    expect(genderOfFirstName("Yelena")).toBe("female");
    expect(genderOfFirstName("Jean-Pierre")).toBe("male");
  });

  it("returns null for names it does not know or that are given to both sexes", () => {
    expect(genderOfFirstName("Zorblax")).toBeNull();
    expect(genderOfFirstName("Andrea")).toBeNull();
  });
});

describe("genderOfSurname", () => {
  it("reads Slavic feminine and masculine endings", () => {
    expect(genderOfSurname("Kharitonova")).toBe("female");
    expect(genderOfSurname("Navalnaya")).toBe("female");
    expect(genderOfSurname("Kowalska")).toBe("female");
    expect(genderOfSurname("Sokolov")).toBe("male");
    expect(genderOfSurname("Zelenskyy")).toBe("male");
    expect(genderOfSurname("Wisniewski")).toBe("male");
  });

  it("does not guess from Western surnames that share those endings", () => {
    expect(genderOfSurname("Martin")).toBeNull();
    expect(genderOfSurname("Medina")).toBeNull();
    expect(genderOfSurname("Smith")).toBeNull();
  });
});
