import { describe, expect, it } from "vitest"
import { testRule } from "../../../test/ruleTester.ts"
import rule, { isAbstractPurpose } from "./abstract-purpose.ts"

const purposes = (...texts: ReadonlyArray<string>) =>
  `purposes:\n  items:\n${texts.map((text, i) => `    - { id: p${i}, text: { ja: "${text}" }, categories: [customers, applicants] }`).join("\n")}`

testRule(rule, {
  valid: [
    { name: "specific purposes", yaml: "" },
    { name: "improving a service through named surveys (seed 003)", yaml: purposes("サービス向上や新商品・サービスの企画等のためのアンケート調査、情報収集、分析等") },
    { name: "sales activity alongside specific ones (seed 000)", yaml: purposes("お客様から寄せられた質問やコメントにご回答するため、及び謝礼品等を発送、又は営業活動のために利用するものとします。") }
  ],
  invalid: [
    {
      name: "the PPC's three examples",
      yaml: purposes("事業活動に用いるため", "マーケティング活動に用いるため", "お客様のサービスの向上"),
      errors: [
        { message: "abstract", path: "purposes.items[0].text.ja" },
        { message: "abstract", path: "purposes.items[1].text.ja" },
        { message: "abstract", path: "purposes.items[2].text.ja" }
      ]
    },
    { name: "seed 002's 「サービス品質の向上・改善」", yaml: purposes("サービス品質の向上・改善"), errors: [{ message: "abstract", path: "purposes.items[0].text.ja" }] },
    { name: "a PPC phrase inside a longer text", yaml: purposes("当社の事業活動に用いるため、取得した情報を利用します。"), errors: [{ message: "abstract", path: "purposes.items[0].text.ja" }] }
  ]
})

describe("isAbstractPurpose", () => {
  it("drops endings before comparing", () => {
    expect(isAbstractPurpose("当社の事業活動のために利用します。")).toBe(true)
    expect(isAbstractPurpose("サービスの向上を図るため")).toBe(true)
    expect(isAbstractPurpose("新商品・サービスに関する情報のお知らせのため")).toBe(false)
    expect(isAbstractPurpose("サービスの向上のためのアンケートの実施")).toBe(false)
  })
})
