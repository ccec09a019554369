/**
 * The interface's own words, in Japanese and English. Policy text, lint
 * messages, guard explanations and change explanations come from the library
 * in both languages; these are only the labels around them.
 */
export type UiLang = "ja" | "en"

const b = (ja: string, en: string) => ({ ja, en }) as const

export const TEXT = {
  title: b("appi-policy プレイグラウンド", "appi-policy playground"),
  tagline: b(
    "個人情報保護方針を YAML で編集すると、本文・指摘・ガード判定・改定の影響がその場で更新されます。サーバーは使いません。",
    "Edit a privacy policy in YAML and see its prose, findings, guard decisions and revision impact update as you type. Nothing leaves this page."
  ),
  example: b("例", "Example"),
  exampleCustom: b("（編集中の下書き）", "(your draft)"),
  uiLang: b("表示言語", "Interface language"),
  copyLink: b("共有リンクをコピー", "Copy share link"),
  linkCopied: b("リンクをコピーしました", "Link copied"),
  linkReady: b("このページの URL が共有リンクです", "This page's URL is the share link"),
  editorHeading: b("方針（YAML）", "Policy (YAML)"),
  editorLabel: b("方針の YAML。Ctrl+Space で補完、Tab でエディタの外へ移動。", "Policy YAML. Ctrl+Space completes; Tab moves out of the editor."),
  hoverValues: b("使える値", "Allowed values"),
  hoverRequired: b("必須", "required"),
  hoverPattern: b("形式", "Format"),
  hoverDeclared: b("宣言済みの id", "Declared ids"),
  outputs: b("結果", "Results"),
  tabPreview: b("本文", "Prose"),
  tabFindings: b("指摘", "Findings"),
  tabGuard: b("ガード", "Guard"),
  tabRevision: b("改定", "Revision"),
  statusValid: b("読み込み成功", "Loaded"),
  statusInvalid: b("読み込みエラー", "Does not load"),
  statusUpdated: b("更新", "updated in"),
  notLoaded: b("方針が読み込めないため表示できません。「指摘」を確認してください。", "The policy does not load, so there is nothing to show: see Findings."),
  // preview
  previewLang: b("言語", "Language"),
  previewFormat: b("形式", "Format"),
  numbering: b("番号", "Numbering"),
  items: b("項目の記号", "Item markers"),
  exceptions: b("法定の各号", "Statutory lists"),
  calendar: b("日付（日本語）", "Dates (Japanese)"),
  englishDates: b("日付（英語）", "Dates (English)"),
  allowMissing: b("英訳がない箇所を印を付けて表示", "Mark missing translations instead of failing"),
  previewFrame: b("方針の本文", "The policy as published"),
  renderFailed: b("本文を生成できません", "Cannot render"),
  warnings: b("警告", "Warnings"),
  // findings
  noFindings: b("指摘はありません", "No findings"),
  findingsSummary: b("エラー {e} 件、警告 {w} 件", "errors: {e}, warnings: {w}"),
  loadProblems: b("読み込みエラー", "Loading errors"),
  lintFindings: b("法令チェック（lint）", "Law checks (lint)"),
  error: b("エラー", "error"),
  warning: b("警告", "warning"),
  jumpTo: b("{line} 行 {col} 列へ移動", "Go to line {line}, column {col}"),
  line: b("行", "line"),
  // guard
  guardHeading: b("要求を判定する", "Check a request"),
  requestKind: b("要求の種類", "Kind of request"),
  kindUse: b("利用", "Use"),
  kindProvide: b("提供", "Provision"),
  category: b("個人情報の種別", "Data category"),
  purpose: b("利用目的", "Purpose"),
  provideTo: b("提供先の種類", "Recipient kind"),
  recipient: b("宣言された提供先", "Declared recipient"),
  recipientNone: b("（指定しない）", "(none)"),
  country: b("国（ISO 2文字、例 JP, US）", "Country (ISO alpha-2, e.g. JP, US)"),
  exception: b("例外事由", "Exception"),
  exceptionNone: b("（なし）", "(none)"),
  consents: b("本人の同意", "Consent given"),
  consentPurpose: b("目的外利用への同意（18条1項）", "to use beyond the purposes (18(1))"),
  consentProvision: b("第三者提供への同意（27条1項）", "to provide to a third party (27(1))"),
  consentForeign: b("外国にある第三者への提供への同意（28条1項）", "to provide to a third party abroad (28(1))"),
  entrustorPermission: b("委託元の許諾（番号法10条）", "Entrustor's permission (My Number Act 10)"),
  decision: b("判定", "Decision"),
  allowed: b("許可", "Allowed"),
  denied: b("拒否", "Denied"),
  code: b("コード", "Code"),
  basis: b("根拠", "Basis"),
  basisLaw: b("法令", "law"),
  basisPolicy: b("方針", "policy"),
  article: b("条文", "Article"),
  explanation: b("説明", "Explanation"),
  tableHeading: b("決定表", "Decision table"),
  tableUses: b("利用：種別 × 利用目的", "Use: categories × purposes"),
  tableProvision: b("提供の経路（国内の相手、同意なし）", "Provision routes (a recipient in Japan, no consent)"),
  kind: b("性質", "Kind"),
  optOut: b("オプトアウト", "Opt-out"),
  routeThirdParty: b("第三者", "Third party"),
  routeOutsourcee: b("委託先", "Outsourcee"),
  routeJointUsers: b("共同利用者", "Joint users"),
  routeSuccessor: b("事業承継", "Successor"),
  noJointUsers: b("なし", "none"),
  cellHint: b("セルを選ぶと上の判定に反映されます", "Pick a cell to load it into the check above"),
  // revision
  revisionHeading: b("改定の影響", "Impact of the revision"),
  baseline: b("比較の基準", "Baseline"),
  baselineFrom: b("基準：{name}", "Baseline: {name}"),
  baselineCurrent: b("今の内容を基準にする", "Use the current text as baseline"),
  baselineSetAt: b("{time} の内容", "the text at {time}"),
  baselineInvalid: b("基準の方針が読み込めません", "The baseline does not load"),
  noChanges: b("基準からの変更はありません", "No change from the baseline"),
  highest: b("最も重い影響", "Highest impact"),
  changes: b("変更 {n} 件", "{n} changes"),
  obliges: b("必要な対応", "What it obliges"),
  hints: b("確認事項", "To check"),
  unlawful: b("法令上認められない内容です。通知・同意ではなく元に戻してください。", "The new text states something the law does not allow: revert it."),
  changelog: b("改定履歴（テキスト）", "Changelog (text)"),
  footer: b(
    "appi-policy のライブラリをそのままブラウザで実行しています。通信は行いません。下書きはこのブラウザ（localStorage）と URL に保存されます。",
    "The appi-policy library runs in your browser: no request leaves the page. Your draft is kept in this browser (localStorage) and in the URL."
  )
} as const

