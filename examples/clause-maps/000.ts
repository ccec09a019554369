import type { ClauseLocation } from "../clause-map.ts"

/** Seed 000 (株式会社ジェニシス) uses no free-text clause. */
export const additionalClauses: ReadonlyArray<string> = []

export default [
  { clause: "title", path: "title.ja", contains: "個人情報のお取り扱いについて" },

  // 1. 個人情報の利用目的 / 1.1
  { clause: "1.1", path: "purposes.intro.0.ja", contains: "当社が取扱う個人情報の利用目的は、次のとおりです。" },
  { clause: "1.1 table 1 lead", path: "purposes.groups#non-disclosable-data.intro.0.ja", contains: "ご本人から直接書面取得以外の方法で当社が以下の種別の個人情報を取得する場合は、以下の利用目的の範囲内で利用させていただきます。" },

  // 1.1 first table (非開示)
  { clause: "1.1 table 1 row 1 category", path: "dataCategories#entrusted-client-data.name.ja", contains: "お取引先様から委託にて提供された情報" },
  { clause: "1.1 table 1 row 1 purpose", path: "purposes.items#entrusted-work.text.ja", contains: "お取引先様と弊社の業務委託契約における受託業務上の遂行の目的のみで利用します。" },
  { clause: "1.1 table 1 row 1 purpose → category", path: "purposes.items#entrusted-work.categories", equals: ["entrusted-client-data"] },
  { clause: "1.1 table 1 row 1 非開示", path: "dataCategories#entrusted-client-data.disclosure.class", equals: "non-disclosable" },
  { clause: "1.1 table 1 row 1 委託にて提供 (受託)", path: "dataCategories#entrusted-client-data.disclosure.entrusted", equals: true },

  { clause: "1.1 table 1 row 2 category", path: "dataCategories#partner-engineers.name.ja", contains: "協力会社の技術者情報" },
  { clause: "1.1 table 1 row 2 purpose", path: "purposes.items#engineer-selection.text.ja", contains: "ソフトウェア開発及び情報処理業務を受託する営業活動、又は受託済みのソフトウェア開発及び情報処理業務に適した技術者の選定及び管理のために利用します。" },
  { clause: "1.1 table 1 row 2 purpose → category", path: "purposes.items#engineer-selection.categories", equals: ["partner-engineers"] },
  { clause: "1.1 table 1 row 2 非開示", path: "dataCategories#partner-engineers.disclosure.class", equals: "non-disclosable" },

  { clause: "1.1 table 1 row 3 category", path: "dataCategories#asp-data.name.ja", contains: "自社の提供するサービス「歯科医院向け予約管理システム」のデータセンターに保持されている ASP データ" },
  { clause: "1.1 table 1 row 3 purpose", path: "purposes.items#asp-service.text.ja", contains: "お客様(患者様)による ASP サービスのご利用が目的であり、当該個人情報を利用・提供することはありません。" },
  { clause: "1.1 table 1 row 3 purpose → category", path: "purposes.items#asp-service.categories", equals: ["asp-data"] },
  { clause: "1.1 table 1 row 3 非開示", path: "dataCategories#asp-data.disclosure.class", equals: "non-disclosable" },

  // 1.1 second table (開示対象個人情報の利用目的)
  { clause: "1.1 table 2 heading", path: "purposes.groups#disclosable-data.name.ja", contains: "開示対象個人情報の利用目的" },

  { clause: "1.1 table 2 row 1 category", path: "dataCategories#client-business-contacts.name.ja", contains: "情報処理サービスに関わるお取引様情報" },
  { clause: "1.1 table 2 row 1 purpose", path: "purposes.items#client-business.text.ja", contains: "ソフトウェア開発及び情報処理業務を受託する営業活動、又はその他のご連絡、協力、交渉、情報提供等のため利用するものとします。" },
  { clause: "1.1 table 2 row 1 purpose → category", path: "purposes.items#client-business.categories", equals: ["client-business-contacts"] },
  { clause: "1.1 table 2 row 1 開示対象", path: "dataCategories#client-business-contacts.disclosure.class", equals: "disclosable" },

  { clause: "1.1 table 2 row 2 category", path: "dataCategories#dental-clinic-customers.name.ja", contains: "自社の取扱商品「歯科医院向け予約管理システム」に関わる歯科医院様情報" },
  { clause: "1.1 table 2 row 2 purpose", path: "purposes.items#dental-system-sales.text.ja", contains: "自社の取扱商品「歯科医院向け予約管理システム」の販売やサービスについてご案内（宣伝、広告等を含む）を行うため、あるいは保守・サポートのご提供、又はその他のご連絡、協力、交渉、情報提供等のため利用するものとします。" },
  { clause: "1.1 table 2 row 2 purpose → category", path: "purposes.items#dental-system-sales.categories", equals: ["dental-clinic-customers"] },
  { clause: "1.1 table 2 row 2 開示対象", path: "dataCategories#dental-clinic-customers.disclosure.class", equals: "disclosable" },

  { clause: "1.1 table 2 row 3 category", path: "dataCategories#satisfaction-survey-respondents.name.ja", contains: "お客様満足度調査にご回答いただいた方に関する個人情報" },
  { clause: "1.1 table 2 row 3 purpose", path: "purposes.items#survey-follow-up.text.ja", contains: "お客様から寄せられた質問やコメントにご回答するため、及び謝礼品等を発送、又は営業活動のために利用するものとします。" },
  { clause: "1.1 table 2 row 3 purpose → category", path: "purposes.items#survey-follow-up.categories", equals: ["satisfaction-survey-respondents"] },
  { clause: "1.1 table 2 row 3 開示対象", path: "dataCategories#satisfaction-survey-respondents.disclosure.class", equals: "disclosable" },

  { clause: "1.1 table 2 row 4 category", path: "dataCategories#event-participants.name.ja", contains: "主催・出展するセミナーやイベントへご参加いただいた方に関する個人情報" },
  { clause: "1.1 table 2 row 4 purpose", path: "purposes.items#event-marketing.text.ja", contains: "当社の提供する商品・サービスやセミナー・イベントのご案内及びお客様満足度調査、アンケート調査、統計処理等のために利用するものとします。" },
  { clause: "1.1 table 2 row 4 purpose → category", path: "purposes.items#event-marketing.categories", equals: ["event-participants"] },
  { clause: "1.1 table 2 row 4 開示対象", path: "dataCategories#event-participants.disclosure.class", equals: "disclosable" },

  { clause: "1.1 table 2 row 5 category", path: "dataCategories#co-hosted-event-participants.name.ja", contains: "共同開催・出展するセミナーやイベントにおいて共催・出展する他社が、ご参加いただいた方のアンケートを取得し、当社へ提供された個人情報" },
  { clause: "1.1 table 2 row 5 purpose", path: "purposes.items#co-hosted-event-marketing.text.ja", contains: "当社の提供する商品・サービスやセミナー・イベントのご案内及びお客様満足度調査、アンケート調査、統計処理等のために利用するものとします。" },
  { clause: "1.1 table 2 row 5 purpose → category", path: "purposes.items#co-hosted-event-marketing.categories", equals: ["co-hosted-event-participants"] },
  { clause: "1.1 table 2 row 5 開示対象", path: "dataCategories#co-hosted-event-participants.disclosure.class", equals: "disclosable" },
  { clause: "1.1 table 2 row 5 当社へ提供された (from a third party)", path: "dataCategories#co-hosted-event-participants.acquisition.methods", equals: ["from-third-party"] },

  { clause: "1.1 table 2 row 6 category", path: "dataCategories#job-applicants.name.ja", contains: "当社の採用選考にエントリー（Web 等）する方、採用に関する情報の提供を希望する方に関する個人情報" },
  { clause: "1.1 table 2 row 6 purpose", path: "purposes.items#recruitment.text.ja", contains: "当社の採用の用途（採否の決定及び連絡、入社の手続き）のために利用するものとします。" },
  { clause: "1.1 table 2 row 6 purpose → category", path: "purposes.items#recruitment.categories", equals: ["job-applicants"] },
  { clause: "1.1 table 2 row 6 開示対象", path: "dataCategories#job-applicants.disclosure.class", equals: "disclosable" },

  { clause: "1.1 table 2 row 7 category", path: "dataCategories#employees.name.ja", contains: "当社従業員の個人情報 （個人事業主及び契約社員を含む）" },
  { clause: "1.1 table 2 row 7 purpose (employment)", path: "purposes.items#employment-management.text.ja", contains: "人事、総務などの雇用管理人事労務管理、社会保険・労働保険事務、福利厚生等の目的のために利用するものとします。" },
  { clause: "1.1 table 2 row 7 purpose → category", path: "purposes.items#employment-management.categories", equals: ["employees"] },
  { clause: "1.1 table 2 row 7 開示対象", path: "dataCategories#employees.disclosure.class", equals: "disclosable" },
  { clause: "1.1 table 2 row 7 健康診断結果 (category)", path: "dataCategories#employee-health-checkups.name.ja", contains: "健康診断結果" },
  { clause: "1.1 table 2 row 7 健康診断結果 is 要配慮", path: "dataCategories#employee-health-checkups.sensitivity", equals: "special-care" },
  { clause: "1.1 table 2 row 7 purpose (health)", path: "purposes.items#employee-health-management.text.ja", contains: "健康診断結果は、被用者の健康管理の目的のために利用するものとします。" },
  { clause: "1.1 table 2 row 7 health purpose → category", path: "purposes.items#employee-health-management.categories", equals: ["employee-health-checkups"] },

  { clause: "1.1 table 2 row 8 category", path: "dataCategories#document-requests-and-inquiries.name.ja", contains: "資料請求（Web 等含む）やお問い合わせを頂いた方の個人情報" },
  { clause: "1.1 table 2 row 8 purpose", path: "purposes.items#inquiry-response.text.ja", contains: "ご意見ご要望に対するご回答及び当社の取扱商品・サービスやセミナー・イベントのご案内資料の送付のために利用するものとします。" },
  { clause: "1.1 table 2 row 8 purpose → category", path: "purposes.items#inquiry-response.categories", equals: ["document-requests-and-inquiries"] },
  { clause: "1.1 table 2 row 8 開示対象", path: "dataCategories#document-requests-and-inquiries.disclosure.class", equals: "disclosable" },

  { clause: "1.1 table 2 row 9 category", path: "dataCategories#visitors.name.ja", contains: "当社に来訪された皆様に関する個人情報" },
  { clause: "1.1 table 2 row 9 purpose", path: "purposes.items#visitor-security.text.ja", contains: "セキュリティ（入退室管理）の確保のために利用するものとします。" },
  { clause: "1.1 table 2 row 9 purpose → category", path: "purposes.items#visitor-security.categories", equals: ["visitors"] },
  { clause: "1.1 table 2 row 9 開示対象", path: "dataCategories#visitors.disclosure.class", equals: "disclosable" },

  // 1. ただし書 and ①–④ (18(3))
  { clause: "1. ただし書 (use beyond purposes)", path: "useBeyondPurpose.text.ja", contains: "次の各号のいずれかに該当すると認められる場合には、利用目的の達成に必要な範囲を超えて個人情報を利用する事があります。" },
  { clause: "1. ① 法令に基づく場合", path: "useBeyondPurpose.exceptions.0.id", equals: "laws-and-regulations" },
  { clause: "1. ②", path: "useBeyondPurpose.exceptions#life-body-property.wording.ja", contains: "人の生命、身体または財産の保護のために必要な場合であって、ご本人の同意を得ることが困難であるとき" },
  { clause: "1. ③", path: "useBeyondPurpose.exceptions#public-health-children.wording.ja", contains: "公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合であって、ご本人の同意を得ることが困難であるとき" },
  { clause: "1. ④", path: "useBeyondPurpose.exceptions#state-cooperation.wording.ja", contains: "国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、ご本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき" },
  { clause: "1. ①–④ in order", path: "useBeyondPurpose.exceptions.1.id", equals: "life-body-property" },
  { clause: "1. ①–④ in order (③)", path: "useBeyondPurpose.exceptions.2.id", equals: "public-health-children" },
  { clause: "1. ①–④ in order (④)", path: "useBeyondPurpose.exceptions.3.id", equals: "state-cooperation" },

  // 2. 第三者への提供
  { clause: "2. 本文", path: "thirdPartyProvision.text.0.ja", contains: "当社は、あらかじめご本人の同意のない個人情報の提供は行いません。ただし、以下の場合を除きます。" },
  { clause: "2. consent required", path: "thirdPartyProvision.consentRequired", equals: true },
  { clause: "2. ① 上記 1.2.の各号に該当する場合", path: "thirdPartyProvision.exceptionsReference.ja", contains: "上記 1.2.の各号に該当する場合" },
  { clause: "2. ① the referenced items", path: "thirdPartyProvision.exceptions", equals: [{ id: "laws-and-regulations", wording: { ja: "法令に基づく場合", en: "Where based on laws and regulations" } }, { id: "life-body-property" }, { id: "public-health-children" }, { id: "state-cooperation" }] },
  { clause: "2. ② business necessity", path: "thirdPartyProvision.otherGrounds#business-necessity.text.ja", contains: "当社業務遂行上における必要性により、取引を現に行っているか、これから取引を行おうとしている第三者に対して、契約又は商談を円滑に進めるために社会通念上、最小限個人情報の提供が必要な場合。" },
  { clause: "2. ② kind", path: "thirdPartyProvision.otherGrounds#business-necessity.kind", equals: "business-necessity" },

  // 3. 個人情報の開示等について
  { clause: "3.1", path: "requests.text.0.ja", contains: "開示対象個人情報についてご本人からの利用目的の通知、開示、内容の訂正、追加、削除、利用の停止、消去および第三者への提供の停止のご請求に対して、誠実に対応いたします。" },
  { clause: "3.1 kinds", path: "requests.kinds", equals: ["purpose-notification", "disclosure", "correction", "use-stop", "provision-stop"] },
  { clause: "3.2", path: "requests.refusalText.ja", contains: "当該求めに係わる個人情報の全部または一部について開示を行わないことがあります。開示を行わないことを決定した場合には、その旨をお知らせします。" },
  { clause: "3.2 ①", path: "requests.refusalGrounds#harm-to-person-or-third-party.wording.ja", contains: "ご本人または第三者の生命、身体、財産その他の権利利益を害する恐れがあるとき" },
  { clause: "3.2 ②", path: "requests.refusalGrounds#serious-business-hindrance.wording.ja", contains: "当社の業務の適正な実施に著しい支障を及ぼす恐れがあるとき" },
  { clause: "3.2 ③", path: "requests.refusalGrounds#violates-other-law.wording.ja", contains: "法令に違反することになるとき" },

  // 4. 個人情報の提供の任意性について
  { clause: "4. voluntary", path: "voluntariness.voluntary", equals: true },
  { clause: "4.", path: "voluntariness.consequence.ja", contains: "提供いただけない個人情報の種類によっては事務手続き等においてご本人に影響が出る場合がありますので、あらかじめご了承ください。" },

  // 5. 個人情報の委託
  { clause: "5. used", path: "outsourcing.used", equals: true },
  { clause: "5. within purposes", path: "outsourcing.withinPurposes", equals: true },
  { clause: "5.", path: "outsourcing.text.0.ja", contains: "当社は、取得した個人情報を、利用目的の達成の範囲内で取り扱いを委託することがあります。" },
  { clause: "5. selection", path: "outsourcing.selectionCriteria.0.ja", contains: "十分な個人情報保護の水準を満たす者" },
  { clause: "5. contract", path: "outsourcing.contractClauses.0.ja", contains: "契約等によって保護水準を担保" },

  // 6. クッキーについて
  { clause: "6. cookies not used", path: "tracking.cookies.used", equals: false },
  { clause: "6. web beacons not used", path: "tracking.cookies.webBeacons", equals: false },
  { clause: "6.", path: "tracking.cookies.text.0.ja", contains: "当サイト用セッションクッキーをユーザーのコンピュータ上のメモリに一時的に設定し、アクセスすること等を含む" },

  // 7. ログファイルについて
  { clause: "7. logs collected", path: "tracking.logs.collected", equals: true },
  { clause: "7. items", path: "tracking.logs.items", contains: "IP アドレス" },
  { clause: "7. items (2)", path: "tracking.logs.items", contains: "アクセスデータ" },
  { clause: "7. items (3)", path: "tracking.logs.items", contains: "ブラウザタイプ" },
  { clause: "7. purposes", path: "tracking.logs.purposes", contains: "サイト利用の傾向分析" },
  { clause: "7. purposes (2)", path: "tracking.logs.purposes", contains: "問題発生時のトラッキング" },
  { clause: "7. not used for", path: "tracking.logs.notUsedFor.0.ja", contains: "個人情報の収集・解析" },
  { clause: "7.", path: "tracking.logs.text.0.ja", contains: "個人情報の収集・解析のために利用することはありません。" },

  // 8. 問い合わせ
  { clause: "8.", path: "complaints.text.0.ja", contains: "当社は、個人情報の取扱いに関する苦情および相談を受け、下記問合せ窓口にて、誠実かつ迅速に対応します。" },
  { clause: "8. complaints → window", path: "complaints.window", equals: "privacy-desk" },
  { clause: "8. 【個人情報問い合わせ窓口】", path: "contactWindows#privacy-desk.name.ja", contains: "個人情報問い合わせ窓口" },
  { clause: "8. (所在地) 〒", path: "contactWindows#privacy-desk.address.postalCode", equals: "221-0834" },
  { clause: "8. (所在地)", path: "contactWindows#privacy-desk.address.ja", contains: "神奈川県横浜市神奈川区台町9-2 一幸ビル4階" },
  { clause: "8. (電話番号)", path: "contactWindows#privacy-desk.phones", equals: ["045-319-1785"] },
  { clause: "8. (E-mail)", path: "contactWindows#privacy-desk.emails", equals: ["privacy@genesis-net.co.jp"] },
  { clause: "8. 個人情報保護管理責任者", path: "contactWindows#privacy-desk.managers.0.title.ja", contains: "個人情報保護管理責任者" },
  { clause: "8. 個人情報保護管理責任者 (department)", path: "contactWindows#privacy-desk.managers.0.department.ja", contains: "総務" },
  { clause: "8. 個人情報保護管理責任者 (name)", path: "contactWindows#privacy-desk.managers.0.name.ja", contains: "伊藤 義幸" },
  { clause: "8. 担当", path: "contactWindows#privacy-desk.department.ja", contains: "総務部「苦情相談窓口」" },

  // dates and signature
  { clause: "制定", path: "history.established", equals: "2005-05-13" },
  { clause: "改定", path: "history.revisions.0.date", equals: "2010-02-26" },
  { clause: "signature (operator)", path: "operator.name.ja", contains: "株式会社ジェニシス" },
  { clause: "signature (representative title)", path: "operator.representatives.0.title.ja", contains: "代表取締役" },
  { clause: "signature (representative name)", path: "operator.representatives.0.name.ja", contains: "坂口 聡隆" }
] satisfies ReadonlyArray<ClauseLocation>
