import { describe, expect, it } from "vitest"
import { appi, appiOrder, appiRules, formatCitations, myNumberAct, ppcQa, proviso } from "./citation.ts"

const both = (list: Parameters<typeof formatCitations>[0]) => [formatCitations(list, "ja"), formatCitations(list, "en")]

describe("citations", () => {
  it("name a law once for several of its articles, and each law apart", () => {
    expect(both([appi(32, 1, 3), appi(38)])).toEqual(["個人情報保護法第32条第1項第3号、第38条", "APPI Art. 32(1)(iii), Art. 38"])
    expect(both([appi(28, 1), appi(28, 3), appiRules(16), appiRules(18)])).toEqual([
      "個人情報保護法第28条第1項及び第3項、個人情報保護法施行規則第16条、第18条",
      "APPI Art. 28(1) and (3); APPI Enforcement Rules Art. 16, Art. 18"
    ])
  })

  it("write an article once for several of its paragraphs or items", () => {
    expect(both([appi(32, 1, 3), appi(32, 1, 4)])).toEqual(["個人情報保護法第32条第1項第3号及び第4号", "APPI Art. 32(1)(iii) and (iv)"])
    expect(both([appi(27, 5, 3), appi(27, 6)])).toEqual(["個人情報保護法第27条第5項第3号及び第6項", "APPI Art. 27(5)(iii) and (6)"])
  })

  it("cite a proviso, an item without a paragraph and the PPC's Q&A", () => {
    expect(both([proviso(appi(27, 2)), myNumberAct(19)])).toEqual(["個人情報保護法第27条第2項ただし書、番号法第19条", "APPI Art. 27(2) proviso; My Number Act Art. 19"])
    expect(both([appiOrder(10, undefined, 3)])).toEqual(["個人情報保護法施行令第10条第3号", "APPI Enforcement Order Art. 10(iii)"])
    expect(both([appi(28, 1), ppcQa("12-1")])).toEqual(["個人情報保護法第28条第1項、個人情報保護委員会Q&A12-1", "APPI Art. 28(1); PPC Q&A 12-1"])
  })
})
