/**
 * Synthetic policies for the import tests and the benchmark, written for the
 * purpose (no seed text): one policy as plain text, as Markdown and as a
 * saved HTML page, and a generator of a policy of a given size.
 */

/** A policy in plain text, numbered 第N条 with (N) items, a pipe table, a signature and a contact block. */
export const TEXT_POLICY = `プライバシーポリシー

株式会社みどり商会（以下「当社」といいます。）は、お客様の個人情報を次のとおり取り扱います。

第1条 取得する個人情報
当社は、以下の個人情報を取得します。
・氏名
・住所
・電話番号

第2条 利用目的
当社は、取得した個人情報を以下の目的で利用します。
(1) 商品の発送のため
(2) ご注文内容の確認及びご連絡のため
(3) 新商品のご案内のため。なお、お客様は、当社所定の方法によりお申し出いただくことで、ご案内を停止させたり再開させたりすることができます。
(4) アンケート調査の実施及び分析のため

第3条 利用目的による制限
当社は、次の各号に該当する場合を除き、あらかじめご本人の同意を得ないで、利用目的の達成に必要な範囲を超えて個人情報を取り扱いません。
① 法令に基づく場合
② 人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき

第4条 第三者提供
当社は、次の場合を除き、あらかじめご本人の同意を得ないで個人データを第三者に提供しません。
(1) 法令に基づく場合
(2) 国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき
(3) 合併その他の事由による事業の承継に伴って個人情報が提供される場合

第5条 業務委託
当社は、利用目的の達成に必要な範囲内において、個人情報の取扱いの全部又は一部を委託することがあります。

第6条 開示等の請求
ご本人から、利用目的の通知、開示、訂正、利用停止等のご請求があった場合は、ご本人であることを確認の上、遅滞なく対応します。
開示のご請求には、1回につき800円（税込）の手数料を定額小為替にてお支払いいただきます。

| 区分 | 保存期間 | 削除方法 |
|---|---|---|
| ご注文情報 | 取引終了から5年間 | 電子データの消去 |

第7条 お問い合わせ窓口
【個人情報お客様相談室】
〒530-0001 大阪府大阪市北区梅田９－９－９
TEL：06-1234-5678（受付時間：平日10:00～17:00）
E-mail：privacy@midori-shokai.example.jp
個人情報保護管理者 総務部長 山田 花子

制定 令和2年4月1日
改定 2023年10月1日
株式会社みどり商会
代表取締役 緑川 一郎
`

/** The same policy as Markdown: `#` headings, `-` lists, emphasis and a link. */
export const MARKDOWN_POLICY = `# プライバシーポリシー

**株式会社みどり商会**（以下「当社」といいます。）は、お客様の個人情報を次のとおり取り扱います。

## 1. 取得する個人情報

当社は、以下の個人情報を取得します。

- 氏名
- 住所
- 電話番号

## 2. 利用目的

当社は、取得した個人情報を以下の目的で利用します。

- 商品の発送のため
- ご注文内容の確認及びご連絡のため
- アンケート調査の実施及び分析のため

## 3. 第三者提供

当社は、次の場合を除き、あらかじめご本人の同意を得ないで個人データを第三者に提供しません。

1. 法令に基づく場合
2. 人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき

## 4. Cookieについて

当サイトはCookieを使用しています。ブラウザの設定によりCookieを拒否することができます。

## 5. お問い合わせ

[お問い合わせフォーム](https://midori-shokai.example.jp/contact) または下記までご連絡ください。

- 電話：０６－１２３４－５６７８
- メール：privacy@midori-shokai.example.jp

制定日：2021年7月1日
`

