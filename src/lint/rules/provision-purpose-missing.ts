/**
 * Planned provision to third parties is among the purposes (17(1) and the
 * guidelines; for opt-out, 27(2)(ii)).
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../../core/Diagnostic.ts"
import type { Policy } from "../../model/Policy.ts"
import { squashJa } from "../facts.ts"
import { defineRule } from "../Rule.ts"

const PROVISION_WORDS = /第三者(?:へ|に対する|に対して|に)の?(?:個人(?:情報|データ)の?)?提供/u

/** Where the policy plans provision: consent or opt-out arrangements, the opt-out (not one only restated as a condition), grounds that are provision proper. */
const plannedProvision = (policy: Policy): { readonly path: JsonPath; readonly what: string } | undefined => {
  const provision = policy.thirdPartyProvision
  if (provision === undefined) return undefined
  const arrangements = provision.provisions ?? []
  const planned = arrangements.findIndex((p) => p.basis !== "statutory")
  if (planned >= 0) return { path: ["thirdPartyProvision", "provisions", planned], what: arrangements[planned]!.id }
  if (provision.optOut !== undefined && provision.optOut.conditional !== true) return { path: ["thirdPartyProvision", "optOut"], what: "opt-out" }
  const grounds = provision.otherGrounds ?? []
  const ground = grounds.findIndex((g) => g.kind === "business-necessity" || g.kind === "public-information" || g.kind === "opt-out")
  if (ground >= 0) return { path: ["thirdPartyProvision", "otherGrounds", ground], what: grounds[ground]!.id }
  return undefined
}

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "provision-purpose-missing",
    severity: "warning",
    severityReason: {
      en: "warning: the purposes may be published elsewhere or notified at acquisition (21(1)); the document cannot show that provision is among none of them",
      ja: "警告: 利用目的は別の場所で公表し、又は取得の際に通知してもよい（21条1項）。第三者提供がどこにも利用目的として示されていないことは文書からは分からない"
    },
    citation: { en: "APPI 17(1), 27(2)(ii); PPC General Guidelines 3-1-1", ja: "個人情報保護法17条1項・27条2項2号、通則ガイドライン3-1-1" },
    description: {
      en: "when the policy plans provision to third parties, provision is among the purposes",
      ja: "第三者提供を予定している場合、第三者提供が利用目的に含まれている"
    },
    docs: {
      en: "An operator that expects to provide personal information to third parties must make that clear when it specifies the purposes (PPC General Guidelines 3-1-1), and opt-out provision requires that provision to third parties be a purpose (Art. 27(2)(ii)). The rule fires when the policy declares a consent or opt-out arrangement, an opt-out, or a ground that is provision proper, and no purpose is tagged `third-party-provision` or speaks of 第三者への提供.",
      ja: "第三者提供を想定している場合には、利用目的の特定に当たってその旨が明確に分かるようにしなければならず（通則ガイドライン3-1-1）、オプトアウトによる提供では第三者への提供を利用目的とすることが要件である（27条2項2号）。同意又はオプトアウトによる提供、オプトアウト、提供そのものである事由を挙げながら、`third-party-provision` のタグや「第三者への提供」に触れる利用目的がない場合に報告する。"
    },
    messages: {
      missing: {
        en: "the policy provides personal data to third parties (`{what}`) but provision is not among the purposes",
        ja: "第三者提供を予定している（`{what}`）が、第三者提供が利用目的に含まれていない",
        help: {
          en: "add a purpose such as 「第三者への提供（提供先・項目は第N条のとおり）」 and tag it `third-party-provision`",
          ja: "「第三者への提供（提供先・項目は第N条のとおり）」のような利用目的を加え、`third-party-provision` のタグを付ける"
        }
      }
    }
  },
  check: (policy, report) => {
    const planned = plannedProvision(policy)
    if (planned === undefined) return
    const isPurpose = policy.purposes.items.some((p) => p.tags?.includes("third-party-provision") === true || PROVISION_WORDS.test(squashJa(p.text)))
    if (!isPurpose) report("missing", planned.path, { what: planned.what })
  }
})
