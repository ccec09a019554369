import { testRule } from "../../../test/ruleTester.ts"
import rule from "./opt-out-incomplete.ts"

const optOut = (fields: string) => `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  optOut:
    categories: [customers]
${fields}`
const complete = `    provisionIsPurpose: true
    items: [{ ja: 氏名 }, { ja: 住所 }]
    acquisitionMethod: { ja: 公刊物からの取得 }
    provisionMethod: { ja: 書面の交付 }
    stopOnRequest: true
    requestMethod: { ja: 窓口への電話 }
    updateMethod: { ja: 毎月更新 }
    startDate: 2024-04-01
    notifiedToCommission: true`

testRule(rule, {
  valid: [
    { name: "no opt-out", yaml: "" },
    { name: "all items, filed", yaml: optOut(complete) }
  ],
  invalid: [
    {
      name: "the items named without content, the filing not stated",
      yaml: optOut("    provisionIsPurpose: true\n    stopOnRequest: true"),
      errors: [
        { message: "missing-item", path: "thirdPartyProvision.optOut.items" },
        { message: "missing-item", path: "thirdPartyProvision.optOut.acquisitionMethod" },
        { message: "missing-item", path: "thirdPartyProvision.optOut.provisionMethod" },
        { message: "missing-item", path: "thirdPartyProvision.optOut.requestMethod" },
        { message: "missing-item", path: "thirdPartyProvision.optOut.updateMethod" },
        { message: "missing-item", path: "thirdPartyProvision.optOut.startDate" },
        { message: "filing-unstated", path: "thirdPartyProvision.optOut.notifiedToCommission" }
      ]
    },
    {
      name: "provision not a purpose, no stop on request, said not to be filed",
      yaml: optOut(
        complete
          .replace("provisionIsPurpose: true", "provisionIsPurpose: false")
          .replace("stopOnRequest: true", "stopOnRequest: false")
          .replace("notifiedToCommission: true", "notifiedToCommission: false")
      ),
      errors: [
        { message: "missing-item", path: "thirdPartyProvision.optOut.provisionIsPurpose" },
        { message: "missing-item", path: "thirdPartyProvision.optOut.stopOnRequest" },
        { message: "not-filed", path: "thirdPartyProvision.optOut.notifiedToCommission" }
      ]
    },
    {
      name: "seed 004: only the law's condition restated — one finding, not one per item",
      yaml: optOut("    conditional: true\n    provisionIsPurpose: true\n    stopOnRequest: true"),
      errors: [{ message: "conditional", path: "thirdPartyProvision.optOut.conditional" }]
    }
  ]
})
