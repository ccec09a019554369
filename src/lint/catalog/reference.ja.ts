/**
 * The lint reference's own words in Japanese (\`docs/rules.md\`): what an error and
 * a warning mean, what the rules check against. Apart from the catalog the
 * rules use, so that a bundle that lints (the playground) does not carry them.
 *
 * @since 0.3.0
 */
import type { ReferenceWords } from "./RuleTexts.ts"

/** @since 0.3.0 */
export const jaReference = {
  severityLine: [
    "**エラーと警告。** `error` は、文書自体が法律に反しているか、自己矛盾していることを意味する。法律が禁じる取扱いを述べている（訂正等への手数料、「業務上の必要」による提供、",
    "書面に限った開示、外国へのオプトアウトによる提供）、法律の要件を満たさないことを文書自身が示している（届出をしていないとするオプトアウト）、又は両立しない記載がある場合である。",
    "`warning` は、文書からは分からない事実に左右される指摘である。公表事項の多くは本人の知り得る状態に置けば足り、それには別のページや求めに応じた回答も含まれる",
    "（32条1項「本人の知り得る状態（本人の求めに応じて遅滞なく回答する場合を含む。）」、27条2項・5項3号「容易に知り得る状態」、28条2項の情報は同意を得る際に提供）。",
    "事業者の住所は会社概要のページにあるかもしれない。実際にどこでデータを取り扱うか、届出をしたかも文書の外の事実であり（「外国で保管するときは」という条件文）、",
    "程度の判断（抽象的な利用目的）も同じである。各ルールの節に重大度の理由と、警告が左右される事実を記す。方針が唯一の公表手段である場合は `--rule <id>=error` で引き上げられる。"
  ].join(""),
  docs: {
    intro: "`appi-policy lint <files…>` は、個人情報保護法、施行令、個人情報保護委員会のガイドライン及び番号法に照らして方針を検査する。",
    severityReason: "重大度の理由",
    language: "日本語"
  }
} as const satisfies ReferenceWords
