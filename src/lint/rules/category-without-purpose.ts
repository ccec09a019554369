/**
 * Every data category is served by some purpose (17(1), 32(1)(ii)).
 *
 * @since 0.1.0
 */
import { scopeCovers } from "../../model/facts.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "category-without-purpose",
    severity: "error",
    citation: { en: "APPI 17(1), 32(1)(ii)", ja: "個人情報保護法17条1項・32条1項2号" },
    description: { en: "no data category is left without a purpose of use", ja: "利用目的のない個人情報の種別がない" },
    docs: {
      en: "The purposes of all retained personal data must be published (Art. 32(1)(ii)), so every kind of data the policy declares needs at least one purpose. `categories: all` does not reach data handled on a client's behalf or My Number data: those serve only purposes that name them (the client's purpose; the My Number Act's closed list of tasks).",
      ja: "全ての保有個人データの利用目的を公表する必要がある（32条1項2号）ため、方針が挙げる種別には少なくとも一つの利用目的が要る。`categories: all` は受託した個人情報と特定個人情報には及ばない。これらは、それを名指しする利用目的（委託元の目的、番号法が限定する事務）にのみ使える。"
    },
    messages: {
      uncovered: {
        en: "no purpose of use covers the data category `{id}`",
        ja: "個人情報の種別 `{id}` を対象とする利用目的がない",
        help: { en: "name `{id}` in the `categories` of the purposes it serves", ja: "対象となる利用目的の `categories` に `{id}` を加える" }
      },
      "needs-explicit-purpose": {
        en: "the data category `{id}` is served only by `categories: all`, which does not cover {kind}",
        ja: "個人情報の種別 `{id}` は `categories: all` の利用目的しかないが、{kindJa}には及ばない",
        help: { en: "name `{id}` in the purposes it may serve", ja: "使ってよい利用目的の `categories` に `{id}` を名指しで加える" }
      }
    }
  },
  check: (policy, report) => {
    const purposes = policy.purposes.items
    policy.dataCategories.forEach((category, i) => {
      if (purposes.some((purpose) => scopeCovers(purpose.categories, category))) return
      if (purposes.some((purpose) => purpose.categories === "all")) {
        const myNumber = category.sensitivity === "my-number"
        report("needs-explicit-purpose", ["dataCategories", i], {
          id: category.id,
          kind: myNumber ? "My Number data" : "data handled on a client's behalf",
          kindJa: myNumber ? "特定個人情報" : "受託した個人情報"
        })
      } else {
        report("uncovered", ["dataCategories", i], { id: category.id })
      }
    })
  }
})