/** The same policy as a saved page: navigation, a script and a footer to strip; headings, a list and a table to keep. */
export const HTML_POLICY = `<!DOCTYPE html>
<html lang="ja">
<head><title>プライバシーポリシー | みどり商会</title>
<script>window.dataLayer = [];</script>
<style>body { color: black }</style>
</head>
<body>
<header><nav><ul><li><a href="/">ホーム</a></li><li><a href="/shop">ショップ</a></li></ul></nav></header>
<main>
<h1>プライバシーポリシー</h1>
<p>株式会社みどり商会（以下「当社」といいます。）は、お客様の個人情報を次のとおり取り扱います。</p>
<h2>1. 利用目的</h2>
<p>当社は、取得した個人情報を以下の目的で利用します。</p>
<ul>
  <li>商品の発送のため</li>
  <li>ご注文内容の確認及びご連絡のため</li>
</ul>
<h2>2. 開示等の請求</h2>
<p>開示のご請求には、1回につき&#65301;00円の手数料をいただきます。</p>
<table>
  <tr><th>区分</th><th>保存期間</th><th>削除方法</th></tr>
  <tr><td>ご注文情報</td><td>取引終了から5年間</td><td>電子データの消去</td></tr>
</table>
<h2>3. お問い合わせ窓口</h2>
<p>〒530-0001 大阪府大阪市北区梅田9-9-9<br>
TEL：06-1234-5678<br>
E-mail：privacy&#64;midori-shokai.example.jp</p>
</main>
<footer><p>&copy; みどり商会</p><script>track()</script></footer>
</body>
</html>
`

/** Another style: 【】 headings, 一、 numbering, full-width digits, joint use as 「■label：value」 lines, FAX and hours, dates after their words. */
export const BRACKETED_POLICY = `個人情報保護方針

医療法人社団さくら会（以下「当法人」といいます。）は、患者様の個人情報を適切に保護するため、以下のとおり個人情報保護方針を定めます。

【個人情報の取得】
当法人は、診療のために必要な範囲で、患者様ご本人から個人情報を取得いたします。

【利用目的】
一、 診療、看護、検査及び投薬のため
二、 診療報酬の請求事務のため
三、 他の医療機関との連携のため
四、 医療の質の向上を目的とした院内症例研究のため

【第三者への提供】
当法人は、次に掲げる場合を除き、患者様の同意を得ることなく個人データを第三者に提供いたしません。
（１）法令に基づく場合
（２）人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき
（３）公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき
なお、当法人は、オプトアウトによる第三者提供は行いません。

【個人データの共同利用】
当法人は、以下のとおり個人データを共同利用します。
■共同して利用される個人データの項目：氏名、生年月日、診療記録
■共同して利用する者の範囲：さくら会グループの各診療所
■利用目的：患者様の継続的な診療のため
■管理について責任を有する者：医療法人社団さくら会 理事長 桜井 春子

【安全管理措置】
当法人は、個人データの漏えい、滅失又は毀損の防止のため、組織的、人的、物理的及び技術的な安全管理措置を講じます。

【開示等の請求】
患者様は、当法人が保有する個人データの開示、訂正、利用停止等を請求することができます。開示の請求については、１件につき２,２００円（税込）の手数料を頂戴します。手数料は窓口にて現金でお支払いください。

【お問い合わせ】
医療法人社団さくら会 個人情報相談窓口
〒060-0001 北海道札幌市中央区北1条西1丁目1番地
TEL 011-123-4567 / FAX 011-123-4568
受付時間：月曜日～金曜日 9時～17時（祝日を除く）

2018年5月25日 制定
2022年4月1日 改定
`

