import { testRule } from "../../../test/ruleTester.ts"
import rule from "./request-procedures.ts"

const ALL_KINDS = "[purpose-notification, disclosure, provision-record-disclosure, correction, use-stop, provision-stop]"
const verification = "  verification: { ja: 本人確認書類の写しにより確認します }"
/** All six kinds, a window and an identity check, with the given handling of use-stop and provision-stop. */
const grounds = (useStop: string, provisionStop: string) => `requests:
  kinds: ${ALL_KINDS}
  submission: { channels: [post], window: privacy-desk }
${verification}
  handling:
    - kind: use-stop
      grounds: [${useStop}]
    - kind: provision-stop
      grounds: [${provisionStop}]`

testRule(rule, {
  valid: [
    { name: "all six kinds, with a window", yaml: "" },
    {
      name: "a procedure given by its steps",
      yaml: `requests:
  kinds: ${ALL_KINDS}
  procedure: [{ title: { ja: 請求書を郵送してください } }]
${verification}`
    },
    {
      name: "seed 001: use-stop grounds include those of 35(5); generic grounds are not read as a limit",
      yaml: grounds(
        "{ ja: 利用目的の範囲を超えて取り扱われているという理由 }, { ja: 当社が利用する必要がなくなった場合その他お客様の権利又は正当な利益が害されるおそれがある場合 }",
        "{ ja: 法令に定める場合 }"
      )
    }
  ],
  invalid: [
    { name: "no requests section", yaml: "requests: null\nfees: null", errors: [{ message: "no-requests", path: "requests" }] },
    {
      name: "seed 004: no purpose notification, no provision records",
      yaml: `requests:
  kinds: [disclosure, correction, use-stop, provision-stop]
  submission: { channels: [], window: privacy-desk }
${verification}
fees: null`,
      errors: [
        { message: "missing-kind", path: "requests.kinds" },
        { message: "missing-kind", path: "requests.kinds" }
      ]
    },
    {
      name: "seed 000: kinds listed, nowhere to send them, no identity check",
      yaml: `requests:
  kinds: ${ALL_KINDS}
  text: [{ ja: ご請求に対して誠実に対応いたします。 }]`,
      errors: [
        { message: "no-procedure", path: "requests" },
        { message: "no-identity-check", path: "requests" }
      ]
    },
    {
      name: "use-stop and provision-stop only on the grounds from before 2022",
      yaml: grounds("{ ja: 利用目的の範囲を超えて取り扱われているという理由 }, { ja: 偽りその他不正の手段により取得されたものであるという理由 }", "{ ja: 本人の同意なく第三者に提供されているという理由 }"),
      errors: [
        { message: "old-grounds-only", path: "requests.handling[0].grounds" },
        { message: "old-grounds-only", path: "requests.handling[1].grounds" }
      ]
    }
  ]
})
