import { describe, expect, it } from "vitest";
import { hasNonLatinLetters, romanizeCyrillic } from "./romanize-cyrillic";

describe("romanizeCyrillic", () => {
  it("spells Russian and Ukrainian names as English-language news does", () => {
    expect(romanizeCyrillic("Мария Харитонова")).toBe("maria kharitonova");
    expect(romanizeCyrillic("Дмитрий Соколов")).toBe("dmitry sokolov");
    expect(romanizeCyrillic("Сергей Шойгу")).toBe("sergey shoygu");
    expect(romanizeCyrillic("Їжак, Щукін")).toBe("yizhak, shchukin");
  });

  it("keeps what is not Cyrillic", () => {
    expect(romanizeCyrillic("Jaritónova")).toBe("jaritónova");
    expect(romanizeCyrillic("Μητσοτάκης 2")).toBe("μητσοτάκης 2");
  });
});

describe("hasNonLatinLetters", () => {
  it("tells Latin names, accented or not, from names in other scripts", () => {
    expect(hasNonLatinLetters("Jaritónova-Łęcka 2")).toBe(false);
    expect(hasNonLatinLetters("Харитонова")).toBe(true);
    expect(hasNonLatinLetters("مرحبا")).toBe(true);
  });
});
