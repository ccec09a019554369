import { describe, expect, it } from "vitest"
import {
  countriesIn,
  DISCLOSURE_REFUSAL_GROUNDS,
  matchCatalog,
  NON_NOTIFICATION_GROUNDS,
  PROVISION_EXCEPTIONS,
  purposeTagsOf,
  requestKindsIn,
  USE_EXCEPTIONS,
  wordingIfDifferent
} from "./vocabulary.ts"

describe("the statutory catalogs", () => {
  it("matches each item of 18(3) and 27(1) by the statute's words and by paraphrase", () => {
    for (const catalog of [USE_EXCEPTIONS, PROVISION_EXCEPTIONS]) {
      for (const item of catalog) expect(matchCatalog(catalog, item.statute)?.id, item.statute).toBe(item.id)
      expect(matchCatalog(catalog, "法令の規定により開示を求められた場合")?.id).toBe("laws-and-regulations")
      expect(matchCatalog(catalog, "人の生命、身体、健康又は財産を守るために必要なとき")?.id).toBe("life-body-property")
      expect(matchCatalog(catalog, "子どもの健全な育成のために特に必要な場合")?.id).toBe("public-health-children")
      expect(matchCatalog(catalog, "国の機関や地方公共団体に協力する必要がある場合")?.id).toBe("state-cooperation")
    }
    // ④ speaks of 法令 too; it is not ①.
    expect(matchCatalog(USE_EXCEPTIONS, "地方公共団体が法令の定める事務を遂行することに協力する場合")?.id).toBe("state-cooperation")
    // Other laws that permit provision are not item ①.
    expect(matchCatalog(PROVISION_EXCEPTIONS, "その他関連法令により認められる場合")).toBeUndefined()
    expect(matchCatalog(PROVISION_EXCEPTIONS, "当社と共同して学術研究を行う第三者に提供する場合")?.id).toBe("academic-research-joint")
  })

  it("matches the 21(4) and 33(2) grounds", () => {
    for (const item of NON_NOTIFICATION_GROUNDS) expect(matchCatalog(NON_NOTIFICATION_GROUNDS, item.statute)?.id).toBe(item.id)
    for (const item of DISCLOSURE_REFUSAL_GROUNDS) expect(matchCatalog(DISCLOSURE_REFUSAL_GROUNDS, item.statute)?.id).toBe(item.id)
    expect(matchCatalog(NON_NOTIFICATION_GROUNDS, "公表することにより弊社の権利又は正当な利益を害するおそれがある場合")?.id).toBe("harm-to-operator")
    expect(matchCatalog(DISCLOSURE_REFUSAL_GROUNDS, "開示することが他の法令に違反する場合")?.id).toBe("violates-other-law")
  })

  it("keeps the company's wording only where it departs from the statute's", () => {
    const statute = "法令（条例を含む。）に基づく場合"
    expect(wordingIfDifferent("法令（条例を含む。）に基づく場合。", statute)).toBeUndefined()
    expect(wordingIfDifferent("法令に基づく場合", statute)).toBe("法令に基づく場合")
  })
})

describe("the smaller vocabularies", () => {
  it("reads the kinds of request, records of provision apart from disclosure", () => {
    expect(requestKindsIn("利用目的の通知、開示、訂正、追加又は削除、利用の停止、消去及び第三者への提供の停止")).toEqual([
      "purpose-notification",
      "disclosure",
      "correction",
      "use-stop",
      "provision-stop"
    ])
    expect(requestKindsIn("第三者提供記録の開示")).toEqual(["provision-record-disclosure"])
    expect(requestKindsIn("開示対象個人情報の利用目的")).toEqual([])
  })

  it("tags purposes by their words", () => {
    expect(purposeTagsOf("採用選考の実施")).toContain("recruitment")
    expect(purposeTagsOf("メールマガジンの送付")).toContain("advertising")
    expect(purposeTagsOf("統計データの作成")).toEqual(["statistics"])
    expect(purposeTagsOf("商品の発送")).toEqual(["service-provision"])
  })

  it("names countries by their Japanese names", () => {
    expect(countriesIn("米国及びシンガポールのサーバーに保管します")).toEqual(["US", "SG"])
    expect(countriesIn("インドネシア")).toEqual(["ID"])
  })
})
