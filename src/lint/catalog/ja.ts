/**
 * The lint rules' texts in Japanese (see `en.ts`): the same rule ids and
 * message keys, checked by the type.
 *
 * @since 0.3.0
 */
import type { CatalogLike, LintTerms } from "./RuleTexts.ts"

/** @since 0.3.0 */
export const ja = {
  "abstract-purpose": {
    description: "利用目的が本人に利用の範囲を予測できる程度に具体的である",
    severityReason: "警告: 利用目的から利用の範囲を予測できるかは程度の判断である（17条1項「できる限り」）。このルールは委員会の例を知っているだけで、文脈の中での読まれ方は分からない",
    messages: {
    "abstract": {
        text: "利用目的 `{id}` は抽象的で利用の範囲を予測できない: `{text}`",
        help: "どの情報で何をするのかを書く（例: 「新商品・サービスに関する情報のお知らせのため」）"
      }
    }
  },
  "accredited-organization-incomplete": {
    description: "対象事業者である認定個人情報保護団体の名称と苦情の申出先が示されている",
    severityReason: "警告: 団体の名称と苦情の申出先は本人の知り得る状態に置けば足り、別のページや求めに応じた回答でもよい（32条1項、施行令10条3号）",
    messages: {
    "missing-name": {
        text: "認定個人情報保護団体の対象事業者だが団体の名称がない",
        help: "`accreditedOrganization.name` を記載する"
      },
    "missing-complaint-desk": {
        text: "認定個人情報保護団体 `{name}` の苦情の申出先がない",
        help: "`accreditedOrganization.complaintDesk`（と所在地・電話番号）を記載する"
      }
    }
  },
  "agent-requests": {
    description: "法定代理人・任意代理人による請求を受け付け、その確認方法が示されている",
    severityReason: "代理人を受け付けないと文書が述べる場合はエラー: 37条3項が認めない拒否である。本人確認の記載に代理人がない場合は警告: 代理権の確認方法は請求書の様式等で示されているかもしれず、文書からは分からない",
    messages: {
    "agents-refused": {
        text: "代理人による請求を受け付けないとしている: `{text}`",
        help: "法定代理人・任意代理人による請求を受け付け、代理権の確認方法を記載する（37条3項、施行令13条）"
      },
    "no-agents": {
        text: "本人確認の記載が本人のみで、法定代理人・任意代理人について記載がない",
        help: "`requests.identity` に `legal-representative` と `appointed-agent` の確認書類を加える"
      },
    "agent-kind-missing": {
        text: "本人確認の記載に `{present}` はあるが `{missing}` がない",
        help: "`requests.identity` に `{missing}` の確認方法を加える"
      }
    }
  },
  "anonymized-data": {
    description: "匿名加工情報の項目が公表され、提供する場合は提供する項目と方法が公表されている",
    severityReason: "警告: 43条3項・4項の公表は別のページで行ってもよく（施行規則はインターネットの利用その他の適切な方法によるとする）、文書からは分からない",
    messages: {
    "no-items": {
        text: "匿名加工情報 `{id}` に含まれる項目が公表されていない",
        help: "`anonymized.items` に項目を記載する（43条3項。別の場所で公表している場合を除く）"
      },
    "provision-unpublished": {
        text: "匿名加工情報 `{id}` を提供しているが、提供する項目と提供の方法が公表されていない",
        help: "`anonymized.provision` に提供する項目と方法を記載し（43条4項）、提供先に匿名加工情報である旨を明示する"
      }
    }
  },
  "category-without-purpose": {
    description: "利用目的のない個人情報の種別がない",
    severityReason: "警告: 利用目的は別のページで公表し、又は取得の際に通知してもよく（21条1項・32条1項2号）、その種別の利用目的がどこにも公表されていないことは文書からは分からない。受託した個人情報については、法律は受託者に利用目的を求めていない",
    messages: {
    "uncovered": {
        text: "個人情報の種別 `{id}` を対象とする利用目的がない",
        help: "対象となる利用目的の `categories` に `{id}` を加える（別の場所で公表し、又は取得の際に通知している場合を除く）"
      },
    "my-number-needs-explicit-purpose": {
        text: "特定個人情報の種別 `{id}` は `categories: all` の利用目的しかないが、`all` は特定個人情報には及ばない",
        help: "特定個人情報を使う個人番号関係事務等の利用目的の `categories` に `{id}` を名指しで加える（番号法9条）"
      },
    "entrusted-without-purpose": {
        text: "受託した個人情報の種別 `{id}` を名指しする利用目的がない",
        help: "受託者に利用目的の公表義務はないが、ガードは利用目的が名指ししない限り受託データの利用をすべて拒否する。「委託元から委託された業務の遂行のため」のような利用目的を `categories: [{id}]` で加える"
      }
    }
  },
  "complaint-contact-missing": {
    description: "取扱いに関する苦情の申出先が公表されている",
    severityReason: "警告: 苦情の申出先は本人の知り得る状態に置けば足り、別のページでもよい（32条1項、施行令10条2号）。ないことは文書からは分からない",
    messages: {
    "missing": {
        text: "苦情を受け付ける窓口が示されていない",
        help: "窓口の `roles` に `complaints` を加えるか、`complaints.window` を指定する"
      }
    }
  },
  "consent-default": {
    description: "目的外利用と第三者提供には、法定の例外を除き本人の同意が必要とされている",
    severityReason: "エラー: 同意を要しないと文書自体が宣言しており、18条1項・27条1項が禁じる取扱いである。文書の外の事実でこの記載が正しくなることはない",
    messages: {
    "use-without-consent": {
        text: "目的外利用に同意を要しないとしている",
        help: "`useBeyondPurpose.consentRequired: true` にする"
      },
    "provision-without-consent": {
        text: "第三者提供に同意を要しないとしており、オプトアウトもない",
        help: "`thirdPartyProvision.consentRequired: true` にするか、届け出たオプトアウトを記載する"
      }
    }
  },
  "contact-unreachable": {
    description: "問い合わせ窓口ごとに連絡手段が示されている",
    severityReason: "警告: 窓口の所在地・電話・フォームは別の場所（お問い合わせページ等）に公表されていてもよく（32条1項）、文書だけでは窓口に連絡できないとはいえない",
    messages: {
    "no-window": {
        text: "問い合わせ窓口が示されていない",
        help: "`contactWindows` に所在地・電話・メール・フォームのいずれかを備えた窓口を記載する"
      },
    "unreachable": {
        text: "問い合わせ窓口 `{id}` に所在地・電話番号・メールアドレス・フォーム等の連絡手段がない",
        help: "`address`・`phones`・`emails`・`form`・`otherChannels` の少なくとも一つを記載する"
      }
    }
  },
  "disclosure-method": {
    description: "開示の方法を本人が選ばない方法に限定していない",
    severityReason: "エラー: 33条1項・2項が本人の選択に委ねる開示の方法を、文書自体が限定している。他でどうしていようと、法律が許さない取扱いの記載である",
    messages: {
    "paper-only": {
        text: "開示を書面に限っているが、開示の方法は本人が指示でき、電磁的記録も含まれる",
        help: "`requests.delivery: [electronic, paper]` とし、本人が指示した方法により開示し、困難な場合は書面の交付による旨を記載する（33条2項）"
      },
    "excludes-choice": {
        text: "開示を `{methods}` に限っており、本人が指示できる `{missing}` を除いている",
        help: "`requests.delivery` に `electronic` と `paper` を含める（本人がその中から指示する、33条1項・規則30条）"
      }
    }
  },
  "empty-recipients": {
    description: "提供先の一覧を掲げる場合、提供先が記載されている",
    severityReason: "警告: 法律は提供先の名称の記載を求めていない（27条1項は同意の対象を判断できること、28条2項は国名等を求める）。空の一覧は起草上の欠陥であって違反ではない",
    messages: {
    "empty": {
        text: "提供 `{id}` は提供先を掲げているが一つも記載されていない",
        help: "`recipients` に提供先（又は提供先の範囲）を記載する"
      }
    }
  },
  "exception-lists-mixed": {
    description: "18条3項・27条1項、21条4項、33条2項の各号を混同していない",
    severityReason: "エラー: 別の各号の文言で書かれた事由は、法律が与えていない権限を主張している（33条2項の事由で訂正を拒む、21条4項の事由で目的外利用する）。受け付けない請求の不開示事由は、請求の一覧と矛盾する",
    messages: {
    "other-list": {
        text: "{list}の `{id}` の文言が{other}の事由になっている",
        help: "該当する各号に移すか、法律の文言に戻す"
      },
    "other-item": {
        text: "`{id}` の文言が同じ各号の `{other}` の内容になっている",
        help: "識別子を `{other}` にするか文言を直す"
      },
    "refusal-beyond-disclosure": {
        text: "開示しない事由（33条2項）が開示以外の請求にも及ぼされている",
        help: "不開示は開示の請求に限る。訂正等（34条）・利用停止等（35条）にはそれぞれの要件がある"
      },
    "refusal-without-disclosure": {
        text: "不開示事由が記載されているが、開示の請求を受け付けていない",
        help: "`requests.kinds` に `disclosure` を加える"
      }
    }
  },
  "fee-amount-missing": {
    description: "手数料の額が記載されている",
    severityReason: "警告: 手数料の額は本人の知り得る状態に置けば足り（32条1項3号）、請求書の様式に記載されていてもよい。どこにも公表されていないことは文書からは分からない",
    messages: {
    "no-amount": {
        text: "手数料 `{id}` の額が記載されていない",
        help: "`amount` に円単位の額（例: `1000`）と `taxIncluded` を記載する"
      }
    }
  },
  "fee-on-free-request": {
    description: "訂正等・利用停止等・第三者提供の停止に手数料を課していない",
    severityReason: "エラー: 法律が認めない手数料を文書自体が課している（38条1項）。違法な取扱いの記載である",
    messages: {
    "fee-not-allowed": {
        text: "手数料 `{id}` が `{kind}` の請求に課されているが、法律上無償である",
        help: "手数料の `kinds` から `{kind}` を除く"
      }
    }
  },
  "foreign-country-unnamed": {
    description: "外国で個人データを取り扱う場合、安全管理措置に外的環境の把握と国名が示されている",
    severityReason: "警告: 実際に外国でデータを取り扱っているかは文書から分からないことがあり（「外国で保管するときは」という条件文、データを自らのものとして保有する提供先）、安全管理措置は求めに応じて回答してもよい（施行令10条1号）",
    messages: {
    "unnamed": {
        text: "外国での取扱いに触れているが国名がない",
        help: "`securityMeasures.externalEnvironment.countries` に国コード（例: `US`）を記載する。外国で取り扱わない場合はこの記載を削る"
      },
    "environment-missing": {
        text: "{what} `{name}` は `{country}` にあるが、安全管理措置に外的環境の把握の記載がない",
        help: "`{country}` で個人データを取り扱う（自社又は委託先）場合は、`securityMeasures.externalEnvironment` に国名と制度の把握を記載する"
      },
    "may-be-abroad": {
        text: "提供 `{id}` は外国にある提供先を含みうるが、安全管理措置に外的環境の把握の記載がない",
        help: "外国で個人データを取り扱う場合は、`securityMeasures.externalEnvironment` に国名を記載する"
      },
    "country-not-listed": {
        text: "委託先 `{name}` は `{country}` にあるが、外的環境の把握に挙げた国に含まれていない",
        help: "`securityMeasures.externalEnvironment.countries` に `{country}` を加える"
      }
    }
  },
  "foreign-route": {
    description: "外国にある第三者にオプトアウトで提供せず、外国への委託・共同利用には28条1項の同意が示されている",
    severityReason: "外国へのオプトアウトによる提供はエラー: 28条1項が27条2項の適用を除く「外国にある第三者」への同意なき提供を文書が述べている。外国への委託・共同利用は警告: 28条1項の同意は方針の外（登録時など）で得ているかもしれず、文書からは分からない",
    messages: {
    "opt-out-abroad": {
        text: "オプトアウトによる提供 `{id}` の提供先 `{name}` は `{country}` にある外国にある第三者であり、28条1項によりオプトアウトは使えない",
        help: "外国にある第三者への提供についての本人の同意（28条1項）を得て提供するか、規則16条の体制を整備した提供先に限る"
      },
    "opt-out-may-be-abroad": {
        text: "オプトアウトによる提供 `{id}` は外国にある提供先を含みうるが、28条1項により外国にある第三者にはオプトアウトは使えない",
        help: "オプトアウトの提供先を国内（又は規則15条の国、規則16条の体制のある者）に限る"
      },
    "entrustee-abroad": {
        text: "委託先 `{name}` は `{country}` にあるが、外国にある第三者への提供の同意が示されていない",
        help: "28条2項の情報を提供した上で外国にある第三者への提供について本人の同意を得て、その旨を記載する（`mayIncludeForeignRecipients` 又は `{country}` の提供先を持ち、そのデータを対象とする同意による提供）。又は規則16条の体制を整備した相手を選ぶ（`systemBased`）"
      },
    "joint-user-abroad": {
        text: "共同利用者 `{name}` は `{country}` にあるが、外国にある第三者への提供の同意が示されていない",
        help: "28条2項の情報を提供した上で外国にある第三者への提供について本人の同意を得て、その旨を記載する（`mayIncludeForeignRecipients` 又は `{country}` の提供先を持ち、そのデータを対象とする同意による提供）。又は規則16条の体制を整備した相手を選ぶ（`systemBased`）"
      }
    }
  },
  "foreign-transfer-info": {
    description: "外国にある第三者への提供の同意に際し、国名・制度・提供先の措置が示されているか、示せない理由が示されている",
    severityReason: "警告: 28条2項の情報は同意を得ようとする際に本人に提供するもので、方針ではなく同意画面で提供してもよい。提供していないことは文書からは分からない",
    messages: {
    "countries-unnamed": {
        text: "提供 `{id}` は外国にある提供先を含みうるが、国名もそれを特定できない理由も示されていない",
        help: "提供先ごとに `country`・`countrySystem`・`recipientMeasures` を記載するか、`countryUnidentified` に特定できない理由を記載する（規則17条3項）"
      },
    "country-missing": {
        text: "提供 `{id}` の提供先 `{recipient}` は外国にありうるが国名がない",
        help: "提供先の `country` を記載する（国内なら `JP`）"
      },
    "system-missing": {
        text: "`{country}` にある提供先 `{recipient}` について、その国の個人情報保護制度が示されていない",
        help: "`countrySystem` を記載する（委員会が国ごとの制度の概要を公表している）"
      },
    "measures-missing": {
        text: "`{country}` にある提供先 `{recipient}` が講ずる措置が示されていない",
        help: "`recipientMeasures` を記載するか、提供の `measuresUnavailable` に提供できない理由を記載する（規則17条4項）"
      }
    }
  },
  "internal-consistency": {
    description: "方針の記載が互いに矛盾していない",
    severityReason: "エラー: 文書の二つの記載が両立せず、事実がどうであれ一方は本人に誤った情報を与える",
    messages: {
    "cookies-unused-but-described": {
        text: "Cookie を使用しないとしているが `{field}` が記載されている",
        help: "`tracking.cookies.used: true` にするか `{field}` を削る"
      },
    "cookies-unused-but-collected": {
        text: "Cookie を使用しないとしているが `{what}` を取得している",
        help: "`tracking.cookies.used: true` にする"
      },
    "cookie-data-linked": {
        text: "Cookie の情報は個人を特定しないとしているが、`{id}` で Cookie による情報を個人データと紐付けている",
        help: "紐付けた時点で個人情報になる。`identifiesPersons: false` をやめ、その利用目的を示す"
      },
    "logs-uncollected-but-described": {
        text: "ログを取得しないとしているが `{field}` が記載されている",
        help: "`tracking.logs.collected: true` にするか `{field}` を削る"
      },
    "outsourcing-unused-but-described": {
        text: "委託しないとしているが、{what}",
        help: "`outsourcing.used: true` にするか該当の記載を削る"
      },
    "opt-out-unused-but-described": {
        text: "オプトアウトによる提供を行わないとしているが、オプトアウトが記載されている",
        help: "`thirdPartyProvision.optOut` か `usesOptOut: false` のどちらかを削る"
      },
    "fee-amount-contradicts": {
        text: "手数料 `{id}` は{amount}円だが、本文は{named}円としている",
        help: "`amount` と本文の金額を一致させる"
      },
    "hours-contradict": {
        text: "窓口 `{id}` の受付時間と注記が矛盾している: {detail}",
        help: "`receptionHours.days`・`windows` を注記と一致させる"
      },
    "not-member-but-named": {
        text: "認定個人情報保護団体に属さないとしているが団体が記載されている",
        help: "`accreditedOrganization.member: true` にするか名称を削る"
      }
    }
  },
  "joint-use-incomplete": {
    description: "共同利用ごとに項目・範囲・利用目的・責任者が全て示されている",
    severityReason: "警告: 五つの事項はあらかじめ本人に通知し、又は本人が容易に知り得る状態に置けば足り（27条5項3号）、別のページや本人への通知でもよい。そうでないことは文書からは分からない。この方針がその公表の場である場合、共有は同意を要する提供であり、ガードもそのように扱う",
    messages: {
    "no-items": {
        text: "共同利用 `{id}` に共同して利用される項目がない",
        help: "`items` に項目を記載する"
      },
    "no-users": {
        text: "共同利用 `{id}` に共同して利用する者の範囲がない",
        help: "`users` に利用者を列挙するか、`usersRange` に範囲を記載する"
      },
    "no-purposes": {
        text: "共同利用 `{id}` に利用する者の利用目的がない",
        help: "`purposes` に当社の利用目的を指定するか、`purposesText` に利用する者の利用目的を記載する"
      },
    "no-responsible-address": {
        text: "共同利用 `{id}` の責任者 `{name}` の住所がない",
        help: "責任者の `address` を記載する"
      },
    "no-responsible-representative": {
        text: "共同利用 `{id}` の責任者 `{name}` の代表者の氏名がない",
        help: "責任者の `representatives` に役職と氏名を記載する"
      },
    "unnamed-representative": {
        text: "共同利用 `{id}` の責任者の代表者 `{title}` の氏名がない",
        help: "代表者の氏名が必要"
      }
    }
  },
  "my-number-provision": {
    description: "特定個人情報を共同利用・オプトアウト・同意による提供の対象にせず、その旨を示している",
    severityReason: "特定個人情報を共同利用・オプトアウト・同意による提供の対象にする記載はエラー: 番号法19条が禁じる提供を文書が述べている。除外の記載がないことは警告: 記載を求める規定はなく、同意条項が特定個人情報に及ぶと読まれないための望ましい実務である",
    messages: {
    "joint-use": {
        text: "特定個人情報 `{id}` が共同利用 `{use}` の対象になっている",
        help: "共同利用から `{id}` を除く（特定個人情報は共同利用できない）"
      },
    "opt-out": {
        text: "特定個人情報 `{id}` がオプトアウトの対象になっている",
        help: "`optOut.categories` から `{id}` を除く"
      },
    "consent-provision": {
        text: "特定個人情報 `{id}` が提供 `{provision}`（{basis}）の対象になっている",
        help: "特定個人情報は番号法の定める場合にのみ提供できる。`{id}` を除く"
      },
    "no-statement": {
        text: "特定個人情報（`{id}`）を扱い同意による提供を定めているが、特定個人情報を除く旨がない",
        help: "`thirdPartyProvision.myNumber` に、特定個人情報は番号法の定める場合を除き提供しない旨を記載する"
      }
    }
  },
  "my-number-purposes": {
    description: "特定個人情報の利用目的が個人番号関係事務・個人番号利用事務に限られている",
    severityReason: "警告: 利用目的が個人番号関係事務等に当たるかはタグか文言から読むしかなく、このルールの知らない言い方で事務を述べているかもしれない",
    messages: {
    "not-an-affair": {
        text: "利用目的 `{id}` は特定個人情報 `{category}` を対象とするが、個人番号関係事務等に当たらない",
        help: "利用目的を番号法の事務に限って `my-number-affairs` のタグを付けるか、`categories` から `{category}` を除く"
      }
    }
  },
  "no-purposes": {
    description: "利用目的が少なくとも一つ公表されている",
    severityReason: "警告: 利用目的は別のページで公表し、又は取得の際に通知してもよい（21条1項・32条1項2号）。どこにも公表されていないことは文書からは分からない",
    messages: {
    "none": {
        text: "利用目的が一つも公表されていない",
        help: "`purposes.items` に利用目的と対象の種別を記載する"
      }
    }
  },
  "non-disclosable-reason": {
    description: "非開示とした種別に理由が示されている",
    severityReason: "警告: 保有個人データに当たらないかは、文書が述べる必要のない事実（施行令5条の支障、受託データかどうか）による",
    messages: {
    "no-reason": {
        text: "個人情報の種別 `{id}` は非開示だが理由が示されていない",
        help: "`disclosure.reason` に理由を記載する（受託した個人情報なら `disclosure.entrusted: true`）"
      }
    }
  },
  "non-statutory-provision-ground": {
    description: "同意のない提供の根拠が法律の定めるものに限られている",
    severityReason: "業務上の必要はエラー: 27条にない同意なき提供の事由を文書自体が宣言しており、文書の外のどんな事実もこの事由を適法にしない。公開情報は警告: 事項を通知し届出をしていればオプトアウトとして適法であり、そのいずれかは文書から分からない（`opt-out-incomplete` と同じ）",
    messages: {
    "business-necessity": {
        text: "提供事由 `{id}` は業務上の必要による同意のない提供であり、法律上認められていない",
        help: "同意を得るか、実態が委託・共同利用であればその要件を満たして記載する"
      },
    "public-information": {
        text: "提供事由 `{id}` は公開情報の同意のない提供であり、委員会に届け出たオプトアウトとしてしか認められていない",
        help: "この事由を削るか、届け出たオプトアウトとして `thirdPartyProvision.optOut` に記載する"
      }
    }
  },
  "operator-identity": {
    description: "事業者の名称・住所、法人の代表者氏名、外国事業者の国名が公表されている",
    severityReason: "警告: 名称・住所・代表者は本人の知り得る状態に置けば足り（32条1項）、会社概要のページにあってもよい。どこにも公表されていないことは文書からは分からない",
    messages: {
    "missing-name": {
        text: "事業者の名称が公表されていない",
        help: "`operator.name` に正式な名称を記載する"
      },
    "missing-address": {
        text: "事業者の住所が公表されていない",
        help: "`operator.address` に住所を記載する（問い合わせ窓口の所在地では足りない）。会社概要など別のページで公表している場合はそれでもよい"
      },
    "missing-representative": {
        text: "`{name}` は法人だが代表者の氏名が公表されていない",
        help: "`operator.representatives` に役職と氏名を記載する（例: 代表取締役 山田 太郎）"
      },
    "unnamed-representative": {
        text: "代表者 `{title}` の氏名がない",
        help: "役職だけでなく代表者の氏名が必要"
      },
    "missing-country": {
        text: "事業者の住所 `{address}` は国内のものではないが国名がない",
        help: "`operator.country` に国コード（例: `US`）を記載して住所を完全にする（外国の住所は国名まで含めて住所である）"
      }
    }
  },
  "opt-out-forbidden-data": {
    description: "オプトアウトの対象に要配慮個人情報やオプトアウトで取得した個人データが含まれていない",
    severityReason: "エラー: 27条2項ただし書がオプトアウトから除くデータを、文書自体がオプトアウトの対象にしている（オプトアウトを用いる場合を述べるだけの記載でも同じ）。届出や通知によって適法になることはない",
    messages: {
    "special-care": {
        text: "オプトアウトの対象に要配慮個人情報を含む種別 `{id}` が含まれている",
        help: "`optOut.categories` から除く（要配慮個人情報の提供には同意が必要）"
      },
    "received-by-opt-out": {
        text: "オプトアウトの対象に、オプトアウトにより取得した種別 `{id}` が含まれている",
        help: "オプトアウトで取得した個人データはオプトアウトで提供できない"
      },
    "acquired-by-opt-out": {
        text: "オプトアウトで提供する個人データがオプトアウトにより取得されたものである",
        help: "同意を得て提供する"
      }
    }
  },
  "opt-out-incomplete": {
    description: "オプトアウトによる提供が全ての通知事項を示し、委員会に届け出られている",
    severityReason: "届出をしていないと文書が述べる場合（`notifiedToCommission: false`）はエラー: 27条2項が認めない同意なき提供を述べている。事項の欠落や届出の記載がないことは警告: 事項は別の場所で通知し又は容易に知り得る状態に置いてもよく、届出は委員会が公表する事実で方針からは分からない。オプトアウトを用いる場合を述べるだけの記載も、取扱いを宣言していないので警告",
    messages: {
    "missing-item": {
        text: "オプトアウトの通知事項「{label}」（27条2項{item}号、`{key}`）が記載されていない",
        help: "`thirdPartyProvision.optOut` に `{key}` を記載する（別の場所で通知し又は容易に知り得る状態に置いている場合を除く）"
      },
    "filing-unstated": {
        text: "オプトアウトによる提供を個人情報保護委員会に届け出ていることが示されていない",
        help: "委員会が公表する届出を確認して `notifiedToCommission: true` とする。届け出ていない場合は同意を得て提供する"
      },
    "not-filed": {
        text: "オプトアウトによる提供を個人情報保護委員会に届け出ていないとしている",
        help: "委員会に届け出て `notifiedToCommission: true` とする。それまでは同意を得て提供する"
      },
    "conditional": {
        text: "オプトアウトの条項は、オプトアウトを用いる場合を述べるだけである。用いるには27条2項の全ての事項を通知し又は容易に知り得る状態に置き、委員会に届け出る必要がある",
        help: "オプトアウトによる提供を行わないなら条項を削りその旨を記載する（`usesOptOut: false`）。行うなら全ての事項を記載して届け出る"
      }
    }
  },
  "profiling-purpose": {
    description: "プロファイリングや広告のターゲティングに使う場合、分析することが利用目的に書かれている",
    severityReason: "警告: 実際に分析しているか、利用目的からそれを予測できるかは兆候からの判断であり、文書からは分からない",
    messages: {
    "ad-targeting-purpose": {
        text: "利用目的 `{name}` は広告の最適化を行うが、行動や関心を分析することを述べた利用目的がない",
        help: "分析することが分かる利用目的を加え（例: 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」）、`profiling` のタグを付ける"
      },
    "linked-data-flow": {
        text: "`{name}` で取得した情報を個人データと紐付けているが、行動や関心を分析することを述べた利用目的がない",
        help: "分析することが分かる利用目的を加え（例: 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」）、`profiling` のタグを付ける"
      },
    "ad-provision": {
        text: "広告配信のために個人データを提供している（`{name}`）が、行動や関心を分析することを述べた利用目的がない",
        help: "分析することが分かる利用目的を加え（例: 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」）、`profiling` のタグを付ける"
      },
    "tracking-cookies": {
        text: "本人を識別する Cookie を広告や個別最適化に使っているが、行動や関心を分析することを述べた利用目的がない",
        help: "分析することが分かる利用目的を加え（例: 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」）、`profiling` のタグを付ける"
      },
    "behavioural-items": {
        text: "行動に関する情報 `{name}` を取得しているが、行動や関心を分析することを述べた利用目的がない",
        help: "分析することが分かる利用目的を加え（例: 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」）、`profiling` のタグを付ける"
      }
    }
  },
  "provision-purpose-missing": {
    description: "第三者提供を予定している場合、第三者提供が利用目的に含まれている",
    severityReason: "警告: 利用目的は別の場所で公表し、又は取得の際に通知してもよい（21条1項）。第三者提供がどこにも利用目的として示されていないことは文書からは分からない",
    messages: {
    "missing": {
        text: "第三者提供を予定している（`{what}`）が、第三者提供が利用目的に含まれていない",
        help: "「第三者への提供（提供先・項目は第N条のとおり）」のような利用目的を加え、`third-party-provision` のタグを付ける"
      }
    }
  },
  "pseudonymized-data": {
    description: "仮名加工情報を第三者に提供せず、公表した利用目的の外で利用せず、開示等の請求の対象にしていない",
    severityReason: "仮名加工情報を同意又はオプトアウトによる提供の対象にし、又は開示等の請求の対象とする記載はエラー: 41条6項・7項・9項が認めない取扱いを述べている。仮名加工情報を除いていない目的外利用の一般条項と、利用目的の欠落は警告: 別の箇所で述べているかもしれず、利用目的は別のページで公表してもよい（41条4項）",
    messages: {
    "provided": {
        text: "仮名加工情報 `{id}` が提供 `{provision}`（{basis}）の対象になっているが、41条6項により提供できない",
        help: "提供の対象から `{id}` を除く（仮名加工情報は同意があっても法令に基づく場合を除き第三者に提供できない）"
      },
    "opt-out": {
        text: "オプトアウトの対象に仮名加工情報 `{id}` が含まれているが、41条6項により提供できない",
        help: "`optOut.categories` には他の種別だけを挙げる"
      },
    "disclosable": {
        text: "仮名加工情報 `{id}` が開示対象とされているが、41条9項により開示等の請求の対象外であり、41条7項により本人の識別は禁じられている",
        help: "`disclosure.class: non-disclosable` にする（理由は法律による: 41条9項）"
      },
    "use-beyond-purpose": {
        text: "目的外利用の条項（{how}）が仮名加工情報 `{id}` にも及んでいるが、仮名加工情報の目的外利用は法令に基づく場合に限られる",
        help: "`useBeyondPurpose.text` に、仮名加工情報は法令に基づく場合を除き利用目的の範囲を超えて取り扱わない旨を記載する（41条3項）"
      },
    "no-purpose": {
        text: "仮名加工情報 `{id}` を対象とする利用目的がない",
        help: "対象となる利用目的に `{id}` を名指しする（41条4項: 公表が必要。別の場所で公表している場合を除く）"
      }
    }
  },
  "purpose-change-unrelated": {
    description: "利用目的の変更が変更前と関連性を有すると合理的に認められる範囲にとどまる",
    severityReason: "エラー: 17条2項が同意なしには認めない利用目的の変更を文書自体が留保している。違法な取扱いの記載である",
    messages: {
    "unrelated": {
        text: "変更前と関連性のない利用目的への変更を留保している",
        help: "`withinReasonableRelation: true` にする（それを超える変更には同意が必要）"
      }
    }
  },
  "purpose-without-category": {
    description: "利用目的がいずれかの種別を対象としている",
    severityReason: "警告: 法律は個人情報の種別の記載を求めていない。どの種別にも対応しない利用目的は文書の構造上の欠落であり、違反ではない",
    messages: {
    "no-categories": {
        text: "個人情報の種別が一つもないため、{count}件の利用目的がどの個人情報にも対応しない",
        help: "`dataCategories` に取り扱う個人情報の種別を記載する"
      },
    "serves-nothing": {
        text: "利用目的 `{id}` が対象とする種別がない",
        help: "`categories` に対象の種別を名指しする"
      }
    }
  },
  "request-procedures": {
    description: "開示等の請求の全ての種類（第三者提供記録の開示を含む）について手続が公表されている",
    severityReason: "警告: 手続は別のページ（請求書の様式と説明など）で公表してもよく（32条1項3号「本人の知り得る状態」）、本人確認や2022年の請求事由もここに書かれずに運用されているかもしれない。そうでないことは文書からは分からない",
    messages: {
    "no-requests": {
        text: "開示等の請求について記載がない",
        help: "`requests` に受け付ける請求の種類と請求の方法を記載する"
      },
    "missing-kind": {
        text: "{label}の請求（`{kind}`、{article}）に応じる手続がない",
        help: "`requests.kinds` に `{kind}` を加えて手続を記載する"
      },
    "no-identity-check": {
        text: "請求を受け付けるとしているが、請求者の本人確認の方法が示されていない",
        help: "`requests.identity`（本人・法定代理人・任意代理人ごと）又は `requests.verification` に本人確認の方法を記載する"
      },
    "old-grounds-only": {
        text: "`{kind}` の請求事由が2022年改正前のものに限られ、35条5項の事由がない",
        help: "35条5項の事由（利用する必要がなくなった場合、26条1項本文の事態が生じた場合、本人の権利又は正当な利益が害されるおそれがある場合）を加える"
      },
    "no-procedure": {
        text: "請求の申出先や方法が記載されていない",
        help: "`requests.submission`（方法と窓口）、`procedure`（手順）又は `forms`（様式）を記載する"
      }
    }
  },
  "security-measures": {
    description: "保有個人データの安全管理措置が具体的に公表されている",
    severityReason: "警告: 安全管理措置は別の場所で公表し、又は求めに応じて遅滞なく回答してもよい（施行令10条1号）。そのいずれでもないことは文書からは分からない",
    messages: {
    "none": {
        text: "安全管理措置が公表されていない",
        help: "`securityMeasures` に組織的・人的・物理的・技術的安全管理措置を記載する（又は `disclosureOnRequest` で求めに応じて回答する旨を記載する）"
      },
    "only-general": {
        text: "安全管理措置が一般的な記載にとどまっている",
        help: "講じている措置を具体的に記載する（`organizational`、`technical` など）。法令やガイドラインの遵守は措置の記載にならない"
      }
    }
  },
  "special-care-acquisition": {
    description: "第三者から又は自動的に取得する要配慮個人情報について、取得の根拠が示されている",
    severityReason: "警告: 方針に書かれていなくても同意を得ているか、20条2項各号に当たるかもしれない。そのいずれでもないことは文書からは分からない",
    messages: {
    "no-basis": {
        text: "種別 `{id}` は要配慮個人情報を含み{how}取得しているが、取得の根拠が示されていない",
        help: "`acquisition.specialCareBasis` に、あらかじめ本人の同意を得る場合は `consent`、そうでなければ該当する20条2項の号を記載する"
      }
    }
  },
  "system-based-statement": {
    description: "基準適合体制を整備した外国の提供先について、措置に関する情報を求めに応じて提供する旨が示されている",
    severityReason: "警告: 28条3項は求めに応じて情報を提供する義務であり、方針に書くことまでは求められていない。求められても提供しないことは文書からは分からない",
    messages: {
    "no-information-on-request": {
        text: "`{country}` の `{name}` は基準適合体制によるが、その措置に関する情報を求めに応じて提供する旨がない",
        help: "その旨を記載し `systemBased.informationOnRequest: true` とする（28条3項、規則18条3項）"
      }
    }
  }
} as const satisfies CatalogLike

