import { describe, expect, it } from "vitest"
import { circled, gregorianJapaneseDate, groupDigits, japaneseEraDate, longEnglishDate, roman, yen } from "./values.ts"

describe("dates", () => {
  it.each([
    ["2005-05-13", "平成17年5月13日"],
    ["2010-02-26", "平成22年2月26日"],
    ["2022-04-01", "令和4年4月1日"],
    ["2019-04-30", "平成31年4月30日"],
    ["2019-05-01", "令和元年5月1日"],
    ["2020-01-01", "令和2年1月1日"],
    ["1989-01-07", "昭和64年1月7日"],
    ["1989-01-08", "平成元年1月8日"],
    ["1926-12-25", "昭和元年12月25日"],
    ["1912-07-29", "明治45年7月29日"],
    ["1873-01-01", "明治6年1月1日"]
  ])("%s is %s in the era calendar", (iso, wareki) => {
    expect(japaneseEraDate(iso)).toBe(wareki)
  })

  it("dates before the solar calendar stay Gregorian", () => {
    expect(japaneseEraDate("1872-12-31")).toBe("1872年12月31日")
  })

  it("Gregorian Japanese and long English dates drop leading zeros", () => {
    expect(gregorianJapaneseDate("2020-09-01")).toBe("2020年9月1日")
    expect(longEnglishDate("2020-09-01")).toBe("1 September 2020")
    expect(longEnglishDate("2005-12-31")).toBe("31 December 2005")
  })
})

describe("money and labels", () => {
  it("groups digits without Intl", () => {
    expect([0, 999, 1000, 300, 1234567, 100000000].map(groupDigits)).toEqual(["0", "999", "1,000", "300", "1,234,567", "100,000,000"])
  })

  it("writes yen as the seeds and as English does", () => {
    expect(yen(1000, true)).toEqual({ ja: "1,000円（税込）", en: "JPY 1,000 (tax incl.)" })
    expect(yen(1000, false)).toEqual({ ja: "1,000円（税別）", en: "JPY 1,000 (tax excl.)" })
    expect(yen(300, undefined)).toEqual({ ja: "300円", en: "JPY 300" })
  })

  it("circles up to ⑳ and Roman-numerals the English", () => {
    expect([1, 4, 10, 20].map(circled)).toEqual(["①", "④", "⑩", "⑳"])
    expect(circled(21)).toBe("(21)")
    expect([1, 4, 7, 9, 14, 40].map(roman)).toEqual(["i", "iv", "vii", "ix", "xiv", "xl"])
  })
})
