import type { ClauseLocation } from "../clause-map.ts"

/** Seed 001 (株式会社スマイルモア) uses no free-text clause. */
export const additionalClauses: ReadonlyArray<string> = []

const useStopGround3 =
  "当社がお客様の個人情報を利用する必要がなくなった場合、お客様の個人情報にかかる個人情報保護法第26条第1項本文に規定する事態が生じた場合その他お客様の個人情報の取扱によりお客様の権利又は正当な利益が害されるおそれがある場合に該当するという理由"

export default [
  { clause: "title", path: "title.ja", contains: "プライバシーポリシー" },
  { clause: "title (English)", path: "title.en", contains: "Privacy policy" },

  // 第1条 個人情報保護方針
  { clause: "第1条 heading", path: "principles.title.ja", contains: "個人情報保護方針" },
  { clause: "第1条", path: "principles.intro.0.ja", contains: "個人情報( 個人情報の保護に関する法律第2条第1項の定義に従います) の保護方針(以下「本ポリシー」といいます。)を定め、 個人情報保護の仕組みを構築し、 全従業員に個人情報保護の重要性の認識と取組みを徹底させることにより、 個人情報の保護を推進致します。" },

  // 第2条 個人情報の管理
  { clause: "第2条 heading", path: "principles.items#data-management.title.ja", contains: "個人情報の管理" },
  { clause: "第2条", path: "principles.items#data-management.text.ja", contains: "お客様の個人情報を正確かつ最新の状態に保ち、 個人情報への不正アクセス・ 紛失・ 破損・ 改ざん・ 漏洩などを防止するため、 セキュリティシステムの維持・ 管理体制の整備・ 社員教育の徹底等の必要な措置を講じ、 安全対策を実施し個人情報の厳重な管理を行います。" },

  // 第3条 個人情報の利用目的
  { clause: "第3条1", path: "purposes.intro.0.ja", contains: "保有する個人情報の利用にあたっては、 以下のとおり利用目的を定め、 その範囲内で個人情報を取り扱います。" },
  { clause: "第3条1(1)", path: "purposes.items#service-notices.text.ja", contains: "当社が提供する歯科医院の診療に係る予約及び歯科医院とお客様の連絡サポート等に関するサービスその他の当社が提供する各種サービス(以下「当社サービス」といいます。)の提供にあたって必要な案内、 連絡" },
  { clause: "第3条1(2)", path: "purposes.items#booking-system-integration.text.ja", contains: "予約システムとの連携" },
  { clause: "第3条1(3)", path: "purposes.items#clinic-coordination-and-consulting.text.ja", contains: "予約・ 診察・ 治療のために必要な提携医院への情報等の連携並びに提携医院に対する患者との接遇内容や業務効率の改善に関するコンサルテーション、アドバイス及び提携医院の院内オペレーションに関するアドバイス等の実施" },
  { clause: "第3条1(4)", path: "purposes.items#statistics.text.ja", contains: "個人を識別できない形式に加工した統計データの作成" },
  { clause: "第3条1(5)", path: "purposes.items#surveys-and-interviews.text.ja", contains: "アンケート、 モニター、 取材等の実施" },
  { clause: "第3条1(6)", path: "purposes.items#usage-analysis.text.ja", contains: "当社サービスの利用状況の調査、 分析" },
  { clause: "第3条1(7)", path: "purposes.items#marketing-research.text.ja", contains: "マーケティング調査、 アンケートの実施" },
  { clause: "第3条1(8)", path: "purposes.items#service-improvement.text.ja", contains: "各種サービスの維持、 改善、 不正行為防止及び新たな商品又はサービスの開発" },
  { clause: "第3条1(9)", path: "purposes.items#communication.text.ja", contains: "当社とお客様のコミュニケーション" },
  { clause: "第3条1(10)", path: "purposes.items#promotions.text.ja", contains: "当社又は第三者が運営する各種サービス、 プロモーション、 キャンペーン、 イベント及び当社又は第三者が販売する商品等のご案内又は宣伝若しくは広告" },
  { clause: "第3条1(11)", path: "purposes.items#ad-optimization.text.ja", contains: "広告表示及びその表示内容の最適化" },
  { clause: "第3条1(12)", path: "purposes.items#terms-enforcement.text.ja", contains: "利用規約違反行為の是正(モニタリングを含みます。)" },
  { clause: "第3条1(13)", path: "purposes.items#inquiries.text.ja", contains: "お問い合わせ対応(本人確認を含みます)" },
  { clause: "第3条1(14)", path: "purposes.items#third-party-provision.text.ja", contains: "「第5条 第三者提供」 に定める範囲での第三者に対する個人情報の提供" },
  { clause: "第3条1(15)", path: "purposes.items#legal-reporting.text.ja", contains: "法令その他の規範に基づく届出・ 報告" },
  { clause: "第3条1(16)", path: "purposes.items#disputes.text.ja", contains: "紛争、訴訟等への対応のため" },
  { clause: "第3条1(17)", path: "purposes.items#ancillary.text.ja", contains: "上記に付帯・ 関連するすべての業務" },
  { clause: "第3条1 (17 items, in order)", path: "purposes.items.16.id", equals: "ancillary" },
  { clause: "第3条2", path: "purposes.change.text.ja", contains: "個人情報の利用目的を関連性を有すると合理的に認められる範囲内において変更することがあり、変更した場合には個人情報の主体であるお客様本人に通知し又は公表します。" },
  { clause: "第3条2 within reasonable relation", path: "purposes.change.withinReasonableRelation", equals: true },
  { clause: "第3条2 notify or publish", path: "purposes.change.notice", equals: "notify-or-publish" },

  // 第4条 広告配信に伴う情報の取扱い
  { clause: "第4条 heading", path: "thirdPartyProvision.provisions#ad-partners.title.ja", contains: "広告配信に伴う情報の取扱い" },
  { clause: "第4条 para 1", path: "thirdPartyProvision.provisions#ad-partners.text.0.ja", contains: "当社は、広告配信、効果測定、分析等を行うために、お客様の同意の上、以下の提携先(外国にある場合を含みます。)に個人データを提供する場合があります。" },
  { clause: "第4条 para 1 consent", path: "thirdPartyProvision.provisions#ad-partners.basis", equals: "consent" },
  { clause: "第4条 para 1 purposes", path: "thirdPartyProvision.provisions#ad-partners.purposes", contains: "広告配信" },
  { clause: "第4条 para 1 purposes (2)", path: "thirdPartyProvision.provisions#ad-partners.purposes", contains: "効果測定" },
  { clause: "第4条 para 1 purposes (3)", path: "thirdPartyProvision.provisions#ad-partners.purposes", contains: "分析等" },
  { clause: "第4条 para 1 外国にある場合を含みます", path: "thirdPartyProvision.provisions#ad-partners.mayIncludeForeignRecipients", equals: true },
  { clause: "第4条 para 2", path: "thirdPartyProvision.provisions#ad-partners.text.1.ja", contains: "当社が保有するお客様のメールアドレス・電話番号、氏名、住所、クリックID、Facebook IDを、以下の提携先に対して提供し、提携先より広告が配信されることがあります。" },
  { clause: "第4条 para 2 items", path: "thirdPartyProvision.provisions#ad-partners.items", equals: [
    { ja: "メールアドレス", en: "E-mail address" },
    { ja: "電話番号", en: "Telephone number" },
    { ja: "氏名", en: "Name" },
    { ja: "住所", en: "Address" },
    { ja: "クリックID", en: "Click ID" },
    { ja: "Facebook ID", en: "Facebook ID" }
  ] },
  { clause: "第4条 提供先 (empty list)", path: "thirdPartyProvision.provisions#ad-partners.recipients", equals: [] },
  { clause: "第4条 para 3", path: "thirdPartyProvision.text.0.ja", contains: "上記のほか、当社は、第5条に掲げる場合を除き、本人の同意を得ることなく個人データを第三者へ提供しません。" },
  { clause: "第4条 para 3 consent required", path: "thirdPartyProvision.consentRequired", equals: true },
  { clause: "第4条 para 4", path: "tracking.dataFlows#ad-click-data.text.0.ja", contains: "第三者の運営するツールから当サイトに訪れる前にクリックされた広告の情報(クリック日や広告掲載サイトなど)を取得し、お問合せの情報と照合することで広告の効果測定を行う場合がございます。" },
  { clause: "第4条 para 4 party", path: "tracking.dataFlows#ad-click-data.party.ja", contains: "第三者の運営するツール" },
  { clause: "第4条 para 4 items", path: "tracking.dataFlows#ad-click-data.items.0.ja", contains: "クリックされた広告の情報(クリック日や広告掲載サイトなど)" },
  { clause: "第4条 para 4 purpose", path: "tracking.dataFlows#ad-click-data.purposes.0.ja", contains: "広告の効果測定" },
  { clause: "第4条 para 4 照合", path: "tracking.dataFlows#ad-click-data.linkedToPersonalData", equals: true },
  { clause: "第4条 para 5", path: "tracking.dataFlows#dmp-browsing-data.text.0.ja", contains: "当社は、第三者が運営するデータ管理プラットフォームから、クッキーにより収集されたウェブの閲覧履歴及びその分析結果を取得し、これをお客様の個人データと連携させ、広告配信等の目的で利用する場合があります。" },
  { clause: "第4条 para 5 party", path: "tracking.dataFlows#dmp-browsing-data.party.ja", contains: "第三者が運営するデータ管理プラットフォーム" },
  { clause: "第4条 para 5 items", path: "tracking.dataFlows#dmp-browsing-data.items.0.ja", contains: "クッキーにより収集されたウェブの閲覧履歴及びその分析結果" },
  { clause: "第4条 para 5 purpose", path: "tracking.dataFlows#dmp-browsing-data.purposes.0.ja", contains: "広告配信等" },
  { clause: "第4条 para 5 連携", path: "tracking.dataFlows#dmp-browsing-data.linkedToPersonalData", equals: true },

  // 第5条 第三者提供
  { clause: "第5条", path: "thirdPartyProvision.text.1.ja", contains: "当社は、以下の場合において個人情報を第三者に提供することがあります。" },
  { clause: "第5条(1)", path: "thirdPartyProvision.otherGrounds#outsourcing.text.ja", contains: "当社が利用目的の達成に必要な範囲で個人情報の取扱いの全部又は一部を委託することに伴って個人情報を提供する場合" },
  { clause: "第5条(2)", path: "thirdPartyProvision.otherGrounds#business-succession.text.ja", contains: "当社が合併その他の事由による事業の承継に伴って個人情報を提供する場合" },
  { clause: "第5条(3)", path: "thirdPartyProvision.otherGrounds#joint-use.text.ja", contains: "個人情報保護法の定めに基づき共同利用する場合" },
  { clause: "第5条(4)", path: "thirdPartyProvision.otherGrounds#consent.text.ja", contains: "お客様に対して開示の同意を求め、お客様がそれに応じた場合" },
  { clause: "第5条(5) 法令に基づく場合", path: "thirdPartyProvision.exceptions.0.id", equals: "laws-and-regulations" },
  { clause: "第5条(6)", path: "thirdPartyProvision.exceptions#life-body-property.wording.ja", contains: "開示することが、人の生命、身体又は財産の保護のために必要がある場合であって、お客様本人の同意を得ることが困難である場合" },
  { clause: "第5条(7)", path: "thirdPartyProvision.exceptions#public-health-children.wording.ja", contains: "公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、お客様本人の同意を得ることが困難である場合" },
  { clause: "第5条(8)", path: "thirdPartyProvision.exceptions#state-cooperation.wording.ja", contains: "国の機関、地方公共団体又はこれらの機関の委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、お客様本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがある場合" },
  { clause: "第5条(9)", path: "thirdPartyProvision.otherGrounds#other-law.text.ja", contains: "その他個人情報保護法及びその関連法令により認められる場合" },

  // 第6条 個人情報の取り扱い業務の委託
  { clause: "第6条", path: "outsourcing.text.0.ja", contains: "個人情報の取扱業務の全部または一部を外部に業務委託する場合があります。その際、当社は、個人情報を適切に保護できる管理体制を敷き実行していることを条件として委託先を厳選したうえで、機密保持契約を委託先と締結し、お客様の個人情報を厳密に管理させます。" },
  { clause: "第6条 used", path: "outsourcing.used", equals: true },
  { clause: "第6条 selection", path: "outsourcing.selectionCriteria.0.ja", contains: "個人情報を適切に保護できる管理体制を敷き実行していること" },
  { clause: "第6条 contract", path: "outsourcing.contractClauses.0.ja", contains: "機密保持契約を委託先と締結" },
  { clause: "第6条 supervision", path: "outsourcing.supervision.0.ja", contains: "お客様の個人情報を厳密に管理させます" },

  // 第7条 個人情報の安全対策
  { clause: "第7条 sentence 1", path: "securityMeasures.text.0.ja", contains: "個人情報の正確性及び安全性確保のために、 合理的なセキュリティ対策を講じ、 お客様の個人情報の安全確保に努めています。" },
  { clause: "第7条 sentence 2", path: "securityMeasures.disclosureOnRequest.ja", contains: "当社の保有個人データ(個人情報保護法第16条第4項に定義されるものを意味します。)に関する具体的な安全管理措置の内容の開示を求められた場合、お客様ご本人からのご請求であることを確認の上で、当該お客様に対し、遅滞なく、これを開示いたします。" },

  // 第8条 共同利用
  { clause: "第8条", path: "jointUses#medicalshift.text.ja", contains: "当社は、以下のとおり個人情報を共同利用し、共同利用される個人情報を下記に定める利用者に提供いたします。" },
  { clause: "第8条(1) item 1", path: "jointUses#medicalshift.items.0.ja", contains: "当社サービスに登録された利用者の氏名、電話番号及びメールアドレス" },
  { clause: "第8条(1) item 2", path: "jointUses#medicalshift.items.1.ja", contains: "利用者が当社サービスによる予約完了後(提携医院の初回受診前)に記載する事前問診票及び提携医院での初回受診後、提携医院によって行われるカウンセリングその他の治療の途中及び治療終了時及び提携医院との診療に係る契約の解約時等に実施されるアンケートその他の当社が実施するアンケート等に記載された内容" },
  { clause: "第8条(1) item 3", path: "jointUses#medicalshift.items.2.ja", contains: "利用者が登録医療機関に対して提供した利用者の氏名、性別、生年月日、職業、住所、電話番号、メールアドレス及び登録医療機関において利用者が記入した問診票の内容等で、当社が当該登録医療機関から取得した情報" },
  { clause: "第8条(2)", path: "jointUses#medicalshift.users#medicalshift.name.ja", contains: "株式会社MedicalShift" },
  { clause: "第8条(3)", path: "jointUses#medicalshift.purposesText.0.ja", contains: "第3条 (個人情報の利用目的)に記載の目的" },
  { clause: "第8条(3) all purposes", path: "jointUses#medicalshift.purposes", equals: "all" },
  { clause: "第8条(4) name", path: "jointUses#medicalshift.responsibleParties#medicalshift.name.ja", contains: "株式会社MedicalShift" },
  { clause: "第8条(4) 〒", path: "jointUses#medicalshift.responsibleParties#medicalshift.address.postalCode", equals: "107-0062" },
  { clause: "第8条(4) address", path: "jointUses#medicalshift.responsibleParties#medicalshift.address.ja", contains: "東京都港区南青山2丁目2番15号 ウィン青山942" },
  { clause: "第8条(4) 代表取締役 宮井崇行", path: "jointUses#medicalshift.responsibleParties#medicalshift.representatives.0", contains: "代表取締役" },
  { clause: "第8条(4) 代表取締役 宮井崇行 (name)", path: "jointUses#medicalshift.responsibleParties#medicalshift.representatives.0.name.ja", contains: "宮井崇行" },
  { clause: "第8条(4) 堀琢馬", path: "jointUses#medicalshift.responsibleParties#medicalshift.representatives.1.name.ja", contains: "堀琢馬" },

  // 第9条 個人情報等の開示
  { clause: "第9条1", path: "requests.handling#disclosure.text.0.ja", contains: "お客様から、個人情報保護法の定めに基づき個人情報の開示を求められたときは、お客様自身からのご請求であることを確認の上で、お客様に対し、遅滞なく開示を行います(当該個人情報が存在しないときにはその旨を通知いたします。)。但し、個人情報保護法その他の法令により、当社が開示の義務を負わない場合は、この限りではありません。" },
  { clause: "第9条1 fee", path: "fees#disclosure-fee.text.0.ja", contains: "なお、個人情報の開示につきましては、手数料(1件あたり1,000円)を頂戴しておりますので、あらかじめ御了承ください。" },
  { clause: "第9条1 fee amount", path: "fees#disclosure-fee.amount", equals: 1000 },
  { clause: "第9条1 fee per item (1件あたり)", path: "fees#disclosure-fee.unit", equals: "per-item" },
  { clause: "第9条1 fee applies to disclosure only", path: "fees#disclosure-fee.kinds", equals: ["disclosure"] },
  { clause: "第9条2", path: "requests.handling#provision-record-disclosure.text.0.ja", contains: "前項の定めは、お客様が識別される個人情報にかかる、個人情報保護法第29条に基づき作成した第三者への提供にかかる記録及び個人情報保護法第30条に基づき作成した第三者からの提供にかかる記録について準用するものとします。但し、手数料に関する定めを除きます。" },

  // 第10条 個人情報の訂正等
  { clause: "第10条", path: "requests.handling#correction.text.0.ja", contains: "個人情報が真実でないという理由によって、個人情報保護法の定めに基づきその内容の訂正、追加又は削除(以下「訂正等」といいます。)を求められた場合には、お客様ご自身からのご請求であることを確認の上で、利用目的の達成に必要な範囲内において、遅滞なく必要な調査を行い、その結果に基づき、個人情報の内容の訂正等を行い、その旨をお客様に通知します(訂正等を行わない旨の決定をしたときは、お客様に対しその旨を通知いたします。)。但し、個人情報保護法その他の法令により、当社が訂正等の義務を負わない場合は、この限りではありません。" },

  // 第11条 個人情報の利用停止等
  { clause: "第11条", path: "requests.handling#use-stop.text.0.ja", contains: "そのご請求に理由があることが判明した場合には、お客様ご自身からのご請求であることを確認の上で、遅滞なく個人情報の利用停止等又は提供停止を行い、その旨をお客様に通知します。但し、個人情報保護法その他の法令により、当社が利用停止等又は提供停止の義務を負わない場合は、この限りではありません。" },
  { clause: "第11条(1) ground a", path: "requests.handling#use-stop.grounds.0.ja", contains: "お客様の個人情報が、あらかじめ公表された利用目的の範囲を超えて取り扱われている、若しくは違法若しくは不当な行為を助長し、若しくは誘発するおそれがある方法により利用されているという理由" },
  { clause: "第11条(1) ground b", path: "requests.handling#use-stop.grounds.1.ja", contains: "お客様の個人情報が偽りその他不正の手段により取得されたものであるという理由" },
  { clause: "第11条(2)", path: "requests.handling#provision-stop.grounds.0.ja", contains: "個人情報がお客様の同意なく第三者に提供されているという理由" },
  { clause: "第11条(3) (use-stop)", path: "requests.handling#use-stop.grounds.2.ja", contains: useStopGround3 },
  { clause: "第11条(3) (provision-stop)", path: "requests.handling#provision-stop.grounds.1.ja", contains: useStopGround3 },
  { clause: "第9条–第11条 kinds", path: "requests.kinds", equals: ["disclosure", "provision-record-disclosure", "correction", "use-stop", "provision-stop"] },
  { clause: "第9条–第11条 identity (the person)", path: "requests.identity.0.requester", equals: "person" },
  { clause: "第9条–第11条 identity (text)", path: "requests.identity.0.text.ja", contains: "お客様ご自身からのご請求であることを確認の上で" },

  // (unnumbered) 法令、規範の遵守と見直し
  { clause: "法令、規範の遵守と見直し heading", path: "principles.items#compliance-and-review.title.ja", contains: "法令、 規範の遵守と見直し" },
  { clause: "法令、規範の遵守と見直し", path: "principles.items#compliance-and-review.text.ja", contains: "本ポリシーに定める事項のほか保有する個人情報に関して適用される日本の法令、 その他規範を遵守するとともに、 本ポリシーの内容を適宜見直し、 その改善に努めます。" },

  // 第13条 Cookie(クッキー)について
  { clause: "第13条 used", path: "tracking.cookies.used", equals: true },
  { clause: "第13条 explanation", path: "tracking.cookies.explanation.0.ja", contains: "Cookieとは、 Webページを利用したときに、 ブラウザとサーバとの間で送受信した利用履歴や入力内容などを、 利用者のコンピュータに保存しておく仕組みです。" },
  { clause: "第13条 explanation (2)", path: "tracking.cookies.explanation.0.ja", contains: "次回、 同じページにアクセスすると、 Cookieの情報を使って、 ページの運営者は利用者ごとに表示を変えたりすることができます。" },
  { clause: "第13条 explanation (3)", path: "tracking.cookies.explanation.0.ja", contains: "利用者がブラウザの設定でCookieの送受信を許可している場合、 Webサイトは、 利用者のブラウザからCookieを取得できます。" },
  { clause: "第13条 explanation (4)", path: "tracking.cookies.explanation.0.ja", contains: "なお、 利用者のブラウザは、 プライバシー保護のため、 そのWebサイトのサーバが送受信したCookieのみを送信します。" },
  { clause: "第13条 no identifying information", path: "tracking.cookies.text.0.ja", contains: "収集される情報には、 ユーザー名やメールアドレスなどの個人を特定する情報は一切含まれません。" },
  { clause: "第13条 does not identify persons", path: "tracking.cookies.identifiesPersons", equals: false },
  { clause: "第13条 refusal", path: "tracking.cookies.optOut.ja", contains: "利用者がご使用のブラウザでCookieの受け入れ拒否を設定することも可能ですが、 その場合は、 一部のサービスをご利用できなくなる場合がありますのでご注意ください。" },

  // 第14条 プライバシーポリシーの更新
  { clause: "第14条", path: "policyChanges.text.0.ja", contains: "本ポリシーについては、 適宜見直し、 改善を行います。 その場合、 全ての改定はこのウェブページで通知いたします。 プライバシーポリシーの変更は、 当社が当サイト上に掲載した時点から適用されるものとします。" },
  { clause: "第14条 announced on this web page", path: "policyChanges.announcement", equals: "website" },
  { clause: "第14条 effective on posting", path: "policyChanges.effectiveFrom", equals: "publication" },

  // 第15条 お問合せ
  { clause: "第15条", path: "contactWindows#support.text.0.ja", contains: "当社の個人情報の取扱に関するお問合せは、 下記までご連絡ください。" },
  { clause: "第15条 operator name", path: "operator.name.ja", contains: "株式会社スマイルモア" },
  { clause: "第15条 operator 〒", path: "operator.address.postalCode", equals: "150-0043" },
  { clause: "第15条 operator address", path: "operator.address.ja", contains: "東京都渋谷区道玄坂1丁目10番8号渋谷道玄坂東急ビル2F-C" },
  { clause: "第15条 代表取締役", path: "operator.representatives.0.title.ja", contains: "代表取締役" },
  { clause: "第15条 宮井崇行", path: "operator.representatives.0.name.ja", contains: "宮井崇行" },
  { clause: "第15条 堀琢馬", path: "operator.representatives.1.name.ja", contains: "堀琢馬" },
  { clause: "第15条 問い合わせ窓口", path: "contactWindows#support.name.ja", contains: "スマイルモア矯正 サポート" },
  { clause: "第15条 e-mail", path: "contactWindows#support.emails", equals: ["support@clearsmile.jp"] }
] satisfies ReadonlyArray<ClauseLocation>
