/**
 * The CLI's words in Japanese (see `en.ts`). Option names, their values,
 * placeholders and examples are as the command takes them; statutory terms
 * are the Act's (利用目的, 第三者提供, 委託, 共同利用, 開示等の請求, 手数料).
 *
 * @since 0.3.0
 */
import { appi, type Citation, formatCitation, formatCitations, myNumberAct } from "../../core/citation.ts"
import type { CliMessages, DecisionGround, FileKind, Refusal, RequestWords } from "./CliMessages.ts"
import { lines, optionColumn } from "./layout.ts"

const hint = (suggestion: string | undefined): string => (suggestion === undefined ? "" : `（\`${suggestion}\` の誤りではありませんか）`)
const listed = (values: ReadonlyArray<string>): string => values.map((value) => `\`${value}\``).join("、")
const cite = (citation: Citation): string => formatCitation(citation, "ja")
const LANG_DEFAULT = "既定: ロケール LC_ALL/LC_MESSAGES/LANG が ja なら ja、それ以外は en"

const KINDS: { readonly [K in FileKind]: string } = {
  directory: "ディレクトリ",
  "character-device": "キャラクタデバイス",
  "block-device": "ブロックデバイス",
  fifo: "FIFO（名前付きパイプ）",
  socket: "ソケット",
  other: "特殊なファイル"
}

const refusal = (why: Refusal): string => {
  switch (why.reason) {
    case "empty-path":
      return "パスが空です"
    case "standard-output":
      return "`-` は標準出力を指しますが、このファイルは標準出力には出せません"
    case "not-regular":
      return `${KINDS[why.kind]}であり、通常のファイルではありません`
    case "dangling-link":
      return "存在しないファイルへのシンボリックリンクです"
    case "link-not-followed":
      return `たどれないシンボリックリンクです（${why.code}）`
    case "link-to-not-regular":
      return `${KINDS[why.kind]}へのシンボリックリンクであり、通常のファイルへのリンクではありません`
    case "link-not-resolved":
      return `解決できないシンボリックリンクです（${why.code}）`
    case "input":
      return `入力 \`${why.input}\` ${why.sameName ? "" : "と同じファイル"}です。書き出すと入力が失われます`
    case "same-target":
      return `\`${why.earlier}\` と同じファイルに書き出すことになります`
  }
}

/** The provisions a decision rests on (`-` for none), or the policy's clause. */
const article = (ground: DecisionGround): string =>
  ground.basis === "policy" ? `ポリシーの ${ground.clause}` : ground.citations.length === 0 ? "-" : formatCitations(ground.citations, "ja")

/** A guard request in words, user input in backticks: 種別 `customers`、利用目的 `contact`. */
const request = ({ category, purpose, provide, exception, consents }: RequestWords): string =>
  [
    `種別 \`${category}\``,
    ...(provide === undefined
      ? [`利用目的 \`${purpose ?? ""}\``]
      : [
          `提供の種類 \`${provide.to}\``,
          ...(provide.recipient === undefined ? [] : [`提供先 \`${provide.recipient}\``]),
          ...(provide.country === undefined ? [] : [`国 \`${provide.country}\``]),
          ...(provide.entrustorPermission === undefined ? [] : [`委託者の許諾 \`${String(provide.entrustorPermission)}\``])
        ]),
    ...(exception === undefined ? [] : [`例外事由 \`${exception}\``]),
    ...(consents.length === 0 ? [] : [`同意 ${listed(consents)}`])
  ].join("、")

