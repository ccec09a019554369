/**
 * My Number data serves only the affairs of the My Number Act (番号法 9):
 * 個人番号関係事務 and 個人番号利用事務.
 *
 * @since 0.2.0
 */
import { scopeCovers } from "../../model/facts.ts"
import { squashJa } from "../facts.ts"
import { myNumberAct } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** Words that name a My Number affair: the Act's terms, and the tax and social-insurance documents they consist of. */
const AFFAIR =
  /個人番号(?:関係|利用)事務|源泉徴収|支払調書|法定調書|年末調整|扶養控除|給与所得|退職所得|社会保険|健康保険|厚生年金|国民年金|雇用保険|労働保険|労災保険|確定申告|税務署|地方税/u

/** @since 0.2.0 */
export default defineRule({
  id: "my-number-purposes",
  severity: "warning",
  citation: [myNumberAct(9)],
  check: (policy, report) => {
    const myNumber = policy.dataCategories.filter((category) => category.sensitivity === "my-number")
    if (myNumber.length === 0) return
    policy.purposes.items.forEach((purpose, i) => {
      const served = myNumber.find((category) => scopeCovers(purpose.categories, category))
      if (served === undefined || purpose.tags?.includes("my-number-affairs") === true || AFFAIR.test(squashJa(purpose.text))) return
      report("not-an-affair", ["purposes", "items", i], { id: purpose.id, category: served.id })
    })
  }
})
