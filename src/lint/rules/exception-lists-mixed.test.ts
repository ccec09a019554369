import { describe, expect, it } from "vitest"
import { testRule } from "../../../test/ruleTester.ts"
import rule, { listOfWording } from "./exception-lists-mixed.ts"

const useBeyond = (id: string, wording: string) => `useBeyondPurpose:
  consentRequired: true
  exceptions:
    - { id: ${id}, wording: { ja: ${wording} } }`

testRule(rule, {
  valid: [
    { name: "ids without wording", yaml: "" },
    {
      name: "seed 000: each list in its own words",
      yaml: `${useBeyond("life-body-property", "人の生命、身体または財産の保護のために必要な場合であって、ご本人の同意を得ることが困難であるとき")}
purposeNotice:
  exceptions:
    - { id: obvious-from-circumstances, wording: { ja: 取得の状況からみて利用目的が明らかであると認められる場合。 } }
requests:
  kinds: [purpose-notification, disclosure, provision-record-disclosure, correction, use-stop, provision-stop]
  submission: { channels: [post], window: privacy-desk }
  refusalText: { ja: 次の各号のいずれかに該当する場合には、開示を行わないことがあります。 }
  refusalGrounds:
    - { id: serious-business-hindrance, wording: { ja: 当社の業務の適正な実施に著しい支障を及ぼす恐れがあるとき } }`
    },
    { name: "seed 004's own variant of an item (健康)", yaml: useBeyond("life-body-property", "人の生命、身体、健康又は財産の保護のために必要な場合であって、本人の同意を得ることが困難であるとき。") }
  ],
  invalid: [
    {
      name: "an 18(3) exception worded as a 33(2) refusal ground",
      yaml: useBeyond("laws-and-regulations", "当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合"),
      errors: [{ message: "other-list", path: "useBeyondPurpose.exceptions[0].wording.ja" }]
    },
    {
      name: "a 27(1) exception worded as a 21(4) ground",
      yaml: `thirdPartyProvision:
  consentRequired: true
  exceptions:
    - { id: state-cooperation, wording: { ja: 取得の状況からみて利用目的が明らかであると認められる場合 } }`,
      errors: [{ message: "other-list", path: "thirdPartyProvision.exceptions[0].wording.ja" }]
    },
    {
      name: "a 33(2) ground worded as an 18(3) exception",
      yaml: `requests:
  kinds: [purpose-notification, disclosure, provision-record-disclosure, correction, use-stop, provision-stop]
  submission: { channels: [post], window: privacy-desk }
  refusalGrounds:
    - { id: violates-other-law, wording: { ja: 公衆衛生の向上のために特に必要がある場合であって、本人の同意を得ることが困難であるとき } }`,
      errors: [{ message: "other-list", path: "requests.refusalGrounds[0].wording.ja" }]
    },
    {
      name: "the wording of another item of the same list",
      yaml: useBeyond("life-body-property", "公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき"),
      errors: [{ message: "other-item", path: "useBeyondPurpose.exceptions[0].wording.ja" }]
    },
    {
      name: "seed 002: 33(2) grounds applied to 開示等",
      yaml: `requests:
  kinds: [purpose-notification, disclosure, provision-record-disclosure, correction, use-stop, provision-stop]
  submission: { channels: [post], window: privacy-desk }
  refusalGrounds:
    - { id: harm-to-person-or-third-party, wording: { ja: 第三者の権利利益を害するおそれがある場合、開示等をお断りする場合があります } }`,
      errors: [{ message: "refusal-beyond-disclosure", path: "requests.refusalGrounds[0].wording.ja" }]
    },
    {
      name: "the refusal sentence names correction and use-stop; disclosure is not accepted",
      yaml: `requests:
  kinds: [purpose-notification, correction, use-stop]
  submission: { channels: [post], window: privacy-desk }
  refusalText: { ja: 次の場合には訂正や利用停止に応じないことがあります }
  refusalGrounds: [{ id: serious-business-hindrance }]
fees: [{ id: notification-fee, kinds: [purpose-notification], amount: 500 }]`,
      errors: [
        { message: "refusal-without-disclosure", path: "requests.refusalGrounds" },
        { message: "refusal-beyond-disclosure", path: "requests.refusalText.ja" }
      ]
    }
  ]
})

describe("listOfWording", () => {
  it("tells the lists apart by their statutory words", () => {
    expect(listOfWording("法令に基づく場合")).toBe("18(3)")
    expect(listOfWording("国の機関等に協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき")).toBe("18(3)")
    expect(listOfWording("利用目的を本人に通知し、又は公表することにより当該事務の遂行に支障を及ぼすおそれがあるとき")).toBe("21(4)")
    expect(listOfWording("本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合")).toBe("33(2)")
    expect(listOfWording("他の法令に違反することとなる場合")).toBe("33(2)")
    expect(listOfWording("法令の規定または司法手続きに基づく要請による場合")).toBeUndefined()
  })
})
