/**
 * The operator's identity: name, address, and a corporation's representative
 * (32(1)(i)); for an operator abroad, the country.
 *
 * @since 0.1.0
 */
import { looksCorporate, looksJapaneseAddress } from "../facts.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "operator-identity",
    severity: "error",
    citation: { en: "APPI 32(1)(i)", ja: "個人情報保護法32条1項1号" },
    description: {
      en: "the operator's name and address, a corporation's representative, and a foreign operator's country are published",
      ja: "事業者の名称・住所、法人の代表者氏名、外国事業者の国名が公表されている"
    },
    docs: {
      en: "Art. 32(1)(i) requires the operator to keep its name and address, and for a corporation the name of its representative, where the person can know them. The address of a contact window does not say where the operator is. An operator located abroad states the country, since the person has to know which jurisdiction it is in.",
      ja: "32条1項1号により、個人情報取扱事業者は氏名又は名称及び住所並びに法人にあってはその代表者の氏名を本人の知り得る状態に置かなければならない。問い合わせ窓口の所在地は事業者の住所の代わりにならない。外国にある事業者は、本人がどの法域の事業者かを知れるよう国名を示す。"
    },
    messages: {
      "missing-name": {
        en: "the operator's name is not published",
        ja: "事業者の名称が公表されていない",
        help: { en: "add `operator.name` with the legal name", ja: "`operator.name` に正式な名称を記載する" }
      },
      "missing-address": {
        en: "the operator's address is not published",
        ja: "事業者の住所が公表されていない",
        help: {
          en: "add `operator.address`; a contact window's address does not say where the operator is",
          ja: "`operator.address` に住所を記載する（問い合わせ窓口の所在地では足りない）"
        }
      },
      "missing-representative": {
        en: "`{name}` is a corporation but its representative is not named",
        ja: "`{name}` は法人だが代表者の氏名が公表されていない",
        help: { en: "add `operator.representatives` with title and name, e.g. 代表取締役 山田 太郎", ja: "`operator.representatives` に役職と氏名を記載する（例: 代表取締役 山田 太郎）" }
      },
      "unnamed-representative": {
        en: "the representative `{title}` has no name",
        ja: "代表者 `{title}` の氏名がない",
        help: { en: "the law asks for the representative's name, not only the title", ja: "役職だけでなく代表者の氏名が必要" }
      },
      "missing-country": {
        en: "the operator's address `{address}` is not in Japan but no country is given",
        ja: "事業者の住所 `{address}` は国内のものではないが国名がない",
        help: { en: "add `operator.country` (ISO 3166-1 alpha-2, e.g. `US`)", ja: "`operator.country` に国コード（例: `US`）を記載する" }
      }
    }
  },
  check: (policy, report) => {
    const { operator } = policy
    if (operator.name === undefined) report("missing-name", ["operator", "name"])
    if (operator.address === undefined) report("missing-address", ["operator", "address"])
    else if (operator.country === undefined && !looksJapaneseAddress(operator.address)) {
      report("missing-country", ["operator", "country"], { address: operator.address.ja })
    }
    const corporate = operator.entityType === "corporation" || (operator.entityType === undefined && looksCorporate(operator.name))
    const representatives = operator.representatives ?? []
    if (corporate && representatives.length === 0) {
      report("missing-representative", ["operator", "representatives"], { name: operator.name?.ja ?? "operator" })
    }
    representatives.forEach((person, i) => {
      if (person.name === undefined) report("unnamed-representative", ["operator", "representatives", i, "name"], { title: person.title.ja })
    })
  }
})