/** @since 0.3.0 */
export const ja = {
  main: {
    usage: ({ commands }) =>
      lines(
        "使い方: appi-policy <command> [options]",
        "        appi-policy --version",
        "",
        "コマンド:",
        ...commands.map(({ name, summary }) => `  ${name.padEnd(10)} ${summary}`),
        "",
        "ポリシーファイルに `-` を指定すると標準入力から読みます（YAML。`{` で始まるものは JSON）。",
        "各コマンドのオプションと終了ステータスは `appi-policy <command> --help` で表示されます"
      ),
    unknownCommand: ({ value, suggestion }) => `不明なコマンド \`${value}\` です${hint(suggestion)}`,
    seeCommands: "コマンドの一覧は `appi-policy --help` で表示されます",
    unknownOption: ({ value, suggestion }) => `不明なオプション \`${value}\` です${hint(suggestion)}`,
    seeOptions: ({ command }) => `オプションは \`appi-policy ${command} --help\` で表示されます`,
    optionValue: ({ option, problem }) =>
      problem === "missing"
        ? `${option} に値を指定してください`
        : problem === "unexpected"
          ? `${option} は値を取りません`
          : `${option} の値がありません（\`-\` で始まる値は \`${option}=-XYZ\` の形で指定してください）`
  },
  commands: {
    validate: {
      summary: "ポリシーファイル（YAML 又は JSON）がポリシーとして正しい形式かを検査する",
      usage: () =>
        lines(
          "使い方: appi-policy validate <files…> [--format text|json] [--lang en|ja]",
          "",
          "各ファイルをポリシーのモデルに照らして検査します（文字コード、構文、構造、id、参照）。",
          "ファイルに `-` を指定すると標準入力から読みます。",
          "",
          "オプション:",
          "  --format text|json  text（既定）: 問題ごとに `file:line:col  code  message` の形で1行。",
          "                      json: ツール向けの { files: [{ file, valid, diagnostics }] }",
          `  --lang en|ja        メッセージの言語（${LANG_DEFAULT}）`,
          "  -h, --help          このヘルプを表示する",
          "",
          "終了ステータス: 0 すべて有効、1 無効なファイルがある、2 使い方の誤り"
        )
    },
    summary: {
      summary: "ポリシーの概要を表示する",
      usage: () =>
        lines(
          "使い方: appi-policy summary <file> [--lang en|ja] [--format text|json]",
          "",
          "個人情報取扱事業者、個人情報の種別と利用目的の数、第三者提供の根拠、共同利用、委託、開示等の請求と",
          "手数料、問い合わせ窓口、制定・改定の履歴を表示します。端末で確かめるための概要であり、公表する文面",
          "ではありません（文面は `render` で作ります）。ファイルに `-` を指定すると標準入力から読みます。",
          "",
          "オプション:",
          `  --lang en|ja        概要の言語（${LANG_DEFAULT}）`,
          "  --format text|json  text（既定）: 事項ごとに1行。json: 概要をオブジェクトで（テキストは日英両方）",
          "  -h, --help          このヘルプを表示する",
          "",
          "終了ステータス: 0 表示した、1 ポリシーが無効、2 使い方の誤り"
        )
    },
    lint: {
      summary: "ポリシーを個人情報保護法に照らして検査する（指摘ごとに根拠条文を示す）",
      usage: () =>
        lines(
          "使い方: appi-policy lint <files…> [--format text|json|sarif] [--rule <id>=off|warn|error]… [--lang en|ja]",
          "",
          "各ポリシーを読み込み、個人情報の保護に関する法律に照らして検査します。対象は事業者の名称・住所・代表者、",
          "利用目的、第三者提供、共同利用、オプトアウト、開示等の請求と手数料、安全管理措置、問い合わせ窓口などです。",
          "規則とそれぞれの根拠となる法令は docs/rules.md にあります（インストールしたパッケージでは",
          "node_modules/appi-policy/docs/rules.md）。ファイルに `-` を指定すると標準入力から読みます。",
          "",
          "オプション:",
          "  --format text|json|sarif  text（既定）: 指摘ごとに `file:line:col  severity  rule  message` の形で1行。",
          "                            json: { files: [{ file, valid, diagnostics }], errors, warnings }。",
          "                            sarif: GitHub の code scanning 向けの SARIF 2.1.0",
          "  --rule <id>=<setting>     規則を無効にし、又は警告若しくはエラーにする（繰り返し指定できる）",
          `  --lang en|ja              メッセージの言語（${LANG_DEFAULT}）`,
          "  -h, --help                このヘルプを表示する",
          "",
          "終了ステータス: 0 エラーなし（警告は可）、1 エラー又は読み込めないファイルがある、2 使い方の誤り"
        )
    },
    render: {
      summary: "ポリシーを公表用の文面にする（Markdown、HTML 又はテキスト。日本語、英語又は日英併記）",
      usage: ({ formats, articleOne, eraDate, gregorianDate }) =>
        lines(
          `使い方: appi-policy render <file> [--lang ja|en|ja+en] [--format ${formats}] [--out <path>] [options]`,
          "",
          "ポリシーを、事業者が公表する文面にします。法定の文言はライブラリの日英の条項カタログから、事業者",
          "独自の文言はポリシーから取ります。ファイルに `-` を指定すると標準入力から読みます。",
          "",
          "オプション:",
          "  --lang ja|en|ja+en             言語（既定 ja）。ja+en は節ごとに日英を併記する",
          `${optionColumn(`--format ${formats}`, 31)}出力形式（既定 markdown）。html は単独の1ページ。`,
          "                                 json は各文とその出所（ポリシー中のパス、又は条項とその事実）の一覧",
          "  --out <path>                   標準出力ではなくファイルに（アトミックに）書き出す（`-`: 標準出力。",
          "                                 シンボリックリンクはリンク先の通常ファイルに書く。デバイス、FIFO、",
          "                                 ディレクトリ及び入力ファイルには書かない）",
          "  --allow-missing                英語のないテキストで失敗せず、未翻訳の印を付けて出力する",
          "  --statutory-wording            法定の記載事項をポリシーが独自の言い回しで書いている箇所（例外、同意、",
          "                                 手数料、共同利用 …）で、法令の文言（ライブラリの条項）を使う",
          `  --numbering sections|articles  1. / 1.1（既定）又は ${articleOne} / Article 1`,
          "  --items parenthesized|circled  列挙の番号: (1)（既定）又は ①",
          "  --exceptions circled|parenthesized  法定の例外の列挙: ①（既定）又は (1)",
          `  --calendar japanese|gregorian  日本語の日付: ${eraDate}（既定）又は ${gregorianDate}`,
          "  --en-dates long|iso            英語の日付: 1 April 2022（既定）又は 2022-04-01",
          "  -h, --help                     このヘルプを表示する",
          "",
          "終了ステータス: 0 出力した、1 ポリシーが無効、翻訳がない又は出力先に書けない、2 使い方の誤り"
        )
    },
    diff: {
      summary: "ポリシーの二つの版の間で何が変わり、その変更により事業者に何が求められるかを示す",
      usage: ({ formats, changelogTitle }) =>
        lines(
          `使い方: appi-policy diff <old> <new> [--format ${formats}] [--lang ja|en|ja+en] [--fail-on <impact>] [--related <ids>]`,
          "        appi-policy diff --git <rev> <file> [options]",
          "",
          "ポリシーの二つの版を項目ごとに（位置ではなく id で対応付けて）比較し、各変更を、それにより求められる",
          "対応で分類します: editorial < publish < notify < notify-in-advance < consent。",
          "どちらか一方のファイルに `-` を指定すると標準入力から読みます（両方には指定できません）。",
          "",
          "オプション:",
          "  --git <rev>          <rev>（コミット、ブランチ又はタグ）にコミットされた <file> と現在のファイルを比較する",
          `  --format ${formats}`,
          `                       text（既定）: ${changelogTitle}をプレーンテキストで（改定の告知向け）。`,
          "                       markdown（又は md）: 同じく Markdown で。html: 同じく単独のページで。",
          "                       json: ChangeSet。patch: RFC 6902 の JSON Patch",
          "  --lang ja|en|ja+en   text、markdown 及び html の言語（既定 ja+en）",
          "  --fail-on <impact>   変更がその影響（例: notify、consent）に達したら終了ステータス 1 にする（CI 向け）",
          "  --related <ids>      変更前の利用目的と関連性を有すると合理的に認められる利用目的の id（カンマ区切り。",
          `                       ${cite(appi(17, 2))}）。その追加や拡大は本人の同意ではなく通知又は公表（第21条第3項）で足りる`,
          "  -h, --help           このヘルプを表示する",
          "",
          "終了ステータス: 0 完了、1 変更が --fail-on に達した又はポリシーが無効、2 使い方の誤り"
        )
    },
    compile: {
      summary: "ポリシーをガードの判定表（JSON）にコンパイルする",
      usage: () =>
        lines(
          "使い方: appi-policy compile <policy> [--out table.json]",
          "",
          "`appi-policy/guard` の `check`（及び `appi-policy check --table`）が読む判定表を書き出します。",
          "--out がなければ標準出力に出力します。ポリシーに `-` を指定すると標準入力から読みます。",
          "",
          "オプション:",
          "  --out <file>  判定表の書き出し先（アトミックに: すべて書くか、何も書かない）",
          "  -h, --help    このヘルプを表示する",
          "",
          "終了ステータス: 0 書き出した、1 ポリシーが無効又はファイルに書けない、2 使い方の誤り"
        )
    },
    check: {
      summary: "ある利用又は提供が許されるかをガードに問い合わせる",
      usage: ({ recipients }) =>
        lines(
          "使い方: appi-policy check <policy> --category <id> (--purpose <id> | --provide <to>) [options]",
          "        appi-policy check --table <table.json> --category <id> (--purpose <id> | --provide <to>) [options]",
          "",
          "一つの要求を、`appi-policy/guard` が実行時に判定するとおりに判定します。ポリシー（又は `-`）はまず",
          "コンパイルされます。--table を指定すると代わりに `appi-policy compile` の判定表を読みます。スクリプトや",
          "フックではこちらが速くなります。",
          "",
          "オプション:",
          "  --table <file>      ポリシーの代わりに使う、コンパイル済みの判定表",
          "  --category <id>     個人情報の種別の id",
          `  --purpose <id>      利用目的の id（利用。${cite(appi(18, 1))}）`,
          `  --provide <to>      提供の種類: ${recipients.join(", ")}`,
          "  --recipient <id>    ポリシーが宣言する提供先: 第三者提供の提供先、委託先又は共同利用者",
          "  --country <CC>      提供先の国。ISO 3166-1 alpha-2（ポリシーが提供先の所在国を定めていなければ必須）",
          `  --exception <id>    主張する根拠: ${cite(appi(18, 3))}各号又は第27条第1項各号の一つ（例: laws-and-regulations）、`,
          `                      特定個人情報では${cite(myNumberAct(19))}各号の一つ（my-number-affairs、life-body-property、legal-proceedings）`,
          "  --consent <kinds>   得ている同意（カンマ区切り）: purpose（第18条第1項）、provision（第27条第1項）、foreign（第28条第1項）",
          `  --entrustor-permission  委託を受けた特定個人情報の再委託を委託者が許諾している（${cite(myNumberAct(10))}）`,
          "  --format text|json  text（既定）: 判定、根拠条文及び説明。json: Decision オブジェクト",
          "  -h, --help          このヘルプを表示する",
          "",
          "終了ステータス: 0 許可、1 不許可（又はポリシー若しくは判定表が無効）、2 使い方の誤り"
        )
    },
    codegen: {
      summary: "ポリシーの型付き id（TypeScript）を生成する",
      usage: () =>
        lines(
          "使い方: appi-policy codegen ts <policy> [--out <file.ts>] [--guard-module <specifier>]",
          "",
          "`CategoryId`、`PurposeId`、`JointUserId` を文字列リテラルの合併型として、またそれらの id だけを受け付ける",
          "`checkUse`、`checkProvide`、`createTypedChecker` をエクスポートするモジュールを書き出します。利用目的の",
          "綴りを誤るとコンパイルが通りません。--out がなければ標準出力に出力します。",
          "",
          "オプション:",
          "  --out <file.ts>               モジュールの書き出し先",
          "  --guard-module <specifier>    モジュールがガードを import する先（既定 appi-policy/guard）",
          "  -h, --help                    このヘルプを表示する",
          "",
          "終了ステータス: 0 書き出した、1 ポリシーが無効又はファイルに書けない、2 使い方の誤り（又は ts-morph がない）"
        )
    },
    scan: {
      summary: "TypeScript プロジェクトのガード呼び出しをポリシーに照らして検査する（CI 向け）",
      usage: () =>
        lines(
          "使い方: appi-policy scan <project dir or tsconfig.json> --policy <file> [--format text|json]",
          "",
          "appi-policy/guard の呼び出し（`check(table, request)`、`createChecker` が返すチェッカー、PurposeGuard の",
          "`check`/`decide`、`codegen ts` の型付きラッパー）のうち、要求が文字列リテラルか定数でできているものを探し、",
          "ポリシーが許さないものをそれぞれ報告します。要求が実行時の値で決まる呼び出しは、静的には判定できない",
          "ものとして一覧にしますが、スキャンの失敗にはなりません。",
          "",
          "オプション:",
          "  --policy <file>     ポリシー（YAML 又は JSON）",
          "  --format text|json  text（既定）: 不許可又は判定できない呼び出しごとに `file:line:col  code  message` の形で1行。",
          "                      json: { findings: [{ file, line, column, kind, request?, decision?, reason? }] }",
          "  -h, --help          このヘルプを表示する",
          "",
          "終了ステータス: 0 判定できた呼び出しがすべて許可、1 不許可の呼び出しがある（又はポリシーが無効）、",
          "                2 使い方の誤り（tsconfig がない、又は ts-morph がない）"
        )
    },
    export: {
      summary: "ポリシーのガードを他の認可システム（Cedar）向けに書き出す",
      usage: () =>
        lines(
          "使い方: appi-policy export cedar <policy> --out <dir>",
          "",
          "<dir>/appi-policy.cedarschema、<dir>/policies.cedar 及び <dir>/entities.json を書き出します。Cedar は",
          "appi-policy/guard が許す利用と提供の要求だけを許可します（`Category` に対するアクション `use` 又は",
          "`provide`。利用目的、例外、同意及び提供先はコンテキストに入ります）。",
          "",
          "オプション:",
          "  --out <dir>   三つのファイルを書き出すディレクトリ（なければ作る）",
          "  -h, --help    このヘルプを表示する",
          "",
          "終了ステータス: 0 書き出した、1 ポリシーが無効又はファイルに書けない、2 使い方の誤り"
        )
    },
    import: {
      summary: "既存のプライバシーポリシー（テキスト、Markdown 又は HTML）からポリシー文書の草案と報告を作る",
      usage: ({ formats }) =>
        lines(
          `使い方: appi-policy import <file> [--format ${formats}] [--out <draft.yaml>] [--report <report.json>]`,
          "",
          "公表済みのプライバシーポリシー（プレーンテキスト、Markdown 又は保存した HTML ページ。UTF-8）を読み、",
          "ポリシー文書の草案を作ります。見つけた値にはそれぞれ出典の行と確度をコメントで付け（`# L42 high`）、",
          "どの項目にも対応付けられなかった文章は additionalClauses にそのまま残します。草案は `appi-policy validate`",
          "を通ります。公表済みのポリシーに何が欠けているかは、草案に `appi-policy lint` を実行して確かめてください。",
          "ファイルに `-` を指定すると標準入力から読みます。",
          "",
          "オプション:",
          `${optionColumn(`--format ${formats}`, 32)}入力の形式（既定: ファイルの拡張子から、なければ内容から判断する）`,
          "  --out <path>                    草案（YAML）を標準出力ではなくファイルにアトミックに書き出す",
          "                                  （`-`: 標準出力。シンボリックリンクはリンク先の通常ファイルに書く。",
          "                                  デバイス、FIFO、ディレクトリ及び入力ファイルには書かない）",
          "  --report <path>                 報告（JSON）を書き出す（`-` は標準出力。--out <file> と併せて使う）。",
          "                                  事項ごとに何がどこでどれだけ確かに見つかったか、対応付けられなかった",
          "                                  文章、対応付けられた行の割合、草案が有効か",
          "  -h, --help                      このヘルプを表示する",
          "",
          "終了ステータス: 0 草案を書き出した、1 入力を読めない（UTF-8 でない、大きすぎる、空）、草案が無効又は出力先に",
          "                書けない、2 使い方の誤り"
        )
    }
  },
  errors: {
    notOneOf: ({ flag, allowed, value, suggestion }) => `--${flag} の値 \`${value}\` は使えません${hint(suggestion)}。${listed(allowed)} のいずれかを指定してください`,
    atLeastOneFile: "ポリシーファイルを一つ以上指定してください",
    exactlyOneFile: "ポリシーファイルを一つだけ指定してください",
    stdinOnce: "標準入力（`-`）は一度しか指定できません",
    missingPeer: ({ peer, feature }) =>
      `${feature === "guard-tooling" ? "型付き ID の生成とプロジェクトのスキャン" : "JSON Schema からの TypeScript の型宣言の生成"}には、インストールされていない任意の peer 依存パッケージ \`${peer}\` が必要です: npm install --save-dev ${peer}`,
    unknownTarget: ({ target, known }) => `不明なターゲット \`${target}\` です（指定できるもの: ${known.join("、")}）`,
    lint: {
      ruleSetting: ({ argument }) => `--rule の値 \`${argument}\` は使えません。\`<id>=off|warn|error\` の形で指定してください`,
      unknownRule: ({ value, suggestion }) => `不明な規則 \`${value}\` です${hint(suggestion)}`
    },
    render: {
      notWritten: ({ count, untranslated }) => `${untranslated ? `${count} 件のテキストに英語版がありません` : `問題が ${count} 件あります`}。何も書き出していません`
    },
    diff: {
      oldAndNew: "変更前と変更後のポリシーファイルを指定してください",
      gitRevision: ({ value }) => `--git の値 \`${value}\` は使えません。\`HEAD\` のようなリビジョンを指定してください`,
      gitOneFile: "--git ではポリシーファイルを一つだけ指定してください（コミットされた版が変更前の版になります）",
      gitNotStdin: "--git では `-` ではなくポリシーファイルそのものを指定してください",
      changesReach: ({ impact, failOn }) => `変更が \`${impact}\` に達しています（--fail-on ${failOn}）`
    },
    check: {
      request: "ポリシーファイル一つ（又は --table）、--category、及び --purpose 又は --provide のどちらか一方を指定してください",
      cannotReadTable: ({ file, reason }) => `判定表 \`${file}\` を読めません（${reason}）`,
      notJson: "JSON ではありません"
    },
    codegen: { arguments: "ターゲット（ts）とポリシーファイル一つを指定してください" },
    export: {
      arguments: "ターゲット（cedar）、ポリシーファイル一つ及び --out <dir> を指定してください",
      outDirectory: "--out にはディレクトリを指定してください（三つのファイルを書き出すため、標準出力には出力できません）"
    },
    scan: { arguments: "プロジェクト一つ（tsconfig.json のあるディレクトリ又は tsconfig ファイル）と --policy <file> を指定してください" },
    import: {
      oneFile: "ポリシーファイルを一つだけ指定してください（標準入力は `-`）",
      takesPath: ({ flag }) => `--${flag} にはパスを指定してください`,
      oneToStdout: "標準出力に出せるのは草案と報告のどちらか一方です。--report - とするときは --out <draft.yaml> を指定してください"
    }
  },
  write: {
    wrote: ({ path }) => `${path} に書き出しました`,
    refused: ({ path, refusal: why }) => `\`${path}\` には書き出しません。${refusal(why)}`,
    useStandardOutput: "（標準出力に出すには、--out を省くか `--out -` を指定してください）",
    cannotWrite: ({ path, code }) => `\`${path}\` に書き出せません（${code}）`
  },
  decisions: {
    decision: ({ allowed, code, ground }) =>
      `${allowed ? "許可" : "不許可"}  ${code}  ${article(ground)}${ground.basis === "policy" ? "（法令ではなく、ポリシーの記載による判定）" : ""}`,
    denied: ({ where, code, request: asked, explanation, ground }) => `${where}  ${code}  ${request(asked)}: ${explanation}（${article(ground)}）`,
    notStaticallyKnown: ({ where, reason }) => `${where}  not-statically-known  実行時にしか判定できません（${reason}）`,
    scanTotals: ({ calls, allowed, denied, unknown }) =>
      `ガードの呼び出し ${calls} 件: 許可 ${allowed} 件、不許可 ${denied} 件、静的に判定できないもの ${unknown} 件`
  },
  import: {
    summary: ({ file, placed, total, percent, concepts, unplaced, valid }) =>
      `${file}: ${total} 行中 ${placed} 行を対応付けました（${percent}%）。見つかった事項 ${concepts} 件、additionalClauses に残した文章 ${unplaced.length} 件${unplaced.length === 0 ? "" : `（${unplaced.join("、")}）`}。草案は${valid ? "有効" : "無効"}です`
  },
  git: {
    notFound: { message: "`git` を実行できません", help: "git をインストールするか、二つのファイルを比較してください: `appi-policy diff <old> <new>`" },
    tooLarge: ({ path, rev, bytes }) => `\`${rev}\` の \`${path}\` が ${bytes} バイトを超えています`,
    notARepository: ({ file }) => `\`${file}\` は git リポジトリの中にありません`,
    notInRevision: { message: ({ file, rev }) => `\`${file}\` は \`${rev}\` に存在しません`, help: "パスを確かめるか、ファイルが存在するリビジョンを指定してください" },
    unknownRevision: { message: ({ rev }) => `不明なリビジョン \`${rev}\` です`, help: "コミット、ブランチ又はタグを指定してください。例: `HEAD~1`、`main`" },
    failed: ({ detail }) => `git show が失敗しました: ${detail}`
  }
} as const satisfies CliMessages
