import type { ClauseLocation } from "../clause-map.ts"

/** Ids of the `additionalClauses` the example uses, in order (the free-text escape hatch). */
export const additionalClauses: ReadonlyArray<string> = []

export default [
  // 個人情報及び特定個人情報保護方針 (declaration)
  { clause: "題名", path: "title.ja", contains: "個人情報及び特定個人情報保護方針" },
  { clause: "宣言 事業者", path: "operator.name.ja", contains: "株式会社セントレクス" },
  {
    clause: "宣言 第1段落",
    path: "preamble.0.ja",
    contains:
      "株式会社セントレクス(以下、「当社」)は、業務アプリケーション開発事業を営む個人情報取り扱い事業者として、お客様からお預かりした個人情報及び特定個人情報の適正な取り扱い並びに保護の徹底は、社会的責務であると考えます。"
  },
  { clause: "宣言 第2段落", path: "preamble.1.ja", contains: "さらに、個人情報及び特定個人情報の保護によりお客様にご安心いただくことは、当社の事業活動の重要な基本事項の一つであると考えております。" },
  { clause: "宣言 第3段落", path: "preamble.2.ja", contains: "そのために当社では、「個人情報及び特定個人情報保護方針」を掲げ、その遂行のために最大限努力することをここに宣言いたします。" },
  {
    clause: "方針 1.",
    path: "principles.items#limited-acquisition-and-use.text.ja",
    contains:
      "当社において個人情報及び特定個人情報を取り扱う際は、業務の遂行並びに従業員の雇用、人事管理上に必要な範囲でのみ取得し、利用、提供を行います。個人情報及び特定個人情報を取得する場合は、利用目的を公表または本人に明示し、目的外利用を行わないため、必要な対策を講じる手順を確立し実施します。同様に当社が業務委託元より委託された個人情報及び特定個人情報についても厳正な管理を行い、その利用は契約範囲内のみとします。"
  },
  { clause: "方針 1. (種類)", path: "principles.items#limited-acquisition-and-use.kind", equals: "proper-acquisition-and-use" },
  { clause: "方針 2.", path: "principles.items#law-compliance.text.ja", contains: "当社は、個人情報及び特定個人情報に関する法令、国が定める指針、その他の規範を遵守します。" },
  {
    clause: "方針 3.",
    path: "principles.items#security.text.ja",
    contains: "当社では、個人情報及び特定個人情報への不正アクセス、個人情報及び特定個人情報の紛失、破壊、改ざん、漏洩を予防するために合理的な安全対策及び是正処置を行います。"
  },
  {
    clause: "方針 4.",
    path: "principles.items#management-system.text.ja",
    contains: "当社は、個人情報及び特定個人情報の管理責任者を選任し、個人情報保護マネジメントシステムの実施及び運用に関する責任と権限を与え、適切な管理を行います。"
  },
  { clause: "方針 5.", path: "principles.items#continuous-improvement.text.ja", contains: "当社の個人情報保護マネジメントシステムは、教育、運用、監査、見直しなどを通じて、継続的に改善を行います。" },
  {
    clause: "方針 6.",
    path: "principles.items#rights-handling.text.ja",
    contains:
      "当社は、保有個人データの利用目的の通知、開示、第三者提供記録の開示、内容の訂正・追加又は削除、利用の停止または消去、第三者への提供の停止の求め、個人情報の質問、苦情、相談に対する窓口を設置し対応致します。"
  },
  { clause: "制定日 2020年9月1日", path: "history.established", equals: "2020-09-01" },
  { clause: "改定日 2022年4月1日", path: "history.revisions.0.date", equals: "2022-04-01" },
  { clause: "署名 株式会社セントレクス", path: "operator.name.ja", contains: "株式会社セントレクス" },
  { clause: "署名 代表取締役", path: "operator.representatives.0.title.ja", contains: "代表取締役" },
  { clause: "署名 根本 毅", path: "operator.representatives.0.name.ja", contains: "根本 毅" },

  // 個人情報及び特定個人情報の取扱について
  { clause: "取扱について 題名", path: "presentation.parts.1.title.ja", contains: "個人情報及び特定個人情報の取扱について" },
  { clause: "取扱について 前文", path: "purposes.intro.0.ja", contains: "株式会社セントレクスは、「個人情報及び特定個人情報保護方針」に基づき、個人情報及び特定個人情報等を次の通り取扱います。" },

  // 1.利用目的 (table: rows are categories, ①… their purposes)
  { clause: "1.利用目的", path: "purposes.intro.1.ja", contains: "当社が取得した個人情報及び特定個人情報は、以下の利用目的の範囲内で使用します。" },
  { clause: "1. 表 項目1", path: "dataCategories#app-development.name.ja", contains: "業務アプリケーション開発事業でお預かりした個人情報" },
  { clause: "1. 表 項目1 開示区分", path: "dataCategories#app-development.disclosure.class", equals: "disclosable" },
  { clause: "1. 表 項目1 区分", path: "dataCategories#app-development.sensitivity", equals: "ordinary" },
  { clause: "1. 表 項目1 ①", path: "purposes.items#user-identity-verification.text.ja", contains: "ユーザ登録及び登録情報の訂正・削除等を行う際のご本人確認" },
  { clause: "1. 表 項目1 ① 種別", path: "purposes.items#user-identity-verification.categories", equals: ["app-development"] },
  { clause: "1. 表 項目1 ②", path: "purposes.items#billing-and-service-confirmation.text.ja", contains: "代金請求、入金確認、その他正確なサービス提供のための確認や問合せへの回答" },
  { clause: "1. 表 項目1 ② 種別", path: "purposes.items#billing-and-service-confirmation.categories", equals: ["app-development"] },
  { clause: "1. 表 項目1 ③", path: "purposes.items#campaign-event-notices.text.ja", contains: "各種キャンペーン・イベント等のご案内" },
  { clause: "1. 表 項目1 ③ 種別", path: "purposes.items#campaign-event-notices.categories", equals: ["app-development"] },
  { clause: "1. 表 項目1 ④", path: "purposes.items#product-notices-newsletters.text.ja", contains: "新商品・新サービスのご案内、メールマガジン等の送付" },
  { clause: "1. 表 項目1 ④ 種別", path: "purposes.items#product-notices-newsletters.categories", equals: ["app-development"] },
  { clause: "1. 表 項目1 ⑤", path: "purposes.items#surveys-and-analysis.text.ja", contains: "サービス向上や新商品・サービスの企画等のためのアンケート調査、情報収集、分析等" },
  { clause: "1. 表 項目1 ⑤ 種別", path: "purposes.items#surveys-and-analysis.categories", equals: ["app-development"] },
  { clause: "1. 表 項目1 ⑥", path: "purposes.items#promotion-cooperation.text.ja", contains: "マーケティング、プロモーション施策、その他広報宣伝活動への協力依頼や協力に対する謝礼の送付" },
  { clause: "1. 表 項目1 ⑥ 種別", path: "purposes.items#promotion-cooperation.categories", equals: ["app-development"] },
  { clause: "1. 表 項目1 ⑦", path: "purposes.items#security-and-incidents.text.ja", contains: "セキュリティ確保、事件・事故発生時の調査・報告・連絡" },
  { clause: "1. 表 項目1 ⑦ 種別", path: "purposes.items#security-and-incidents.categories", equals: ["app-development"] },
  { clause: "1. 表 項目1 ⑧", path: "purposes.items#publication.text.ja", contains: "ホームページ、広告宣伝物、メールマガジン等への掲載" },
  { clause: "1. 表 項目1 ⑧ 種別", path: "purposes.items#publication.categories", equals: ["app-development"] },
  { clause: "1. 表 項目1 ⑨", path: "purposes.items#business-dealings.text.ja", contains: "営業提案、紹介依頼、業務連絡、見積・発注・契約、請求、支払" },
  { clause: "1. 表 項目1 ⑨ 種別", path: "purposes.items#business-dealings.categories", equals: ["app-development"] },
  { clause: "1. 表 項目1 ⑩", path: "purposes.items#inquiry-response.text.ja", contains: "各種お問い合わせへの回答" },
  { clause: "1. 表 項目1 ⑩ 種別", path: "purposes.items#inquiry-response.categories", equals: ["app-development"] },
  { clause: "1. 表 項目2", path: "dataCategories#website-inquiries.name.ja", contains: "当社ホームページへのお問合せによりお預かりした個人情報" },
  { clause: "1. 表 項目2 開示区分", path: "dataCategories#website-inquiries.disclosure.class", equals: "disclosable" },
  { clause: "1. 表 項目2 区分", path: "dataCategories#website-inquiries.sensitivity", equals: "ordinary" },
  { clause: "1. 表 項目2 利用目的", path: "purposes.items#website-inquiry-response.text.ja", contains: "お問合せ内容の確認、回答及び連絡" },
  { clause: "1. 表 項目2 利用目的 種別", path: "purposes.items#website-inquiry-response.categories", equals: ["website-inquiries"] },
  { clause: "1. 表 項目3", path: "dataCategories#applicants.name.ja", contains: "当社への採用選考を希望される方に関する個人情報" },
  { clause: "1. 表 項目3 開示区分", path: "dataCategories#applicants.disclosure.class", equals: "disclosable" },
  { clause: "1. 表 項目3 区分", path: "dataCategories#applicants.sensitivity", equals: "ordinary" },
  { clause: "1. 表 項目3 ①", path: "purposes.items#recruitment-selection.text.ja", contains: "採用選考の実施" },
  { clause: "1. 表 項目3 ① 種別", path: "purposes.items#recruitment-selection.categories", equals: ["applicants"] },
  { clause: "1. 表 項目3 ②", path: "purposes.items#applicant-communication.text.ja", contains: "採用選考手続き等応募者への情報提供・連絡・通知等" },
  { clause: "1. 表 項目3 ② 種別", path: "purposes.items#applicant-communication.categories", equals: ["applicants"] },
  { clause: "1. 表 項目4", path: "dataCategories#employees.name.ja", contains: "従業員等に関する個人情報" },
  { clause: "1. 表 項目4 開示区分", path: "dataCategories#employees.disclosure.class", equals: "disclosable" },
  { clause: "1. 表 項目4 区分", path: "dataCategories#employees.sensitivity", equals: "ordinary" },
  { clause: "1. 表 項目4 ①", path: "purposes.items#personnel-management.text.ja", contains: "人事管理の手続き" },
  { clause: "1. 表 項目4 ① 種別", path: "purposes.items#personnel-management.categories", equals: ["employees"] },
  { clause: "1. 表 項目4 ②", path: "purposes.items#payroll-management.text.ja", contains: "給与管理の手続き" },
  { clause: "1. 表 項目4 ② 種別", path: "purposes.items#payroll-management.categories", equals: ["employees"] },
  { clause: "1. 表 項目4 ③", path: "purposes.items#insurance-procedures.text.ja", contains: "雇用保険、社会保険の手続きのため" },
  { clause: "1. 表 項目4 ③ 種別", path: "purposes.items#insurance-procedures.categories", equals: ["employees"] },
  { clause: "1. 表 項目4 ④", path: "purposes.items#qualification-explanation.text.ja", contains: "顧客に対する保有資格や業務遂行能力の説明のため" },
  { clause: "1. 表 項目4 ④ 種別", path: "purposes.items#qualification-explanation.categories", equals: ["employees"] },
  { clause: "1. 表 項目4 ⑤", path: "purposes.items#internal-and-ad-publication.text.ja", contains: "社内報や広告物への掲載" },
  { clause: "1. 表 項目4 ⑤ 種別", path: "purposes.items#internal-and-ad-publication.categories", equals: ["employees"] },
  { clause: "1. 表 項目4 ⑥", path: "purposes.items#employee-inquiry-response.text.ja", contains: "お問合せ内容の確認、回答 ほか" },
  { clause: "1. 表 項目4 ⑥ 種別", path: "purposes.items#employee-inquiry-response.categories", equals: ["employees"] },
  { clause: "1. 表 項目5", path: "dataCategories#my-number.name.ja", contains: "従業者、外注先、その他の特定個人情報" },
  { clause: "1. 表 項目5 開示区分", path: "dataCategories#my-number.disclosure.class", equals: "disclosable" },
  { clause: "1. 表 項目5 区分 (特定個人情報)", path: "dataCategories#my-number.sensitivity", equals: "my-number" },
  {
    clause: "1. 表 項目5 利用目的",
    path: "purposes.items#my-number-administration.text.ja",
    contains:
      "法令に基づき、従業員、外注先、その他の個人番号を給与所得の源泉徴収票、支払調書、健康保険・厚生年金保険被保険者資格取得届等の書類に記載して、行政機関等及び健康保険組合等に提出する事務"
  },
  { clause: "1. 表 項目5 利用目的 種別", path: "purposes.items#my-number-administration.categories", equals: ["my-number"] },

  // 2.外部委託
  { clause: "2.外部委託", path: "outsourcing.text.0.ja", contains: "当社は第1項で示した利用目的の達成のために、お預かりした個人情報及び特定個人情報等を預託することがあります。" },
  { clause: "2.外部委託 (委託の有無)", path: "outsourcing.used", equals: true },
  { clause: "2.外部委託 (利用目的の達成のため)", path: "outsourcing.withinPurposes", equals: true },
  { clause: "2.外部委託 監督", path: "outsourcing.supervision.0.ja", contains: "その場合、業務委託先に対して適切な監督を行い、第三者への開示・提供及び第1項の目的以外に利用することを禁止します。" },

  // 3.第三者提供
  { clause: "3.(1)", path: "thirdPartyProvision.text.0.ja", contains: "当社は、ご本人の同意がない限り、法令の規定または司法手続きに基づく要請による場合を除き、個人情報を第三者に提供することはありません。" },
  { clause: "3.(1) 同意", path: "thirdPartyProvision.consentRequired", equals: true },
  { clause: "3.(1) 例外", path: "thirdPartyProvision.exceptions#laws-and-regulations.wording.ja", contains: "法令の規定または司法手続きに基づく要請による場合" },
  { clause: "3.(2) 特定個人情報", path: "thirdPartyProvision.myNumber.ja", contains: "当社は、法令の規定または司法手続きに基づく要請による場合を除き、特定個人情報を第三者に提供することはありません。" },

  // 4.保有個人データの開示等の手続きについて
  {
    clause: "4.(1)",
    path: "requests.text.0.ja",
    contains:
      "当社は、ご本人またはその代理人から、保有個人データに関する利用目的の通知、開示、第三者提供記録の開示、内容の訂正・追加又は削除、利用の停止または消去、第三者への提供の停止(以下、「開示等」という。)のご請求があったときは、これに対応いたします。"
  },
  {
    clause: "4.(1) 請求の種類",
    path: "requests.kinds",
    equals: ["purpose-notification", "disclosure", "provision-record-disclosure", "correction", "use-stop", "provision-stop"]
  },
  { clause: "4.(1) 代理人", path: "requests.identity.1.requester", equals: "any-agent" },
  { clause: "4.(2)", path: "requests.verification.ja", contains: "開示等のご請求に際しては、ご本人またはその代理人であることを確認します。" },
  { clause: "4.(3)", path: "requests.unverified.ja", contains: "ご本人または、その代理人としてのご本人確認ができない場合は、開示等のご請求に応じられない場合があります。" },
  { clause: "4.(4)", path: "requests.responseTime.text.ja", contains: "開示等のご請求に対し、合理的な期間内に対応させていただきます。" },
  { clause: "【開示等の手続きの方法】 郵送", path: "requests.submission.text.0.ja", contains: "開示等のご請求は、「個人情報開示等請求書」により郵送で承っております。" },
  { clause: "【開示等の手続きの方法】 郵送 (手段)", path: "requests.submission.channels", equals: ["post"] },
  { clause: "【開示等の手続きの方法】 窓口", path: "requests.submission.window", equals: "privacy-desk" },
  { clause: "【開示等の手続きの方法】 請求書", path: "requests.forms.0.ja", contains: "個人情報開示等請求書" },
  { clause: "【開示等の手続きの方法】 請求書の請求", path: "requests.submission.text.1.ja", contains: "弊社ホームページ「お問い合わせフォーム」から、当社所定の「個人情報開示等請求書」をご請求ください。" },
  {
    clause: "【手数料】 金額",
    path: "fees#request-fee.text.0.ja",
    contains: "保有個人データの利用目的の通知、開示、第三者提供記録の開示のご請求を行う場合は、1回のご請求ごとに、1,000円(税込)の手数料をご負担いただきます。"
  },
  { clause: "【手数料】 対象", path: "fees#request-fee.kinds", equals: ["purpose-notification", "disclosure", "provision-record-disclosure"] },
  { clause: "【手数料】 1,000円", path: "fees#request-fee.amount", equals: 1000 },
  { clause: "【手数料】 税込", path: "fees#request-fee.taxIncluded", equals: true },
  { clause: "【手数料】 1回のご請求ごと", path: "fees#request-fee.unit", equals: "per-request" },
  { clause: "【手数料】 徴収方法", path: "fees#request-fee.text.1.ja", contains: "必要書類を当社へ郵送される際に、1,000円分の切手をご同封ください。" },
  { clause: "【手数料】 切手", path: "fees#request-fee.paymentMethods", equals: ["postage-stamps"] },

  // 5.保有個人データの安全管理のために講じた措置
  {
    clause: "5.(基本方針の策定)",
    path: "securityMeasures.basicPolicy.0.ja",
    contains: "個人データの適正な取扱いの確保のため、「関係法令・ガイドライン等の遵守」、「質問及び苦情処理の窓口」等についての基本方針を策定しています。"
  },
  {
    clause: "5.(個人データの取扱いに係る規律の整備)",
    path: "securityMeasures.rules.0.ja",
    contains: "取得、利用、保存、提供、削除・廃棄等の段階ごとに、取扱方法、責任者・担当者及びその任務等について個人データの取扱規程を策定しています。"
  },
  {
    clause: "5.(組織的安全管理措置)(1)",
    path: "securityMeasures.organizational.0.ja",
    contains:
      "個人データの取扱いに関する責任者を設置するとともに、個人データを取り扱う従業者及び当該従業者が取り扱う個人データの範囲を明確化し、法や取扱規程に違反している事実又は兆候を把握した場合の責任者への報告連絡体制を整備しています。"
  },
  {
    clause: "5.(組織的安全管理措置)(2)",
    path: "securityMeasures.organizational.1.ja",
    contains: "個人データの取扱状況について、定期的に自己点検を実施するとともに、他部署や外部の者による監査を実施しています。"
  },
  { clause: "5.(人的安全管理措置)", path: "securityMeasures.human.0.ja", contains: "個人データの取扱いに関する留意事項について、従業者に定期的な研修を実施しています。" },
  {
    clause: "5.(物理的安全管理措置)(1)",
    path: "securityMeasures.physical.0.ja",
    contains: "個人データを取り扱う区域において、従業者の入退室管理及び持ち込む機器等の制限を行うとともに、権限を有しない者による個人データの閲覧を防止する措置を実施しています。"
  },
  {
    clause: "5.(物理的安全管理措置)(2)",
    path: "securityMeasures.physical.1.ja",
    contains:
      "個人データを取り扱う機器、電子媒体及び書類等の盗難又は紛失等を防止するための措置を講じるとともに、事業所内の移動を含め、当該機器、電子媒体等を持ち運ぶ場合、容易に個人データが判明しないよう措置を実施しています。"
  },
  { clause: "5.(技術的安全管理措置)(1)", path: "securityMeasures.technical.0.ja", contains: "アクセス制御を実施して、担当者及び取り扱う個人情報データベース等の範囲を限定しています。" },
  { clause: "5.(技術的安全管理措置)(2)", path: "securityMeasures.technical.1.ja", contains: "個人データを取り扱う情報システムを外部からの不正アクセス又は不正ソフトウェアから保護する仕組みを導入しています。" },
  {
    clause: "5.(外的環境の把握)",
    path: "securityMeasures.externalEnvironment.text.0.ja",
    contains: "個人データを外国で保管するときは、当該外国における個人情報の保護に関する制度を把握した上で安全管理措置を実施します。"
  },
  { clause: "5.(外的環境の把握) 国名なし", path: "securityMeasures.externalEnvironment.countries", equals: [] },

  // 6.保有個人データの開示等及び個人情報の質問・苦情・相談の窓口
  { clause: "6. 窓口", path: "contactWindows#privacy-desk.name.ja", contains: "保有個人データの開示等及び個人情報の質問・苦情・相談の窓口" },
  { clause: "6. 窓口の用途", path: "contactWindows#privacy-desk.roles", equals: ["requests", "inquiries", "complaints"] },
  { clause: "6. 〒597-0062", path: "contactWindows#privacy-desk.address.postalCode", equals: "597-0062" },
  { clause: "6. 所在地", path: "contactWindows#privacy-desk.address.ja", contains: "大阪府貝塚市澤578-1コスモ21ビル2階" },
  { clause: "6. お問い合わせフォーム", path: "contactWindows#privacy-desk.form.name.ja", contains: "お問い合わせフォーム" },
  { clause: "6. 連絡方法", path: "contactWindows#privacy-desk.text.0.ja", contains: "弊社ホームページ「お問い合わせフォーム」よりご連絡ください。" },

  // 7.認定個人情報保護団体について
  {
    clause: "7. 対象事業者",
    path: "accreditedOrganization.text.0.ja",
    contains: "当社は、個人情報の保護に関する法律に基づく認定個人情報保護団体である一般社団法人JAPHICマーク認証機構の対象事業者です。"
  },
  { clause: "7. 対象事業者 (有無)", path: "accreditedOrganization.member", equals: true },
  { clause: "7.① 名称", path: "accreditedOrganization.name.ja", contains: "一般社団法人JAPHICマーク認証機構" },
  { clause: "7.② 苦情解決の申し出先", path: "accreditedOrganization.complaintDesk.ja", contains: "一般社団法人JAPHICマーク認証機構 事務局" },
  { clause: "7. <所在地> 〒103-0027", path: "accreditedOrganization.address.postalCode", equals: "103-0027" },
  { clause: "7. <所在地>", path: "accreditedOrganization.address.ja", contains: "東京都中央区日本橋2-1-17" },
  { clause: "7. <電話番号>", path: "accreditedOrganization.phones", equals: ["03-6280-4859"] },
  { clause: "7. ※", path: "accreditedOrganization.text.1.ja", contains: "※当社の製品・サービスに関する問い合わせ先ではございません。" },

  // Closing signature
  { clause: "末尾 株式会社セントレクス", path: "operator.name.ja", contains: "株式会社セントレクス" },
  { clause: "末尾 個人情報保護管理者", path: "contactWindows#privacy-desk.managers.0.title.ja", contains: "個人情報保護管理者" }
] satisfies ReadonlyArray<ClauseLocation>
