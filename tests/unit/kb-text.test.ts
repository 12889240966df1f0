import { describe, expect, it } from "vitest";
import { fold, stem, tokenize } from "../../src/domain/kb/engine/text.js";
import { editDistance, TypoIndex } from "../../src/domain/kb/engine/typos.js";

const terms = (text: string, lang: string) => tokenize(text, lang).map((t) => t.term);

describe("folding: the same form for what customers type and what articles say", () => {
  it("drops Arabic short vowels and tatweel and folds the letter forms", () => {
    expect(fold("كَلِمَةُ المـــرور")).toBe(fold("كلمه المرور"));
    expect(fold("إلغاء")).toBe(fold("الغاء"));
    expect(fold("مستشفى")).toBe(fold("مستشفي"));
    expect(fold("٤٠٤")).toBe("404");
  });

  it("folds ё, Azerbaijani letters and the dotted capital I", () => {
    expect(fold("Тёмная")).toBe("темная");
    expect(fold("Şifrəni unutmuşam")).toBe("sifreni unutmusam");
    expect(fold("İstifadəçi")).toBe("istifadeci");
  });

  it("joins words around an apostrophe", () => {
    expect(fold("Can't log in")).toBe("cant log in");
    expect(fold("don’t")).toBe("dont");
  });
});

describe("words: segmentation where a script has no spaces", () => {
  it("segments Chinese and Thai with ICU and puts single characters of one word back together", () => {
    expect(terms("忘记密码了怎么办", "zh")).toEqual(expect.arrayContaining(["忘记", "密码"]));
    expect(terms("收不到重置密码的邮件", "zh")).toContain("重置");
    expect(terms("ลืมรหัสผ่านทำยังไงดี", "th")).toEqual(expect.arrayContaining(["ลืม", "รหัส", "ผ่าน"]));
  });

  it("cuts Korean particles and polite endings off a phrase", () => {
    expect(terms("비밀번호를 잊어버렸어요", "ko")[0]).toBe("비밀번호");
    expect(terms("로그인이 안돼요", "ko")[0]).toBe("로그인");
  });
});

describe("stemming: endings that change, meaning that does not", () => {
  it.each([
    ["en", "charged", "charges"],
    ["en", "cancelled", "cancel"],
    ["en", "crashing", "crashes"],
    ["ru", "карту", "карта"],
    ["ru", "подписку", "подписки"],
    ["ru", "взломали", "взломал"],
    ["az", "şifrəni", "şifrə"],
    ["az", "hesabımı", "hesab"],
    ["ar", "والحساب", "حساب"],
    ["ar", "اشتراكات", "اشتراك"],
  ])("%s: %s and %s meet", (lang, a, b) => {
    expect(stem(fold(a), lang)).toBe(stem(fold(b), lang));
  });

  it("leaves short words alone", () => {
    expect(stem("app", "en")).toBe("app");
    expect(stem("код", "ru")).toBe("код");
  });
});

describe("typo tolerance", () => {
  it("counts a swap of two letters as one edit", () => {
    expect(editDistance("спсиание", "списание", 2)).toBe(1);
    expect(editDistance("refnd", "refund", 2)).toBe(1);
    expect(editDistance("cat", "dog", 1)).toBe(2);
  });

  it("finds known words one or two edits away, closest and most used first", () => {
    const typos = new TypoIndex();
    for (const w of ["password", "passport", "subscription", "refund", "refine"]) typos.add(w);
    const weight = (w: string) => (w === "password" ? 10 : 1);
    expect(typos.near("pasword", weight)[0]).toEqual({ word: "password", distance: 1 });
    expect(typos.near("subscribtion", weight)[0]?.word).toBe("subscription");
    expect(typos.near("refnd", weight)[0]?.word).toBe("refund");
    // Three letters are too few to guess from.
    expect(typos.near("rfd", weight)).toEqual([]);
  });
});