/** @since 0.3.0 */
export const jaTerms = {
  optOutItems: {
    provisionIsPurpose: "第三者への提供を利用目的とすること",
    items: "第三者に提供される個人データの項目",
    acquisitionMethod: "第三者に提供される個人データの取得の方法",
    provisionMethod: "第三者への提供の方法",
    stopOnRequest: "本人の求めに応じて第三者への提供を停止すること",
    requestMethod: "本人の求めを受け付ける方法",
    updateMethod: "第三者に提供される個人データの更新の方法",
    startDate: "第三者への提供を開始する予定日"
  },
  requestKinds: {
    "purpose-notification": "利用目的の通知",
    disclosure: "開示",
    "provision-record-disclosure": "第三者提供記録の開示",
    correction: "訂正・追加・削除",
    "use-stop": "利用停止・消去",
    "provision-stop": "第三者提供の停止"
  },
  exceptionLists: {
    "18(3)": "目的外利用・同意のない提供の例外（18条3項・27条1項）",
    "21(4)": "利用目的の通知等をしない場合（21条4項）",
    "33(2)": "開示しない場合（33条2項）"
  },
  recipientRoles: { recipient: "提供先", entrustee: "委託先", "joint-user": "共同利用者" },
  outsourcingEvidence: {
    provisionGround: "委託に伴う提供を提供事由に挙げている",
    purpose: "委託に関する利用目的がある",
    field: ({ field }) => `\`${field}\` が記載されている`
  },
  hoursContradiction: {
    excludedDay: ({ day }) => `注記は \`${day}\` を除いているが、受付日に含まれている`,
    ranges: ({ given, windows }) => `注記は \`${given.join("、")}\`、受付時間は \`${windows.join("、")}\` としている`
  },
  consent: "本人の同意",
  indirectAcquisition: (methods) => methods.map((method) => (method === "automatic" ? "自動的に" : "第三者から")).join("又は")
} as const satisfies LintTerms
