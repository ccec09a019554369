/**
 * The summary's words in Japanese: the row labels and the phrases of the values (see `en.ts`).
 *
 * @since 0.3.0
 */
import type { SummaryWords } from "./SummaryWords.ts"

/** @since 0.3.0 */
export const ja = {
  labels: {
    operator: "事業者",
    address: "住所",
    dataCategories: "個人情報の種別",
    purposes: "利用目的",
  exceptions: "例外事由",
  provision: "第三者提供",
    jointUse: "共同利用",
    outsourcing: "委託",
    requests: "開示等の請求",
    fees: "手数料",
    contactWindows: "問い合わせ窓口",
    accredited: "認定団体",
    history: "制定・改定"
  },
  categories: (o) => `${o.total}（開示対象 ${o.disclosable}、非開示 ${o.nonDisclosable}、要配慮等 ${o.sensitive}）`,
  exceptions: (o) => `目的外利用 ${o.use}、第三者提供 ${o.provision}、その他の事由 ${o.otherGrounds}`,
  provision: (o) => `${o.consentRequired ? "同意が必要" : "同意を要しない"}${o.optOut ? "、オプトアウトあり" : ""}、提供の内容 ${o.arrangements}件`,
  yesNo: (value) => (value ? "あり" : "なし"),
  amount: (amount) => (amount === undefined ? "金額の記載なし" : `${amount.toLocaleString("en-US")}円`),
  none: "なし",
  established: (date) => `制定 ${date}`,
  revised: (date) => `改定 ${date}`,
  postalCode: (code) => `〒${code} `
} as const satisfies SummaryWords
