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
    severity: "warning",
    severityReason: {
      en: "warning: the name, address and representative need only be where the person can know them (32(1) 「本人の知り得る状態」), e.g. the company page; the document cannot show that they are published nowhere",
      ja: "警告: 名称・住所・代表者は本人の知り得る状態に置けば足り（32条1項）、会社概要のページにあってもよい。どこにも公表されていないことは文書からは分からない"
    },
    citation: { en: "APPI 32(1)(i)", ja: "個人情報保護法32条1項1号" },
    description: {
      en: "the operator's name and address, a corporation's representative, and a foreign operator's country are published",
      ja: "事業者の名称・住所、法人の代表者氏名、外国事業者の国名が公表されている"
    },
    docs: {
      en: "Art. 32(1)(i) requires the operator to keep its name and address, and for a corporation the name of its representative, where the person can know them. The address of a contact window does not say where the operator is. An address is complete only with its country: an operator whose address is not in Japan gives the country (the Act asks for the address, not for a jurisdiction; the country is part of a foreign address).",
      ja: "32条1項1号により、個人情報取扱事業者は氏名又は名称及び住所並びに法人にあってはその代表者の氏名を本人の知り得る状態に置かなければならない。問い合わせ窓口の所在地は事業者の住所の代わりにならない。住所は国名まで含めて完全になる。国内でない住所には国名を付ける（法律が求めるのは住所であって法域ではないが、外国の住所には国名が含まれる）。"
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
          en: "add `operator.address` (a contact window's address does not say where the operator is), unless the address is published on another page such as the company profile",
          ja: "`operator.address` に住所を記載する（問い合わせ窓口の所在地では足りない）。会社概要など別のページで公表している場合はそれでもよい"
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
        en: "the operator's address `{address}` is not in Japan but gives no country",
        ja: "事業者の住所 `{address}` は国内のものではないが国名がない",
        help: {
          en: "complete the address with `operator.country` (ISO 3166-1 alpha-2, e.g. `US`); a foreign address is complete with its country",
          ja: "`operator.country` に国コード（例: `US`）を記載して住所を完全にする（外国の住所は国名まで含めて住所である）"
        }
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
