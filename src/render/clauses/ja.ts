/**
 * The Japanese clause catalog. Statutory lists keep the statute's words
 * (同意, not 承諾; 本人; 個人データ where the article says 個人データ), with
 * 「当該個人情報取扱事業者」 written 「当社」 as policies do.
 *
 * @since 0.1.0
 */
import { listed, t } from "../phrase.ts"
import type { Catalog } from "./Catalog.ts"

const notice = { notify: "ご本人に通知します", publish: "公表します", "notify-or-publish": "ご本人に通知し、又は公表します" } as const

/** Items (i)–(iv) of Art. 18(3) and of Art. 27(1): the statute words them alike. */
const commonExceptions = {
  "laws-and-regulations": "法令（条例を含む。）に基づく場合",
  "life-body-property": "人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき",
  "public-health-children": "公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき",
  "state-cooperation":
    "国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき"
} as const

/** @since 0.1.0 */
export const ja = {
  clauses: {
    "purposes.intro": () => t`当社は、取得した個人情報を、次の利用目的の達成に必要な範囲内で取り扱います。`,
    "purposes.change": (p) =>
      p.related
        ? t`当社は、変更前の利用目的と関連性を有すると合理的に認められる範囲内において利用目的を変更することがあり、変更した場合には、変更後の利用目的を${notice[p.notice]}。`
        : t`当社は、利用目的を変更した場合には、変更後の利用目的を${notice[p.notice]}。`,
    "use-beyond-purpose.consent": (p) =>
      t`当社は、次の各号のいずれかに該当する場合を除き、あらかじめご本人の同意を得ないで、${p.purposes}に定める利用目的の達成に必要な範囲を超えて個人情報を取り扱いません。`,
    "use-beyond-purpose.no-consent": (p) => t`当社は、次の各号のいずれかに該当する場合には、${p.purposes}に定める利用目的の達成に必要な範囲を超えて個人情報を取り扱うことがあります。`,
    "purpose-notice.intro": () => t`当社は、次の各号のいずれかに該当する場合には、取得した個人情報の利用目的をご本人に通知し、又は公表しないことがあります。`,
    "voluntariness.voluntary": () => t`個人情報のご提供は任意です。`,
    "voluntariness.required": () => t`当社が求める個人情報は、お手続きやサービスの提供に必要なものです。`,
    "marketing-opt-out.stop": (p) =>
      p.purposes === undefined
        ? t`ご本人は、当社にお申し出いただくことにより、ご本人に関する個人情報の取扱いを停止させることができます。`
        : t`ご本人は、当社にお申し出いただくことにより、利用目的${p.purposes}に係る個人情報の取扱いを停止させることができます。`,
    "marketing-opt-out.resume": () => t`また、お申し出により、停止した取扱いを再開させることもできます。`,
    "provision.consent": () => t`当社は、次の各号のいずれかに該当する場合を除き、あらかじめご本人の同意を得ないで、個人データを第三者に提供しません。`,
    "provision.no-consent": () => t`当社は、次の各号のいずれかに該当する場合に、個人データを第三者に提供することがあります。`,
    "provision.exceptions-of": (p) => t`${p.section}の各号のいずれかに該当する場合`,
    "provision.foreign-recipients-possible": () => t`提供先には、外国にある第三者が含まれることがあります。`,
    "provision.system-based": () => t`当該第三者は、個人情報取扱事業者が講ずべき措置に相当する措置を継続的に講ずるために必要な体制を整備しています。`,
    "provision.system-based-on-request": () => t`当社は、ご本人の求めに応じて、当該第三者による相当措置の継続的な実施を確保するために講じている措置に関する情報を提供します。`,
    "opt-out.intro": () =>
      t`当社は、次の事項をあらかじめご本人に通知し、又はご本人が容易に知り得る状態に置くとともに、個人情報保護委員会に届け出たうえで、ご本人の同意を得ないで個人データを第三者に提供することがあります。`,
    "opt-out.listed": () => t`オプトアウトによる第三者提供の事項は、次のとおりです。`,
    "opt-out.provision-is-purpose": () => t`第三者への提供を利用目的とします。`,
    "opt-out.stop-on-request": () => t`ご本人の求めに応じて、当該ご本人が識別される個人データの第三者への提供を停止します。`,
    "joint-use.intro": () => t`当社は、次のとおり、個人データを特定の者との間で共同して利用します。`,
    "joint-use.all-purposes": (p) => t`${p.section}に定める利用目的`,
    "outsourcing.used": (p) =>
      p.withinPurposes
        ? t`当社は、利用目的の達成に必要な範囲内において、個人データの取扱いの全部又は一部を委託することがあります。`
        : t`当社は、個人データの取扱いの全部又は一部を委託することがあります。`,
    "outsourcing.not-used": () => t`当社は、個人データの取扱いを外部に委託しません。`,
    "security.intro": () => t`当社は、取り扱う個人データの漏えい、滅失又は毀損の防止その他の安全管理のため、次の措置を講じています。`,
    "security.countries": (p) => t`当社は、${p.countries}において個人データを取り扱っています。当該外国における個人情報の保護に関する制度を把握したうえで、安全管理措置を実施しています。`,
    "retention.intro": () => t`当社は、個人情報を次の期間保存します。`,
    "retention.deletion": () => t`保存期間が経過した個人情報は、遅滞なく削除します。`,
    "cookies.used": () => t`当社のウェブサイトでは、Cookieを使用しています。`,
    "cookies.not-used": (p) => (p.noWebBeacons ? t`当社のウェブサイトでは、Cookie及びWebビーコンを使用していません。` : t`当社のウェブサイトでは、Cookieを使用していません。`),
    "cookies.no-personal-identification": () => t`Cookieには、個人を特定する情報は含まれません。`,
    "logs.collected": () => t`当社のウェブサイトでは、アクセスログを記録しています。`,
    "logs.not-collected": () => t`当社のウェブサイトでは、アクセスログを記録していません。`,
    "data-flow.sent": (p) => t`当社は、ご利用者の端末に関する次の情報を${p.party}に送信しています。`,
    "data-flow.received": (p) =>
      p.linked
        ? t`当社は、${p.party}から次の情報を取得し、当社が保有する個人データと結び付けて利用することがあります。`
        : t`当社は、${p.party}から次の情報を取得することがあります。`,
    "requests.intro": () => t`ご本人は、当社に対し、当社が開示等の権限を有する個人データ（保有個人データ）について、次の請求をすることができます。`,
    "requests.submission": (p) =>
      p.channels === undefined
          ? t`請求は、${p.window ?? []}までお申し出ください。`
          : p.window === undefined
            ? t`請求は、${p.channels}によりお申し出ください。`
            : t`請求は、${p.channels}により、${p.window}までお申し出ください。`,
    "requests.forms": (p) => t`請求にあたっては、当社所定の${p.forms}をご提出ください。`,
    "requests.delivery": (p) => t`開示は、${p.methods}により行います。`,
    "requests.refusal": () =>
      t`当社は、次の各号のいずれかに該当する場合には、保有個人データの全部又は一部を開示しないことがあります。`,
    "fee.charged": (p) => t`${p.kinds}の請求については、${p.unit === "per-item" ? "1件につき" : p.unit === "per-request" ? "1回の請求につき" : ""}${p.amount}の手数料をいただきます。`,
    "fee.actual-cost": (p) => (p.amount === undefined ? t`${p.kinds}の請求については、実費を手数料としていただきます。` : t`${p.kinds}の請求については、実費（${p.amount}）を手数料としていただきます。`),
    "fee.unspecified": (p) => t`${p.kinds}の請求については、所定の手数料をいただきます。`,
    "fee.payment": (p) => t`手数料は、${p.methods}によりお支払いください。`,
    "fee.postage": (p) => (p.borneBy === "requester" ? t`郵送料はご本人のご負担となります。` : t`郵送料は当社が負担します。`),
    "fee.free": (p) => t`${p.kinds}の請求については、手数料をいただきません。`,
    "complaints.window": (p) => t`苦情及び相談は、${p.window}で受け付けます。`,
    "contact.hours": (p) => t`${p.days} ${p.times}`,
    "contact.closed": (p) =>
      t`（${listed([...(p.holidays ? ["祝日"] : []), ...(p.periods === undefined ? [] : [p.periods]), ...(p.companyDays ? ["当社が別途定める日"] : [])], "及び")}を除く）`,
    "accredited.member": (p) => t`当社は、認定個人情報保護団体である${p.name}の対象事業者です。`,
    "accredited.none": () => t`当社が対象事業者となっている認定個人情報保護団体はありません。`,
    "changes.statement": (p) =>
      t`当社は、本方針を改定することがあります。改定したときは、${p.announcement === "website" ? "当社ウェブサイトに掲載して" : p.announcement === "notify" ? "ご本人に通知して" : "当社ウェブサイトに掲載し、ご本人に通知して"}お知らせします。改定後の本方針は、${p.effectiveFrom === "publication" ? "掲載した時点" : "改定後の本方針に定める日"}から適用します。`
  },
  headings: {
    policy: "個人情報保護方針",
    principles: "基本方針",
    "data-categories": "取得する個人情報",
    "acquisition-channels": "個人情報の取得方法",
    voluntariness: "個人情報の提供の任意性",
    purposes: "個人情報の利用目的",
    "purpose-change": "利用目的の変更",
    "purpose-notice": "利用目的の通知等をしない場合",
    "marketing-opt-out": "ご案内等の停止",
    "use-beyond-purpose": "利用目的の範囲を超えた取扱い",
    "third-party-provision": "個人データの第三者提供",
    provision: "提供の内容",
    "opt-out": "オプトアウトによる第三者提供",
    "my-number": "特定個人情報の提供",
    "joint-use": "個人データの共同利用",
    outsourcing: "個人データの取扱いの委託",
    "security-measures": "安全管理のために講じた措置",
    retention: "個人情報の保存期間",
    tracking: "Cookie・アクセスログ等",
    cookies: "Cookie",
    logs: "アクセスログ",
    "data-flows": "外部送信・外部からの情報の取得",
    requests: "保有個人データの開示等の請求",
    fees: "手数料",
    complaints: "苦情・相談への対応",
    "contact-windows": "お問い合わせ窓口",
    operator: "事業者の名称、住所及び代表者",
    "accredited-organization": "認定個人情報保護団体",
    "policy-changes": "本方針の改定",
    "additional-clause": "その他",
    history: "制定・改定"
  },
  labels: {
    category: "個人情報の種別",
    "category-items": "主な項目",
    sensitivity: "情報の区分",
    "disclosure-class": "開示区分",
    acquisition: "取得の方法",
    purpose: "個人情報の利用目的",
    entrusted: "委託を受けて取り扱う個人情報",
    "all-categories": "取得するすべての個人情報",
    "how-to-request": "請求の方法",
    "classes-differ": "種別により異なる",
    channel: "取得方法",
    "channel-examples": "具体例",
    "channel-obtained": "取得する情報",
    recipients: "提供先",
    "recipient-country": "提供先の所在する国",
    "recipient-country-system": "当該外国の個人情報の保護に関する制度",
    "recipient-measures": "提供先が講ずる個人情報の保護のための措置",
    "recipient-purposes": "提供先の利用目的",
    "recipient-items": "提供する項目",
    "provision-purposes": "提供の目的",
    "provision-items": "提供する個人データの項目",
    "provision-method": "提供の方法",
    "joint-use-items": "共同して利用される個人データの項目",
    "joint-use-users": "共同して利用する者の範囲",
    "joint-use-purposes": "利用する者の利用目的",
    "joint-use-responsible": "当該個人データの管理について責任を有する者の氏名又は名称及び住所並びに法人にあっては、その代表者の氏名",
    "joint-use-acquisition": "取得の方法",
    "selection-criteria": "委託先の選定基準",
    "contract-clauses": "委託契約に定める事項",
    supervision: "委託先の監督",
    "re-entrustment": "再委託",
    "as-contractor": "受託した個人情報の取扱い",
    "basic-policy": "基本方針の策定",
    "handling-rules": "個人データの取扱いに係る規律の整備",
    organizational: "組織的安全管理措置",
    human: "人的安全管理措置",
    physical: "物理的安全管理措置",
    technical: "技術的安全管理措置",
    "external-environment": "外的環境の把握",
    "retention-subject": "情報の種類",
    "retention-period": "保存期間",
    "retention-deletion": "削除方法",
    "retention-exceptions": "保存期間の例外",
    "cookie-purposes": "Cookieの利用目的",
    "cookie-tools": "利用している外部ツール",
    "cookie-opt-out": "Cookieの無効化",
    "log-items": "記録する情報",
    "log-purposes": "利用目的",
    "log-not-used-for": "次の目的には利用しません",
    "flow-sent-to": "送信先",
    "flow-received-from": "取得元",
    "flow-items": "情報の項目",
    "flow-purposes": "利用目的",
    "flow-opt-out": "停止の方法",
    rights: "請求できる内容",
    procedure: "請求の手順",
    identity: "本人確認",
    "response-time": "回答の時期",
    refusal: "開示しない場合",
    "requests-notes": "ご注意",
    "complaint-steps": "社内での対応",
    "external-desks": "外部の相談窓口",
    address: "所在地",
    phone: "電話番号",
    fax: "FAX",
    email: "電子メール",
    form: "お問い合わせフォーム",
    "other-channels": "その他の連絡方法",
    "reception-hours": "受付時間",
    manager: "責任者",
    department: "担当",
    "window-roles": "受付内容",
    name: "名称",
    representative: "代表者",
    country: "所在国",
    website: "ウェブサイト",
    "complaint-desk": "苦情解決の申出先",
    established: "制定",
    revised: "改定",
    effective: "施行",
    untranslated: "未翻訳",
    "table-of-contents": "目次",
    "opt-out-items": "通知等する事項",
    "not-third-party": "第三者への提供に該当しない場合",
    "responsible-for": "管理について責任を有する項目"
  },
  useExceptions: {
    ...commonExceptions,
    "academic-research-institution":
      "当社が学術研究機関等である場合であって、当該個人情報を学術研究の用に供する目的で取り扱う必要があるとき（当該個人情報を取り扱う目的の一部が学術研究目的である場合を含み、個人の権利利益を不当に侵害するおそれがある場合を除く。）",
    "academic-research-provision":
      "学術研究機関等に個人データを提供する場合であって、当該学術研究機関等が当該個人データを学術研究目的で取り扱う必要があるとき（当該個人データを取り扱う目的の一部が学術研究目的である場合を含み、個人の権利利益を不当に侵害するおそれがある場合を除く。）"
  },

  provisionExceptions: {
    ...commonExceptions,
    "academic-research-institution":
      "当社が学術研究機関等である場合であって、当該個人データの提供が学術研究の成果の公表又は教授のためやむを得ないとき（個人の権利利益を不当に侵害するおそれがある場合を除く。）",
    "academic-research-provision":
      "当該第三者が学術研究機関等である場合であって、当該第三者が当該個人データを学術研究目的で取り扱う必要があるとき（当該個人データを取り扱う目的の一部が学術研究目的である場合を含み、個人の権利利益を不当に侵害するおそれがある場合を除く。）",
    "academic-research-joint":
      "当社が学術研究機関等である場合であって、当該個人データを学術研究目的で提供する必要があるとき（当該個人データを提供する目的の一部が学術研究目的である場合を含み、個人の権利利益を不当に侵害するおそれがある場合を除く。）（当社と当該第三者が共同して学術研究を行う場合に限る。）"
  },

  nonNotificationGrounds: {
    "harm-to-person-or-third-party": "利用目的を本人に通知し、又は公表することにより本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合",
    "harm-to-operator": "利用目的を本人に通知し、又は公表することにより当社の権利又は正当な利益を害するおそれがある場合",
    "state-cooperation":
      "国の機関又は地方公共団体が法令の定める事務を遂行することに対して協力する必要がある場合であって、利用目的を本人に通知し、又は公表することにより当該事務の遂行に支障を及ぼすおそれがあるとき",
    "obvious-from-circumstances": "取得の状況からみて利用目的が明らかであると認められる場合"
  },
  refusalGrounds: {
    "harm-to-person-or-third-party": "本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合",
    "serious-business-hindrance": "当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合",
    "violates-other-law": "他の法令に違反することとなる場合"
  },
  optOutItems: {
    operator: "第三者への提供を行う個人情報取扱事業者の氏名又は名称及び住所並びに法人にあっては、その代表者の氏名",
    "provision-is-purpose": "第三者への提供を利用目的とすること",
    items: "第三者に提供される個人データの項目",
    "acquisition-method": "第三者に提供される個人データの取得の方法",
    "provision-method": "第三者への提供の方法",
    "stop-on-request": "本人の求めに応じて当該本人が識別される個人データの第三者への提供を停止すること",
    "request-method": "本人の求めを受け付ける方法",
    "update-method": "第三者に提供される個人データの更新の方法",
    "start-date": "当該届出に係る個人データの第三者への提供を開始する予定日"
  },
  rights: {
    "purpose-notification": "保有個人データの利用目的の通知",
    disclosure:
      "保有個人データの開示（電磁的記録の提供による方法、書面の交付による方法その他当社の定める方法のうち、ご本人が指示した方法による開示。当該方法による開示に多額の費用を要する場合その他の当該方法による開示が困難である場合は、その旨をお知らせしたうえで、書面の交付による方法により開示します。）",
    "provision-record-disclosure": "第三者提供記録の開示",
    correction: "保有個人データの内容が事実でない場合の、内容の訂正、追加又は削除",
    "use-stop": "保有個人データの利用の停止又は消去",
    "provision-stop": "保有個人データの第三者への提供の停止"
  },
  requestKinds: {
    "purpose-notification": "利用目的の通知",
    disclosure: "開示",
    "provision-record-disclosure": "第三者提供記録の開示",
    correction: "訂正等",
    "use-stop": "利用停止等",
    "provision-stop": "第三者提供の停止"
  },
  requesters: { person: "ご本人", "legal-representative": "法定代理人", "parental-authority": "親権者", "adult-guardian": "成年後見人", "appointed-agent": "任意代理人", "any-agent": "代理人" },
  submissionChannels: { post: "郵送", email: "電子メール", phone: "電話", "web-form": "ウェブサイトのフォーム", "in-person": "ご来社" },
  deliveryMethods: { paper: "書面の交付", electronic: "電磁的記録の提供", other: "当社の定める方法" },
  paymentMethods: {
    "postage-stamps": "郵便切手",
    "postal-money-order": "郵便小為替",
    "bank-transfer": "銀行振込",
    cash: "現金",
    "credit-card": "クレジットカード",
    "cash-on-delivery": "代金引換",
    other: "当社の定める方法"
  },
  sensitivities: {
    ordinary: "一般",
    "special-care": "要配慮個人情報",
    "my-number": "特定個人情報",
    pseudonymized: "仮名加工情報",
    anonymized: "匿名加工情報"
  },
  disclosureClasses: { disclosable: "開示対象", "non-disclosable": "非開示" },
  acquisitionMethods: {
    "from-person-in-writing": "ご本人から書面で直接取得",
    "from-person": "ご本人から取得",
    "from-third-party": "第三者から取得",
    "from-opt-out-provision": "オプトアウトによる第三者提供を受けて取得",
    "from-public-sources": "公開情報から取得",
    automatic: "自動的に取得（Cookie、ログ等）"
  },
  weekdays: { mon: "月", tue: "火", wed: "水", thu: "木", fri: "金", sat: "土", sun: "日", holiday: "祝日" },
  windowRoles: { inquiries: "お問い合わせ", requests: "開示等の請求", complaints: "苦情・相談" }
} satisfies Catalog