export type TextKey = keyof typeof TEXT

export const t = (lang: UiLang, key: TextKey, data?: Readonly<Record<string, string | number>>): string => {
  const template: string = TEXT[key][lang]
  return data === undefined ? template : template.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in data ? String(data[name]) : whole))
}

/** What each impact obliges, shortest first for badges (公表 / 通知 / 事前通知 / 同意). */
export const IMPACT_TEXT = {
  editorial: { badge: b("表記", "editorial"), obliges: b("表記の修正のみ（対応は不要）", "Editorial: nothing beyond updating the text") },
  publish: { badge: b("公表", "publish"), obliges: b("公表：方針に記載して公表する", "Publish: the published policy must say it") },
  notify: { badge: b("通知", "notify"), obliges: b("通知又は公表：本人に通知するか公表する", "Notify or publish: tell the persons or publish it") },
  "notify-in-advance": { badge: b("事前通知", "notify in advance"), obliges: b("事前の通知：変更の前に本人に通知する", "Notify in advance: before the change takes effect") },
  consent: { badge: b("同意", "consent"), obliges: b("本人の同意：通知では足りず、同意を得る", "Consent: notice is not enough, ask for consent") }
} as const

export const KIND_TEXT = {
  ordinary: b("通常", "ordinary"),
  "special-care": b("要配慮", "special-care"),
  "my-number": b("マイナンバー", "My Number"),
  pseudonymized: b("仮名加工", "pseudonymized"),
  anonymized: b("匿名加工", "anonymized")
} as const

export const RECIPIENT_TEXT = {
  "third-party": b("第三者", "third party"),
  outsourcee: b("委託先", "outsourcee"),
  "joint-user": b("共同利用者", "joint user"),
  successor: b("事業承継", "successor")
} as const

/** Labels of the renderer's style values. */
export const STYLE_TEXT: Readonly<Record<string, { readonly ja: string; readonly en: string }>> = {
  articles: b("第1条", "Article 1"),
  sections: b("1. / 1.1", "1. / 1.1"),
  parenthesized: b("(1) (2)", "(1) (2)"),
  circled: b("① ②", "① ②"),
  japanese: b("和暦", "Japanese era"),
  gregorian: b("西暦", "Gregorian"),
  long: b("1 April 2022", "1 April 2022"),
  iso: b("2022-04-01", "2022-04-01"),
  ja: b("日本語", "Japanese"),
  en: b("英語", "English"),
  "ja+en": b("日英併記", "Japanese + English"),
  html: b("HTML", "HTML"),
  markdown: b("Markdown", "Markdown"),
  text: b("テキスト", "Text")
}
