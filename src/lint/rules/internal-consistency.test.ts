import { testRule } from "../../../test/ruleTester.ts"
import rule from "./internal-consistency.ts"

testRule(rule, {
  valid: [
    { name: "nothing said twice", yaml: "" },
    { name: "seed 000: no cookies, logs with purposes", yaml: "tracking: { cookies: { used: false, webBeacons: false }, logs: { collected: true, items: [{ ja: IPアドレス }], purposes: [{ ja: 傾向分析 }] } }" },
    {
      name: "cookie data that identifies no one, and data linked without cookies",
      yaml: `tracking:
  cookies: { used: true, identifiesPersons: false }
  dataFlows:
    - { id: ad-click, direction: received-from-third-party, party: { ja: 計測ツール }, items: [{ ja: クリック日 }], purposes: [{ ja: 効果測定 }], linkedToPersonalData: true }`
    }
  ],
  invalid: [
    {
      name: "cookies unused but described and collected",
      yaml: `tracking:
  cookies: { used: false, purposes: [{ ja: ログインの簡便化 }], thirdPartyTools: [{ ja: Google Analytics }] }
dataCategories:
  - { id: customers, name: { ja: お客様情報 }, items: [{ ja: Cookie情報 }], disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: applicants, name: { ja: 採用応募者情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }`,
      errors: [
        { message: "cookies-unused-but-described", path: "tracking.cookies.purposes" },
        { message: "cookies-unused-but-described", path: "tracking.cookies.thirdPartyTools" },
        { message: "cookies-unused-but-collected", path: "dataCategories[0].items[0]" }
      ]
    },
    {
      name: "seed 001: cookie data said anonymous, then linked to personal data",
      yaml: `tracking:
  cookies: { used: true, identifiesPersons: false }
  dataFlows:
    - { id: dmp, direction: received-from-third-party, party: { ja: DMP }, items: [{ ja: クッキーにより収集されたウェブの閲覧履歴 }], purposes: [{ ja: 広告配信等 }], linkedToPersonalData: true }`,
      errors: [{ message: "cookie-data-linked", path: "tracking.dataFlows[0].linkedToPersonalData" }]
    },
    {
      name: "logs not collected but itemised",
      yaml: "tracking: { logs: { collected: false, items: [{ ja: IPアドレス }] } }",
      errors: [{ message: "logs-uncollected-but-described", path: "tracking.logs.items" }]
    },
    {
      name: "outsourcing denied but relied on",
      yaml: `outsourcing: { used: false, supervision: [{ ja: 定期的な監査 }] }
thirdPartyProvision:
  consentRequired: true
  exceptions: []
  otherGrounds: [{ id: outsourcing, kind: outsourcing, text: { ja: 委託に伴って提供する場合 } }]`,
      errors: [
        { message: "outsourcing-unused-but-described", path: "thirdPartyProvision.otherGrounds[0]" },
        { message: "outsourcing-unused-but-described", path: "outsourcing.supervision" }
      ]
    },
    {
      name: "no accredited organization, yet one named",
      yaml: "accreditedOrganization: { member: false, name: { ja: 一般財団法人日本情報経済社会推進協会 } }",
      errors: [{ message: "not-member-but-named", path: "accreditedOrganization.member" }]
    },
    {
      name: "opt-out said not to be used, yet described (even as a condition)",
      yaml: "thirdPartyProvision: { consentRequired: true, exceptions: [], usesOptOut: false, optOut: { categories: [customers], conditional: true } }",
      errors: [{ message: "opt-out-unused-but-described", path: "thirdPartyProvision.usesOptOut" }]
    },
    {
      name: "a fee of 1,000 yen whose text says 500 yen",
      yaml: "fees: [{ id: disclosure-fee, kinds: [disclosure], amount: 1000, text: [{ ja: 開示の請求には手数料として500円をいただきます }] }]",
      errors: [{ message: "fee-amount-contradicts", path: "fees[0].amount" }]
    },
    {
      name: "hours open on Saturdays whose note excludes them; hours whose note gives other times",
      yaml: `contactWindows:
  - id: privacy-desk
    name: { ja: 個人情報相談窓口 }
    emails: [privacy@example.co.jp]
    receptionHours: { timeZone: Asia/Tokyo, days: [mon, tue, wed, thu, fri, sat], windows: [{ from: "09:00", to: "17:00" }], note: { ja: 平日9時～17時（土・日・祝日を除く） } }
  - id: call-centre
    name: { ja: お客様センター }
    phones: [03-1234-5678]
    receptionHours: { timeZone: Asia/Tokyo, days: [mon, tue, wed, thu, fri], windows: [{ from: "09:00", to: "17:00" }], note: { ja: 受付時間は10:00～18:00です }
    }`,
      errors: [
        { message: "hours-contradict", path: "contactWindows[0].receptionHours" },
        { message: "hours-contradict", path: "contactWindows[1].receptionHours" }
      ]
    }
  ]
})
