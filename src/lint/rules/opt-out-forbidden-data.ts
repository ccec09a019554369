/**
 * Opt-out never covers special-care data or data itself received by opt-out (27(2) proviso).
 *
 * @since 0.1.0
 */
import { acquiredByOptOut, holdsSpecialCare } from "../../model/facts.ts"
import { coveredCategories, squashJa } from "../facts.ts"
import { defineRule } from "../Rule.ts"

const VIA_OPT_OUT = /オプトアウト/u

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "opt-out-forbidden-data",
    severity: "error",
    severityReason: {
      en: "error: the document itself puts under the opt-out data the 27(2) proviso excludes from it, even where it only states when it would use opt-out; no filing or notice makes that lawful",
      ja: "エラー: 27条2項ただし書がオプトアウトから除くデータを、文書自体がオプトアウトの対象にしている（オプトアウトを用いる場合を述べるだけの記載でも同じ）。届出や通知によって適法になることはない"
    },
    citation: { en: "APPI 27(2) proviso", ja: "個人情報保護法27条2項ただし書" },
    description: {
      en: "opt-out covers no special-care data and no data received by opt-out",
      ja: "オプトアウトの対象に要配慮個人情報やオプトアウトで取得した個人データが含まれていない"
    },
    docs: {
      en: "The proviso of Art. 27(2) excludes from opt-out provision special-care personal information (要配慮個人情報), data acquired in breach of Art. 20(1), and data that the operator itself received from another operator by opt-out. Such data may be provided only with consent or under a statutory exception. `categories: all` counts: it covers special-care categories.",
      ja: "27条2項ただし書により、要配慮個人情報、20条1項に違反して取得したもの、他の事業者からオプトアウトにより提供を受けたものは、オプトアウトによって提供できない。これらは同意又は法定の例外によってのみ提供できる。`categories: all` は要配慮個人情報を含む種別にも及ぶ。"
    },
    messages: {
      "special-care": {
        en: "the opt-out covers the data category `{id}`, which holds special-care data",
        ja: "オプトアウトの対象に要配慮個人情報を含む種別 `{id}` が含まれている",
        help: { en: "name only ordinary categories in `optOut.categories`; special-care data needs consent", ja: "`optOut.categories` から除く（要配慮個人情報の提供には同意が必要）" }
      },
      "received-by-opt-out": {
        en: "the opt-out covers the data category `{id}`, which was itself received by opt-out",
        ja: "オプトアウトの対象に、オプトアウトにより取得した種別 `{id}` が含まれている",
        help: { en: "data received by opt-out cannot be passed on by opt-out", ja: "オプトアウトで取得した個人データはオプトアウトで提供できない" }
      },
      "acquired-by-opt-out": {
        en: "the opt-out's data is acquired by opt-out, and cannot be passed on by opt-out",
        ja: "オプトアウトで提供する個人データがオプトアウトにより取得されたものである",
        help: { en: "provide such data only with consent", ja: "同意を得て提供する" }
      }
    }
  },
  check: (policy, report) => {
    const optOut = policy.thirdPartyProvision?.optOut
    if (optOut === undefined) return
    const scopePath = ["thirdPartyProvision", "optOut", "categories"] as const
    for (const { category } of coveredCategories(policy, optOut.categories)) {
      const path = optOut.categories === "all" ? [...scopePath] : [...scopePath, optOut.categories.indexOf(category.id)]
      if (holdsSpecialCare(category)) report("special-care", path, { id: category.id })
      // The structured method says it; older policies only say it in words.
      const acquisition = `${squashJa(category.acquisition?.note)}${squashJa(category.description)}`
      if (acquiredByOptOut(category) || VIA_OPT_OUT.test(acquisition)) {
        report("received-by-opt-out", path, { id: category.id })
      }
    }
    if (VIA_OPT_OUT.test(squashJa(optOut.acquisitionMethod))) report("acquired-by-opt-out", ["thirdPartyProvision", "optOut", "acquisitionMethod", "ja"])
  }
})
