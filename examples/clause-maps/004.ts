import type { ClauseLocation } from "../clause-map.ts"

/** Seed 004 (株式会社K-ZONE): item 5.(7) ①–⑥ has no field in the model (see the example's comment). */
export const additionalClauses: ReadonlyArray<string> = []

export default [
  { clause: "title", path: "title.ja", contains: "個人情報の取扱について" },

  // 1.
  { clause: "1.", path: "preamble.0.ja", contains: "当社はおお客様にご記入頂く住所、氏名、電子メールアドレスなどの個人情報に関し、当社が定める「個人情報保護方針」に基づき適切に扱うものとします。" },
  { clause: "1. data items", path: "dataCategories#customer-entered-data.items", contains: "住所" },
  { clause: "1. data items (2)", path: "dataCategories#customer-entered-data.items", contains: "氏名" },
  { clause: "1. data items (3)", path: "dataCategories#customer-entered-data.items", contains: "電子メールアドレス" },
  { clause: "1. ご記入頂く (in writing, from the person)", path: "dataCategories#customer-entered-data.acquisition.methods", equals: ["from-person-in-writing"] },

  // 2.
  { clause: "2. category", path: "dataCategories#customer-entered-data.name.ja", contains: "お客様にご記入して頂く個人情報" },
  { clause: "2. voluntary", path: "voluntariness.voluntary", equals: true },
  { clause: "2.", path: "voluntariness.consequence.ja", contains: "お客様にご記入して頂く個人情報は全ての項目をご記入いただく必要はありませんが、情報が足りない場合はお客様へのご連絡ができない場合があります。" },

  // 3.
  { clause: "3.", path: "purposes.intro.0.ja", contains: "当社は個人情報を、以下の利用目的の範囲内で取扱います。" },
  { clause: "3.(1)", path: "purposes.items#inquiry-response.text.ja", contains: "問い合わせへの対応のため" },
  { clause: "3.(2)", path: "purposes.items#service-surveys.text.ja", contains: "問い合わせいただいたサービスのレベル維持向上を図るため、アンケート調査、及び分析を行うこと。" },
  { clause: "3.(3)", path: "purposes.items#marketing.text.ja", contains: "問い合わせいただいたサービスに関連するサービスで、かつ個々のお客様に有益と思われる当社のサービスまたは当社の業務提携先の商品、サービス等の情報を、お客様がアクセスした当社のウェブページその他お客様の端末装置上に表示し、もしくは電子メール、郵便等により送付し、または電話すること。" },
  { clause: "3.(3) なお書き (purpose note)", path: "purposes.items#marketing.notes.0.ja", contains: "なお、お客様は、当社が別途定めた方法で届け出ることにより、これらの取扱いを中止させたり再開させたりすることができます。" },
  { clause: "3.(3) なお書き (marketing opt-out)", path: "marketingOptOut.text.ja", contains: "これらの取扱いを中止させたり再開させたりすることができます。" },
  { clause: "3.(3) なお書き → purpose", path: "marketingOptOut.purposes", equals: ["marketing"] },
  { clause: "3.(3) なお書き 再開", path: "marketingOptOut.canResume", equals: true },
  { clause: "3.(3) なお書き method", path: "marketingOptOut.method.ja", contains: "当社が別途定めた方法で届け出ることにより" },
  { clause: "3.(4)", path: "purposes.items#consent-requests.text.ja", contains: "お客様から個人情報の取扱いに関する同意を求めめるために、電子メール、郵便等を送付し、または電話すること。" },
  { clause: "3.(5)", path: "purposes.items#post-cancellation-use.text.ja", contains: "お客様の解約日より1年間を限度として、「3.(1)～(4)」に定める利用目的の範囲内において個人情報を取扱うこと。" },
  { clause: "3.(5) period", path: "retention.rules#post-cancellation.period.text.ja", contains: "お客様の解約日より1年間を限度として" },
  { clause: "3.(5) one year", path: "retention.rules#post-cancellation.period.years", equals: 1 },
  { clause: "3.(5) from cancellation", path: "retention.rules#post-cancellation.period.trigger", equals: "cancellation" },
  { clause: "3.(6)", path: "purposes.items#outsourcing.text.ja", contains: "当社の情報処理業務及び運営業務、開発業務を外部に委託する際に、十分な個人情報保護の水準を確保している委託先に、機密保持契約を締結した上で、お客様の個人情報を委託すること。" },
  { clause: "3.(7)", path: "purposes.items#third-party-provision.text.ja", contains: "当社は、業務上必要かつ法令で認められる場合に限り、当社が適切と認めた第三者に対して個人情報を提供させていただくことがあります。この場合、個人情報保護のため、法令上必要な措置を講じます。" },
  { clause: "3.(7) ① 第三者への提供の方法", path: "thirdPartyProvision.provisions#appropriate-third-parties.method.ja", contains: "書面または電子データを交付することによって行います。" },
  { clause: "3.(7) ② 氏名", path: "thirdPartyProvision.provisions#appropriate-third-parties.items.0.ja", contains: "氏名" },
  { clause: "3.(7) ② 住所", path: "thirdPartyProvision.provisions#appropriate-third-parties.items.1.ja", contains: "住所" },
  { clause: "3.(7) ② 電話番号", path: "thirdPartyProvision.provisions#appropriate-third-parties.items.2.ja", contains: "電話番号" },
  { clause: "3.(7) ② その他", path: "thirdPartyProvision.provisions#appropriate-third-parties.items.3.ja", contains: "その他上記の当社個人情報の利用目的のために必要な事項" },
  { clause: "3.(8)", path: "purposes.items#other-consented-use.text.ja", contains: "その他お客様から同意を得た範囲内で利用すること。" },
  { clause: "3. (8 items, in order)", path: "purposes.items.7.id", equals: "other-consented-use" },

  // 4. (18(3))
  { clause: "4.", path: "useBeyondPurpose.text.ja", contains: "当社は以下の各号に定める場合を除き、個人情報を目的外で利用する場合、お客様に目的外利用の同意を確認し、同意を得た情報のみを利用します。" },
  { clause: "4. consent", path: "useBeyondPurpose.consentRequired", equals: true },
  { clause: "4.(1) 法令に基づく場合", path: "useBeyondPurpose.exceptions.0", equals: { id: "laws-and-regulations", wording: { ja: "法令に基づく場合", en: "Where based on laws and regulations" } } },
  { clause: "4.(2) (健康)", path: "useBeyondPurpose.exceptions#life-body-property.wording.ja", contains: "人の生命、身体、健康又は財産の保護のために必要な場合であって、本人の同意を得ることが困難であるとき。" },
  { clause: "4.(3) (子ども)", path: "useBeyondPurpose.exceptions#public-health-children.wording.ja", contains: "公衆衛生の向上又は子どもの健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき。" },
  { clause: "4.(4) (statutory wording)", path: "useBeyondPurpose.exceptions.3", equals: { id: "state-cooperation" } },

  // 5.
  { clause: "5.", path: "thirdPartyProvision.text.0.ja", contains: "当社は以下の各号に定める場合を除き、お客様の承諾なく個人情報を第三者に提供しません。" },
  { clause: "5. consent", path: "thirdPartyProvision.consentRequired", equals: true },
  { clause: "5.(1) 4. (1)～(4)に該当するとき", path: "thirdPartyProvision.exceptionsReference.ja", contains: "4. (1)～(4)に該当するとき。" },
  { clause: "5.(1) the referenced items", path: "thirdPartyProvision.exceptions", equals: [{ id: "laws-and-regulations", wording: { ja: "法令に基づく場合", en: "Where based on laws and regulations" } }, { id: "life-body-property" }, { id: "public-health-children" }, { id: "state-cooperation" }] },
  { clause: "5.(2)", path: "thirdPartyProvision.otherGrounds#consent-at-acquisition.text.ja", contains: "直接書面にて取得するときか本人に直接アクセスするときに、第三者に提供することに同意しているとき。" },
  { clause: "5.(2) kind", path: "thirdPartyProvision.otherGrounds#consent-at-acquisition.kind", equals: "consent" },
  { clause: "5.(3)", path: "thirdPartyProvision.optOut.condition.ja", contains: "大量の個人情報を広く一般に提供するため、本人の同意を得ることが困難な場合であって、次に示す事項又はそれと同等以上の内容の事項を、あらかじめ本人に通知し、又はそれに代わる同等の措置(当該企業の総務担当者を通じて本人に通知する等の場合)を講じているとき。" },
  { clause: "5.(3) ①", path: "thirdPartyProvision.optOut.itemsAsPublished.0.ja", contains: "第三者への提供を利用目的とすること" },
  { clause: "5.(3) ① (structured)", path: "thirdPartyProvision.optOut.provisionIsPurpose", equals: true },
  { clause: "5.(3) ②", path: "thirdPartyProvision.optOut.itemsAsPublished.1.ja", contains: "第三者に提供される個人情報の項目" },
  { clause: "5.(3) ③", path: "thirdPartyProvision.optOut.itemsAsPublished.2.ja", contains: "第三者への提供の手段又は方法" },
  { clause: "5.(3) ④", path: "thirdPartyProvision.optOut.itemsAsPublished.3.ja", contains: "本人の求めに応じて当該本人が識別される個人情報の第三者への提供を停止すること" },
  { clause: "5.(3) ④ (structured)", path: "thirdPartyProvision.optOut.stopOnRequest", equals: true },
  { clause: "5.(3) ⑤", path: "thirdPartyProvision.optOut.itemsAsPublished.4.ja", contains: "取得方法" },
  { clause: "5.(4)", path: "thirdPartyProvision.otherGrounds#officer-and-shareholder-information.text.ja", contains: "法人その他の団体に関する情報に含まれる当該法人その他の団体の役員及び株主に関する情報であって、かつ、法令に基づき又は本人もしくは当該法人その他の団体自らによって公開又は公表された情報を提供する場合であって、(3)で示す事項(①～⑤)又はそれと同等以上の内容の事項を、あらかじめ、本人に通知し、又は本人が容易に知り得る状態に置いているとき。" },
  { clause: "5.(4) kind", path: "thirdPartyProvision.otherGrounds#officer-and-shareholder-information.kind", equals: "public-information" },
  { clause: "5.(5)", path: "thirdPartyProvision.otherGrounds#outsourcing.text.ja", contains: "特定した利用目的の達成に必要な範囲内において、個人情報の取扱いの全部又は一部を委託するとき。" },
  { clause: "5.(6)", path: "thirdPartyProvision.otherGrounds#business-succession.text.ja", contains: "合併その他の事由による事業の承継に伴って個人情報を提供する場合であって、承継前の利用目的の範囲内で当該個人情報を取り扱うとき。" },
  { clause: "5.(7)", path: "thirdPartyProvision.otherGrounds#joint-use.text.ja", contains: "個人情報を特定の者との間で共同して利用する場合であって、次に示す事項又はそれと同等以上の内容の事項を、あらかじめ、本人に通知し、又は本人が容易に知り得る状態に置いているとき。" },
  { clause: "5.(7) ①", path: "thirdPartyProvision.otherGrounds#joint-use.items.0.ja", contains: "共同して利用すること" },
  { clause: "5.(7) ②", path: "thirdPartyProvision.otherGrounds#joint-use.items.1.ja", contains: "共同して利用される個人情報の項目" },
  { clause: "5.(7) ③", path: "thirdPartyProvision.otherGrounds#joint-use.items.2.ja", contains: "共同して利用する者の範囲" },
  { clause: "5.(7) ④", path: "thirdPartyProvision.otherGrounds#joint-use.items.3.ja", contains: "共同して利用する者の利用目的" },
  { clause: "5.(7) ⑤", path: "thirdPartyProvision.otherGrounds#joint-use.items.4.ja", contains: "共同して利用する個人情報の管理について責任を有する者の氏名又は名称" },
  { clause: "5.(7) ⑥", path: "thirdPartyProvision.otherGrounds#joint-use.items.5.ja", contains: "取得方法" },

  // 6. and 7.
  { clause: "6.", path: "outsourcing.text.0.ja", contains: "当社の情報処理業務及び運用業務、開発業務を外部に委託する際に、十分な個人情報保護の水準を確保している委託先に、機密保持契約を締結した上で、お客様の個人情報を委託する場合があります。" },
  { clause: "6. used", path: "outsourcing.used", equals: true },
  { clause: "6. selection", path: "outsourcing.selectionCriteria.0.ja", contains: "十分な個人情報保護の水準を確保している委託先" },
  { clause: "6. contract", path: "outsourcing.contractClauses.0.ja", contains: "機密保持契約を締結" },
  { clause: "7.", path: "outsourcing.asContractor.0.ja", contains: "当社は、個人情報を取り扱う業務を受託する場合、委託元に対して個人情報の再委託の同意を取れているかを確認します。" },

  // 8. 認定個人情報保護団体
  { clause: "8.", path: "accreditedOrganization.text.0.ja", contains: "当社は、下記の認定個人情報保護団体に属しています。個人情報の取扱いに関する苦情については、本人様が直接、認定個人情報保護団体へ解決の申出をすることもできます。尚、以下の窓口は、当社の商品・サービスに関する問合せ先ではございません。" },
  { clause: "8. member", path: "accreditedOrganization.member", equals: true },
  { clause: "8. name", path: "accreditedOrganization.name.ja", contains: "財団法人 一般財団法人日本情報経済社会推進協会(略称:JIPDEC)" },
  { clause: "8. desk", path: "accreditedOrganization.complaintDesk.ja", contains: "個人情報保護苦情相談室" },
  { clause: "8. 〒", path: "accreditedOrganization.address.postalCode", equals: "106-0032" },
  { clause: "8. address", path: "accreditedOrganization.address.ja", contains: "東京都港区六本木一丁目9番9号 六本木ファーストビル内" },
  { clause: "8. Tel", path: "accreditedOrganization.phones", equals: ["03-5860-7565", "0120-700-779"] },

  // 9.
  { clause: "9.", path: "requests.text.0.ja", contains: "お客様より個人情報の開示、訂正、削除、利用の停止または第三者への提供の停止の請求があった場合は、合理的な範囲でこれに応じます。" },
  { clause: "9. kinds", path: "requests.kinds", equals: ["disclosure", "correction", "use-stop", "provision-stop"] },
  { clause: "9. procedure", path: "requests.submission.text.0.ja", contains: "請求手続きに関しては、下記「問い合わせ窓口」までお問い合わせください。" },
  { clause: "9. procedure → window", path: "requests.submission.window", equals: "privacy-contact" },

  // ※ 1–4 (21(4))
  { clause: "※ (21(4))", path: "purposeNotice.text.ja", contains: "開示対象個人情報に関し、以下の場合は本人の知り得る状態に置かない場合があります。" },
  { clause: "※ 1.", path: "purposeNotice.exceptions#harm-to-person-or-third-party.wording.ja", contains: "利用目的を本人に通知し、又は公表することによって本人若しくは第三者の生命、身体、財産その他の権利利益を害するおそれがある場合。" },
  { clause: "※ 2.", path: "purposeNotice.exceptions#harm-to-operator.wording.ja", contains: "利用目的を本人に通知し、又は公表することによって会社の権利又は正当な利益を害するおそれがある場合。" },
  { clause: "※ 3.", path: "purposeNotice.exceptions#state-cooperation.wording.ja", contains: "国の機関又は地方公共団体が法令の定める事務を遂行する事に対して協力する必要がある場合であって、利用目的を本人に通知し、又は公表することによって当該事務の遂行に支障を及ぼすおそれがあるとき。" },
  { clause: "※ 4.", path: "purposeNotice.exceptions#obvious-from-circumstances.wording.ja", contains: "取得の状況からみて利用目的が明らかであると認められる場合。" },

  // ※ クッキー
  { clause: "※ cookie used", path: "tracking.cookies.used", equals: true },
  { clause: "※ cookie", path: "tracking.cookies.text.0.ja", contains: "クッキー(Cookie)が保持するデータには個人を特定する情報は含まれていません。したがって利用者が弊社に個人を特定できるような情報を提供しない限り、クッキーだけでは個人の判別はできません。" },
  { clause: "※ cookie does not identify persons", path: "tracking.cookies.identifiesPersons", equals: false },
  { clause: "※ cookie refusal", path: "tracking.cookies.optOut.ja", contains: "クッキーの利用はお客様ご自身のブラウザの設定を変更することによって、クッキーの自動受け取りを拒否することができます。ただし、クッキーの利用をしないことによって一部サービスの利用が出来ない事がありますのでご了承ください。" },
  { clause: "※ cookie purposes lead", path: "tracking.cookies.text.1.ja", contains: "尚、弊社で使用しているまたは使用が想定されるクッキーの利用目的は以下となります。" },
  { clause: "※ cookie ①", path: "tracking.cookies.purposes.0.ja", contains: "ログインの簡便化、サービスの充実・最適化のため。" },
  { clause: "※ cookie ②", path: "tracking.cookies.purposes.1.ja", contains: "当社のサイトの利用数などを計り、アクセス解析など統計情報に使用するため。" },
  { clause: "※ cookie ③", path: "tracking.cookies.purposes.2.ja", contains: "当ウェブサイトをお客様に満足していただけるように改良をし、個々の利用にあわせてカスタマイズするため。" },

  // ※ 問い合わせ and ■問い合わせ窓口
  { clause: "※ 問い合わせ", path: "contactWindows#privacy-contact.text.0.ja", contains: "個人情報保護方針、開示対象個人情報の開示等の請求手続方法、提出すべき書面の様式、手数料を定めた場合の徴収方法、苦情等やその他のお問い合わせは、下記問い合わせ窓口までご連絡をお願いいたします。" },
  { clause: "※ 問い合わせ roles", path: "contactWindows#privacy-contact.roles", equals: ["inquiries", "requests", "complaints"] },
  { clause: "■問い合わせ窓口", path: "contactWindows#privacy-contact.name.ja", contains: "問い合わせ窓口" },
  { clause: "■問い合わせ窓口 company", path: "operator.name.ja", contains: "株式会社 K-ZONE" },
  { clause: "■問い合わせ窓口 Email", path: "contactWindows#privacy-contact.emails", equals: ["privacy@k-zone.co.jp"] },
  { clause: "■問い合わせ窓口 個人情報保護責任者", path: "contactWindows#privacy-contact.managers.0.title.ja", contains: "個人情報保護責任者" },
  { clause: "■問い合わせ窓口 取締役", path: "contactWindows#privacy-contact.managers.0.position.ja", contains: "取締役" },
  { clause: "■問い合わせ窓口 黒田 修", path: "contactWindows#privacy-contact.managers.0.name.ja", contains: "黒田 修" },
  { clause: "8./※ complaints → window", path: "complaints.window", equals: "privacy-contact" }
] satisfies ReadonlyArray<ClauseLocation>
