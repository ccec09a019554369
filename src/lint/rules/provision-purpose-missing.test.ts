import { testRule } from "../../../test/ruleTester.ts"
import rule from "./provision-purpose-missing.ts"

const consentProvision = `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  provisions:
    - { id: partners, basis: consent, categories: [customers], purposes: [{ ja: 提携先のサービスのご案内 }], recipients: [{ id: partner, name: { ja: 提携先 }, country: JP }] }`

testRule(rule, {
  valid: [
    { name: "no planned provision (statutory exceptions only)", yaml: "" },
    {
      name: "a consent arrangement with a provision purpose",
      yaml: `${consentProvision}
purposes:
  items:
    - { id: order-fulfilment, text: { ja: ご注文いただいた商品の発送のため }, categories: [customers, applicants] }
    - { id: provision, text: { ja: 第三者への提供（提供先は第5条のとおり） }, categories: [customers] }`
    },
    {
      name: "a purpose tagged `third-party-provision`",
      yaml: `${consentProvision}
purposes:
  items:
    - { id: order-fulfilment, text: { ja: ご注文いただいた商品の発送のため }, categories: [customers, applicants], tags: [third-party-provision] }`
    },
    {
      name: "outsourcing and joint use are not provision",
      yaml: `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  otherGrounds:
    - { id: outsourcing, kind: outsourcing, text: { ja: 委託に伴って提供する場合 } }
    - { id: joint-use, kind: joint-use, text: { ja: 共同利用する場合 } }`
    }
  ],
  invalid: [
    { name: "a consent arrangement, no provision purpose", yaml: consentProvision, errors: [{ message: "missing", path: "thirdPartyProvision.provisions[0]" }] },
    {
      name: "seed 000: a business-necessity ground",
      yaml: `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  otherGrounds:
    - { id: business-necessity, kind: business-necessity, text: { ja: 取引先に最小限の情報を提供する場合 } }`,
      errors: [{ message: "missing", path: "thirdPartyProvision.otherGrounds[0]" }]
    },
    {
      name: "an opt-out",
      yaml: `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  optOut: { categories: [customers], provisionIsPurpose: true }`,
      errors: [{ message: "missing", path: "thirdPartyProvision.optOut" }]
    }
  ]
})
