import { testRule } from "../../../test/ruleTester.ts"
import rule from "./non-statutory-provision-ground.ts"

const grounds = (...entries: ReadonlyArray<string>) => `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  otherGrounds:
${entries.map((entry) => `    - ${entry}`).join("\n")}`

testRule(rule, {
  valid: [
    {
      name: "seed 001's grounds: outsourcing, succession, joint use, consent, other law",
      yaml: grounds(
        "{ id: outsourcing, kind: outsourcing, text: { ja: 委託 } }",
        "{ id: succession, kind: business-succession, text: { ja: 事業の承継 } }",
        "{ id: joint-use, kind: joint-use, text: { ja: 共同利用 } }",
        "{ id: consent, kind: consent, text: { ja: 同意を得た場合 } }",
        "{ id: other-law, kind: other-law, text: { ja: その他法令により認められる場合 } }"
      )
    }
  ],
  invalid: [
    {
      name: "seed 000's business necessity and seed 004's published information",
      yaml: grounds("{ id: business-necessity, kind: business-necessity, text: { ja: 業務遂行上の必要 } }", "{ id: officers, kind: public-information, text: { ja: 役員及び株主に関する公開情報 } }"),
      errors: [
        { message: "business-necessity", path: "thirdPartyProvision.otherGrounds[0]" },
        { message: "public-information", path: "thirdPartyProvision.otherGrounds[1]" }
      ]
    }
  ]
})
