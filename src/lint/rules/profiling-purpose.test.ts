import { testRule } from "../../../test/ruleTester.ts"
import rule from "./profiling-purpose.ts"

const adPurpose = `purposes:
  items:
    - { id: order-fulfilment, text: { ja: ご注文いただいた商品の発送のため }, categories: [customers, applicants] }
    - { id: ad-optimization, text: { ja: 広告表示及びその表示内容の最適化 }, categories: [customers], tags: [advertising, ad-targeting] }`

testRule(rule, {
  valid: [
    { name: "no sign of profiling", yaml: "" },
    {
      name: "ad targeting with a purpose tagged `profiling`",
      yaml: `${adPurpose}
    - { id: interests, text: { ja: 閲覧履歴を分析して趣味・嗜好に応じた広告を配信するため }, categories: [customers], tags: [profiling] }`
    },
    {
      name: "ad targeting with a purpose that speaks of analysing interests (untagged)",
      yaml: `${adPurpose}
    - { id: interests, text: { ja: 購買履歴から興味・関心を分析し、おすすめ商品をお知らせするため }, categories: [customers] }`
    },
    {
      name: "cookies used for ads that identify no one are not personal data",
      yaml: "tracking: { cookies: { used: true, identifiesPersons: false, purposes: [{ ja: 広告配信の最適化のため }] } }"
    }
  ],
  invalid: [
    { name: "seed 001: a purpose that optimises ads", yaml: adPurpose, errors: [{ message: "ad-targeting-purpose", path: "purposes.items[1]" }] },
    {
      name: "data from a third-party platform linked to personal data",
      yaml: `tracking:
  dataFlows:
    - { id: dmp, direction: received-from-third-party, party: { ja: データ管理プラットフォーム }, items: [{ ja: 閲覧履歴 }], purposes: [{ ja: 広告配信等 }], linkedToPersonalData: true }`,
      errors: [{ message: "linked-data-flow", path: "tracking.dataFlows[0]" }]
    },
    {
      name: "provision for ad delivery",
      yaml: `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  provisions:
    - { id: ad-partners, basis: consent, categories: [customers], purposes: [{ ja: 広告配信 }], recipients: [{ id: partner, name: { ja: 広告会社 }, country: JP }] }`,
      errors: [{ message: "ad-provision", path: "thirdPartyProvision.provisions[0]" }]
    },
    {
      name: "cookies that identify the person, for personalisation",
      yaml: "tracking: { cookies: { used: true, purposes: [{ ja: 個々の利用にあわせてカスタマイズするため }] } }",
      errors: [{ message: "tracking-cookies", path: "tracking.cookies" }]
    },
    {
      name: "behavioural data items",
      yaml: `dataCategories:
  - { id: customers, name: { ja: お客様情報 }, items: [{ ja: 氏名 }, { ja: "アクセスログ、行動履歴" }], disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: applicants, name: { ja: 採用応募者情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }`,
      errors: [{ message: "behavioural-items", path: "dataCategories[0].items[1]" }]
    }
  ]
})
