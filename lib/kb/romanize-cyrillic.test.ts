import { describe, expect, it } from "vitest";
import { hasNonLatinLetters, romanizeCyrillic } from "./romanize-cyrillic";

describe("romanizeCyrillic", () => {
  it("spells Russian and Ukrainian names as English-language news does", () => {
    expect(romanizeCyrillic("Мария Захарова")).toBe("maria zakharova");
    expect(romanizeCyrillic("Дмитрий Песков")).toBe("dmitry peskov");
    expect(romanizeCyrillic("Сергей Шойгу")).toBe("sergey shoygu");
    expect(romanizeCyrillic("Їжак, Щукін")).toBe("yizhak, shchukin");
  });

  it("keeps what is not Cyrillic", () => {
    expect(romanizeCyrillic("Zajárova")).toBe("zajárova");
    expect(romanizeCyrillic("Μητσοτάκης 2")).toBe("μητσοτάκης 2");
  });
});

describe("hasNonLatinLetters", () => {
  it("tells Latin names, accented or not, from names in other scripts", () => {
    expect(hasNonLatinLetters("Zajárova-Łęcka 2")).toBe(false);
    expect(hasNonLatinLetters("Захарова")).toBe(true);
    expect(hasNonLatinLetters("مرحبا")).toBe(true);
  });
});