/** A page as a CMS saves it: navigation in class names, a breadcrumb, an ordered list, a definition list for the contact, a sidebar. */
export const CMS_PAGE = `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>プライバシーポリシー｜ブルーオーシャン合同会社</title>
<script src="/gtm.js"></script></head>
<body class="page">
<div id="global-header"><a href="/">ブルーオーシャン</a><ul class="menu"><li><a href="/about">会社概要</a></li></ul></div>
<div class="breadcrumb"><a href="/">TOP</a> &gt; プライバシーポリシー</div>
<article class="entry">
<h1 class="entry-title">プライバシーポリシー</h1>
<div class="entry-content">
<p>ブルーオーシャン合同会社（以下「当社」）は、以下のとおり個人情報を取り扱います。</p>
<h2>1. 取得する情報</h2>
<ol>
<li>氏名、メールアドレス等のお問い合わせ時にご入力いただく情報</li>
<li>アクセスログ、Cookie等の閲覧情報</li>
</ol>
<h2>2. 利用目的</h2>
<ol>
<li>お問い合わせへの回答のため</li>
<li>サービスの改善及び新サービスの開発のため</li>
<li>メールマガジンの配信のため（配信停止はメール内のリンクから行えます）</li>
</ol>
<h2>3. 第三者提供</h2>
<p>当社は、法令に基づく場合を除き、ご本人の同意なく個人データを第三者に提供しません。</p>
<h2>4. 外部送信について</h2>
<p>当サイトは、アクセス解析のため、Google LLC（米国）が提供するGoogle Analyticsにより、閲覧ページ、端末情報等を外部送信しています。</p>
<h2>5. 開示等のご請求</h2>
<p>保有個人データの開示、訂正、利用停止等のご請求は、下記窓口までご連絡ください。ご本人確認のため、運転免許証等の本人確認書類の写しをご提出いただきます。</p>
<h2>6. お問い合わせ窓口</h2>
<dl>
<dt>窓口</dt><dd>ブルーオーシャン合同会社 個人情報お問い合わせ係</dd>
<dt>メール</dt><dd><a href="mailto:privacy@blue-ocean.example.com">privacy@blue-ocean.example.com</a></dd>
<dt>電話</dt><dd>050-1234-5678（平日 10:00〜18:00）</dd>
</dl>
<p style="text-align:right">2024年1月15日 制定</p>
</div>
</article>
<aside class="sidebar"><h3>最近の投稿</h3><ul><li>お知らせ</li></ul></aside>
<footer id="site-footer">Copyright © Blue Ocean</footer>
</body></html>
`

/** Markdown with 第N条（…） headings: a table of categories and purposes, an opt-out the operator runs, an outsourcee abroad, retention in a sentence, hours under their label. */
export const MARKDOWN_TABLES_POLICY = `# 個人情報保護方針

合同会社リバーサイド（以下「弊社」）は、以下のとおり個人情報を取り扱います。

## 第1条（取得する個人情報と利用目的）

| 個人情報の種類 | 利用目的 |
| --- | --- |
| 会員情報（氏名、住所、電話番号） | 会員サービスの提供、ご本人確認 |
| 購買履歴 | おすすめ商品の表示、マーケティング分析 |
| 応募者情報 | 採用選考のため |

## 第2条（オプトアウトによる第三者提供）

弊社は、以下のとおり、個人データをオプトアウトにより第三者に提供します。

● 第三者への提供を利用目的とすること
● 提供される個人データの項目：氏名、住所
● 提供の方法：電子データの送付
● ご本人の求めに応じて提供を停止すること
● 求めを受け付ける方法：下記窓口へのメール

## 第3条（外国にある第三者への提供）

弊社は、シンガポールにあるクラウド事業者に個人データの取扱いを委託しています。

## 第4条（保存期間）

会員情報は、退会から3年間保存し、その後速やかに消去します。

## 第5条（お問い合わせ先）

【お問い合わせ先】
合同会社リバーサイド 個人情報保護窓口
メール：privacy@riverside.example.net
受付時間
平日 9:30～17:30

附則
2023年6月1日 施行
`

/** A policy of about `bytes` bytes (UTF-8): the text policy with as many more purposes as it takes. */
export const syntheticPolicy = (bytes: number): string => {
  const [head, tail] = TEXT_POLICY.split("\n\n第3条") as [string, string]
  const encoder = new TextEncoder()
  const extra: Array<string> = []
  for (let i = 5; encoder.encode(`${head}\n${extra.join("\n")}\n\n第3条${tail}`).length < bytes; i++) {
    extra.push(`(${i}) 当社が提供する第${i}番目のサービスに関するご案内、お問い合わせへの回答及びアフターサービスの提供のため`)
  }
  return `${head}\n${extra.join("\n")}\n\n第3条${tail}`
}
