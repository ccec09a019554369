import { describe, expect, it } from "vitest"
import { amountsIn, companyIn, dateRole, datesIn, emailsIn, hoursIn, managerIn, phonesIn, postalCodesIn, representativesIn, urlsIn } from "./extract.ts"
import { factText, sentences, tidy } from "./text.ts"

describe("fact extractors", () => {
  it("phones: hyphenated, full-width, in brackets, free dial, fax apart", () => {
    expect(phonesIn("TEL：０３－１２３４－５６７８")).toEqual([{ number: "03-1234-5678", fax: false }])
    expect(phonesIn("電話 (06) 1234-5678 / FAX 06-1234-9999")).toEqual([
      { number: "06-1234-5678", fax: false },
      { number: "06-1234-9999", fax: true }
    ])
    expect(phonesIn("フリーダイヤル 0120-123-456")).toEqual([{ number: "0120-123-456", fax: false }])
    expect(phonesIn("〒100-0001")).toEqual([])
  })

  it("e-mail addresses and URLs", () => {
    expect(emailsIn("E-mail：privacy＠example.co.jp まで")).toEqual(["privacy@example.co.jp"])
    expect(emailsIn("info[at]example.jp")).toEqual(["info@example.jp"])
    expect(urlsIn("「お問い合わせフォーム」（https://example.jp/contact）から")).toEqual(["https://example.jp/contact"])
  })

  it("postal codes with the address as written after them", () => {
    expect(postalCodesIn("〒１００－０００１ 東京都千代田区千代田1-1 TEL 03-0000-0000")).toEqual([{ postalCode: "100-0001", address: "東京都千代田区千代田1-1" }])
    expect(postalCodesIn("郵便番号 060-0001")).toEqual([{ postalCode: "060-0001", address: "" }])
  })

  it("amounts of yen, with 税込", () => {
    expect(amountsIn("1,000円（税込）")).toEqual([{ yen: 1000, taxIncluded: true }])
    expect(amountsIn("手数料５００円")).toEqual([{ yen: 500, taxIncluded: false }])
    expect(amountsIn("税込1100円")).toEqual([{ yen: 1100, taxIncluded: true }])
  })

  it("dates in both calendars, and what a dated line says", () => {
    expect(datesIn("制定 平成 17 年 5 月 13 日").map((d) => d.iso)).toEqual(["2005-05-13"])
    expect(datesIn("令和元年5月1日").map((d) => d.iso)).toEqual(["2019-05-01"])
    expect(datesIn("改定日 2022年4月1日 / 2023/10/01").map((d) => d.iso)).toEqual(["2022-04-01", "2023-10-01"])
    expect(datesIn("２０２０年９月１日").map((d) => d.iso)).toEqual(["2020-09-01"])
    expect(dateRole("制定日 2020年9月1日")).toBe("established")
    expect(dateRole("最終改定：2023年1月1日")).toBe("revised")
    expect(dateRole("2024年4月1日より施行")).toBe("effective")
  })

  it("reception hours: days and time windows", () => {
    expect(hoursIn("受付時間：平日 9:00～17:00（土日祝日を除く）")).toEqual({ days: ["mon", "tue", "wed", "thu", "fri"], windows: [{ from: "09:00", to: "17:00" }] })
    expect(hoursIn("月～土 10時～12時、13時～18時")).toEqual({
      days: ["mon", "tue", "wed", "thu", "fri", "sat"],
      windows: [
        { from: "10:00", to: "12:00" },
        { from: "13:00", to: "18:00" }
      ]
    })
    expect(hoursIn("お電話でお問い合わせください")).toBeUndefined()
  })

  it("companies, representatives and privacy officers", () => {
    expect(companyIn("株式会社サンプル（以下「当社」）は")).toBe("株式会社サンプル")
    expect(companyIn("サンプル商事株式会社は、")).toBe("サンプル商事株式会社")
    expect(companyIn("当社は個人情報を大切にします")).toBeUndefined()
    expect(representativesIn("代表取締役 山田 太郎")).toEqual([{ title: "代表取締役", name: "山田 太郎" }])
    expect(representativesIn("株式会社サンプル（代表取締役 甲野一郎・乙野二郎）")).toEqual([
      { title: "代表取締役", name: "甲野一郎" },
      { title: "代表取締役", name: "乙野二郎" }
    ])
    expect(managerIn("個人情報保護管理者 取締役 佐藤 次郎")).toEqual({ title: "個人情報保護管理者", position: "取締役", department: undefined, name: "佐藤 次郎" })
    expect(managerIn("個人情報保護責任者：総務 鈴木 花子")).toEqual({ title: "個人情報保護責任者", position: undefined, department: "総務", name: "鈴木 花子" })
    expect(managerIn("個人情報保護管理者")?.name).toBeUndefined()
  })
})

describe("text helpers", () => {
  it("NFKC for facts only; the company's text is tidied, not normalized", () => {
    expect(factText("０３－１２３４")).toBe("03-1234")
    expect(tidy("当社は、 お客様の 個人情報( 氏名) を")).toBe("当社は、お客様の 個人情報(氏名)を")
    expect(tidy("坂口 聡隆")).toBe("坂口 聡隆")
  })

  it("splits sentences, not inside brackets", () => {
    expect(sentences("開示します(存在しないときはその旨を通知します。)。なお、手数料は無料です。")).toEqual(["開示します(存在しないときはその旨を通知します。)。", "なお、手数料は無料です。"])
  })
})
