/**
 * The reports' shared words in Japanese (see `en.ts`).
 *
 * @since 0.3.0
 */
import type { ReportWords } from "./ReportWords.ts"

/** @since 0.3.0 */
export const ja = {
  at: "場所",
  help: "対応",
  law: "根拠",
  clean: "問題なし",
  valid: "有効",
  validTotals: ({ valid, invalid }) => `有効 ${valid} 件、無効 ${invalid} 件`,
  lintTotals: ({ errors, warnings, files }) => `エラー ${errors} 件、警告 ${warnings} 件（${files} ファイル）`,
  notLoaded: {
    short: "ファイルが有効なポリシー文書ではない",
    full: "ファイルを読み込めなかった（文字コード・構文・構造・参照）。`appi-policy validate` を参照。"
  }
} as const satisfies ReportWords
