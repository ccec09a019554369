/**
 * The lint rules' texts in English, one entry per rule id: what the rule
 * checks (`description`), why its findings have their severity, the law
 * behind it in a few sentences (`docs`), and each message with its advice
 * (`help`). Messages: lower-case start, no final period, user input in
 * backticks, `{placeholders}` filled by the rule's report. This catalog
 * defines the rule ids and message keys (`RuleId`, `MessageKey`); the
 * Japanese one must have exactly the same.
 *
 * @since 0.3.0
 */
import type { LintTerms, RuleTexts } from "./RuleTexts.ts"

/** @since 0.3.0 */
export const en = {
  "abstract-purpose": {
    description: "purposes are specific enough for the person to foresee the use",
    severityReason: "warning: whether a purpose lets the person foresee the use is a judgement of degree (17(1) 「できる限り」); the rule knows the PPC's examples, not how the purpose reads in its context",
    messages: {
    "abstract": {
        text: "the purpose `{id}` is too abstract to foresee the use: `{text}`",
        help: "say what is done with which data, e.g. 「新商品・サービスに関する情報のお知らせのため」"
      }
    }
  },
  "accredited-organization-incomplete": {
    description: "an accredited organization the operator belongs to is named, with where to complain",
    severityReason: "warning: the organization's name and complaint desk need only be where the person can know them, which includes another page or an answer on request (32(1), Order 10(iii))",
    messages: {
    "missing-name": {
        text: "the operator belongs to an accredited organization whose name is not given",
        help: "add `accreditedOrganization.name`"
      },
    "missing-complaint-desk": {
        text: "the accredited organization `{name}` has no complaint desk",
        help: "add `accreditedOrganization.complaintDesk` (and its address or phone)"
      }
    }
  },
  "agent-requests": {
    description: "requests may be made by a legal representative or an appointed agent, and the identity rules say how",
    severityReason: "error when the document turns agents away: it states a refusal 37(3) does not allow. Warning when its identity rules name no agent: how agents prove their authority may be set out on the request form, which the document cannot show",
    messages: {
    "agents-refused": {
        text: "the policy turns agents away: `{text}`",
        help: "accept requests by legal representatives and appointed agents, and say how their authority is confirmed (37(3), Cabinet Order 13)"
      },
    "no-agents": {
        text: "the identity rules cover only the person, not legal representatives or appointed agents",
        help: "add `requests.identity` entries for `legal-representative` and `appointed-agent` with the documents they bring"
      },
    "agent-kind-missing": {
        text: "the identity rules cover `{present}` but not `{missing}`",
        help: "add a `requests.identity` entry for `{missing}`"
      }
    }
  },
  "anonymized-data": {
    description: "anonymized data has its items published, and the items and method of provision before it is provided",
    severityReason: "warning: the 43(3) and 43(4) publications may be made on another page (the Enforcement Rules ask for the internet or another appropriate method), which the document cannot show",
    messages: {
    "no-items": {
        text: "the anonymized data `{id}` does not publish the items it contains",
        help: "list them in `anonymized.items` (43(3)), unless they are published elsewhere"
      },
    "provision-unpublished": {
        text: "the anonymized data `{id}` is provided, but the items provided and the method of provision are not published",
        help: "give `anonymized.provision` with the items and the method (43(4)), and tell the recipient that it is 匿名加工情報"
      }
    }
  },
  "category-without-purpose": {
    description: "no category of personal information is left without a purpose of use",
    severityReason: "warning: the purposes may be published on another page or notified when the data is acquired (21(1), 32(1)(ii)); the document cannot show that the category's purposes are published nowhere. For data handled for a client the law asks no purpose of the entrustee at all",
    messages: {
    "uncovered": {
        text: "no purpose of use covers the data category `{id}`",
        help: "name `{id}` in the `categories` of the purposes it serves, unless its purposes are published elsewhere or notified when it is acquired"
      },
    "my-number-needs-explicit-purpose": {
        text: "the My Number data category `{id}` is served only by `categories: all`, which does not cover My Number data",
        help: "name `{id}` in the purposes of the My Number affairs it serves (My Number Act 9)"
      },
    "entrusted-without-purpose": {
        text: "no purpose names the data category `{id}`, which is handled on a client's behalf",
        help: "the law asks no purpose of an entrustee, but the guard denies any use of entrusted data unless a purpose names it: add a purpose such as 「委託元から委託された業務の遂行のため」 with `categories: [{id}]`"
      }
    }
  },
  "complaint-contact-missing": {
    description: "the policy says where complaints about the handling of data go",
    severityReason: "warning: the complaint desk need only be where the person can know it, which includes another page (32(1), Order 10(ii)); the document cannot show that there is none",
    messages: {
    "missing": {
        text: "no contact window receives complaints",
        help: "add `complaints` to a window's `roles`, or set `complaints.window`"
      }
    }
  },
  "consent-default": {
    description: "use beyond the purposes and provision to third parties need consent, save the statutory exceptions",
    severityReason: "error: the document itself declares that consent is not needed, a practice Arts. 18(1) and 27(1) forbid; no fact outside the document can make the statement true",
    messages: {
    "use-without-consent": {
        text: "use beyond the purposes is declared not to need consent",
        help: "set `useBeyondPurpose.consentRequired: true`"
      },
    "provision-without-consent": {
        text: "provision to third parties is declared not to need consent, and there is no opt-out",
        help: "set `thirdPartyProvision.consentRequired: true`, or declare a filed opt-out"
      }
    }
  },
  "contact-unreachable": {
    description: "every contact window has a way to reach it",
    severityReason: "warning: a window's address, phone or form may be published elsewhere (a contact page), which 32(1) allows; the document alone cannot show that the window cannot be reached",
    messages: {
    "no-window": {
        text: "the policy gives no contact window",
        help: "add one under `contactWindows` with an address, phone, e-mail or form"
      },
    "unreachable": {
        text: "the contact window `{id}` has no address, phone, e-mail, form or other channel",
        help: "give at least one of `address`, `phones`, `emails`, `form`, `otherChannels`"
      }
    }
  },
  "disclosure-method": {
    description: "the policy does not restrict disclosure to a method the person did not choose",
    severityReason: "error: the document itself fixes a method of disclosure that 33(1)–(2) leave to the person; it states a practice the law forbids, whatever is done elsewhere",
    messages: {
    "paper-only": {
        text: "disclosure is made only on paper, but the person chooses the method, electronic records included",
        help: "set `requests.delivery: [electronic, paper]` and say that the method the person asks for is used, with paper where it is difficult (33(2))"
      },
    "excludes-choice": {
        text: "disclosure is made only by `{methods}`, which leaves out `{missing}` the person may ask for",
        help: "include `electronic` and `paper` in `requests.delivery`; the person chooses among them (33(1), Rule 30)"
      }
    }
  },
  "empty-recipients": {
    description: "a recipients list, when given, names someone",
    severityReason: "warning: the law does not require recipients to be named (27(1) asks that the person can judge what they consent to; 28(2) asks for the country, not names), so an empty list is a drafting defect rather than a breach",
    messages: {
    "empty": {
        text: "the provision `{id}` announces its recipients but lists none",
        help: "name each recipient (or the category of recipients) under `recipients`"
      }
    }
  },
  "exception-lists-mixed": {
    description: "the statutory reason lists of 18(3)/27(1), 21(4) and 33(2) are not mixed",
    severityReason: "error: a ground worded as another list's claims a power the law does not give (refusing correction on a 33(2) ground, using data beyond the purposes on a 21(4) ground), and refusal grounds for a request the document does not accept contradict its list of requests",
    messages: {
    "other-list": {
        text: "the wording of `{id}` in the list for {list} reads as a ground for {other}",
        help: "move the ground to the list it belongs to, or restore the statutory wording"
      },
    "other-item": {
        text: "the wording of `{id}` reads as the item `{other}` of the same list",
        help: "use the id `{other}`, or fix the wording"
      },
    "refusal-beyond-disclosure": {
        text: "grounds for refusing disclosure (33(2)) are applied to other requests",
        help: "limit the refusal to disclosure; correction (34) and use-stop or provision-stop (35) have their own conditions"
      },
    "refusal-without-disclosure": {
        text: "grounds for refusing disclosure are given, but disclosure is not among the requests accepted",
        help: "add `disclosure` to `requests.kinds`"
      }
    }
  },
  "fee-amount-missing": {
    description: "every fee states its amount",
    severityReason: "warning: the amount need only be where the person can know it (32(1)(iii)), e.g. on the request form; the document cannot show that it is published nowhere",
    messages: {
    "no-amount": {
        text: "the fee `{id}` has no amount",
        help: "give `amount` in yen (e.g. `1000`), and `taxIncluded`"
      }
    }
  },
  "fee-on-free-request": {
    description: "no fee is charged for correction, use-stop, erasure or stopping provision",
    severityReason: "error: the document itself charges a fee the law does not allow (38(1)); it states an unlawful practice",
    messages: {
    "fee-not-allowed": {
        text: "the fee `{id}` is charged for `{kind}` requests, which are free by law",
        help: "remove `{kind}` from the fee's `kinds`"
      }
    }
  },
  "foreign-country-unnamed": {
    description: "when data is held or processed abroad, the security measures describe the foreign environment and name the countries",
    severityReason: "warning: whether data is actually handled abroad is a fact the document may not show (a conditional 「外国で保管するときは」 sentence; a recipient that holds the data as its own), and the measures may be answered on request (Order 10(i))",
    messages: {
    "unnamed": {
        text: "the policy describes handling data abroad but names no country",
        help: "list the countries in `securityMeasures.externalEnvironment.countries` (e.g. `US`), or drop the section if no data is handled abroad"
      },
    "environment-missing": {
        text: "{what} `{name}` is in `{country}`, but the security measures say nothing of the foreign environment",
        help: "if personal data is handled in `{country}` (by the operator or its outsourcee), add `securityMeasures.externalEnvironment` with the country and what was learned of its system"
      },
    "may-be-abroad": {
        text: "the provision `{id}` may go to recipients abroad, but the security measures say nothing of the foreign environment",
        help: "if personal data is handled abroad, add `securityMeasures.externalEnvironment` with the countries"
      },
    "country-not-listed": {
        text: "the outsourcee `{name}` is in `{country}`, which the foreign environment does not list",
        help: "add `{country}` to `securityMeasures.externalEnvironment.countries`"
      }
    }
  },
  "foreign-route": {
    description: "no opt-out provision abroad; outsourcing and joint use abroad rest on a stated 28(1) consent",
    severityReason: "error for opt-out provision abroad: the document states a provision without consent to a 「外国にある第三者」, for which 28(1) disapplies 27(2). Warning for outsourcing or joint use abroad: the 28(1) consent may be obtained outside the policy (when the person signs up), which the document cannot show",
    messages: {
    "opt-out-abroad": {
        text: "the opt-out provision `{id}` goes to `{name}` in `{country}`, a third party abroad, for which 28(1) disapplies opt-out",
        help: "provide to it only with the person's consent to provision abroad (28(1)), or to a recipient with a Rule 16 system"
      },
    "opt-out-may-be-abroad": {
        text: "the opt-out provision `{id}` may go to recipients abroad, for which 28(1) disapplies opt-out",
        help: "limit the opt-out to recipients in Japan (or Rule 15 countries, or with a Rule 16 system)"
      },
    "entrustee-abroad": {
        text: "the outsourcee `{name}` is in `{country}`, but the policy states no consent to provision abroad for it",
        help: "obtain the person's consent to provision abroad, after the 28(2) information, and state it (a consent-based provision with `mayIncludeForeignRecipients` or a recipient in `{country}`, covering the data); or choose a party with a Rule 16 system (`systemBased`)"
      },
    "joint-user-abroad": {
        text: "the joint user `{name}` is in `{country}`, but the policy states no consent to provision abroad for it",
        help: "obtain the person's consent to provision abroad, after the 28(2) information, and state it (a consent-based provision with `mayIncludeForeignRecipients` or a recipient in `{country}`, covering the data); or choose a party with a Rule 16 system (`systemBased`)"
      }
    }
  },
  "foreign-transfer-info": {
    description: "consent to provision abroad comes with the country, its protection system and the recipient's measures, or says why they cannot be given",
    severityReason: "warning: the 28(2) information is given to the person when consent is sought, which may be on the consent screen rather than in the policy; the document cannot show that it is not given",
    messages: {
    "countries-unnamed": {
        text: "the provision `{id}` may go to recipients abroad but names no country, nor says why it cannot",
        help: "give each recipient's `country`, `countrySystem` and `recipientMeasures`, or `countryUnidentified` with the reason (Rule 17(3))"
      },
    "country-missing": {
        text: "the recipient `{recipient}` of `{id}` may be abroad but has no country",
        help: "give the recipient's `country` (`JP` if it is in Japan)"
      },
    "system-missing": {
        text: "the recipient `{recipient}` in `{country}` has no description of that country's protection system",
        help: "add `countrySystem` (the PPC publishes summaries per country)"
      },
    "measures-missing": {
        text: "the recipient `{recipient}` in `{country}` has no description of its protection measures",
        help: "add `recipientMeasures`, or the provision's `measuresUnavailable` with the reason (Rule 17(4))"
      }
    }
  },
  "internal-consistency": {
    description: "the policy does not contradict itself",
    severityReason: "error: two statements of the document cannot both be true, so one of them misinforms the person, whatever the facts are",
    messages: {
    "cookies-unused-but-described": {
        text: "cookies are said to be unused, but `{field}` lists some",
        help: "set `tracking.cookies.used: true`, or remove `{field}`"
      },
    "cookies-unused-but-collected": {
        text: "cookies are said to be unused, but `{what}` is collected",
        help: "set `tracking.cookies.used: true`"
      },
    "cookie-data-linked": {
        text: "cookie data is said to identify no one, but `{id}` links cookie data to personal data",
        help: "once linked, the data is personal information; drop `identifiesPersons: false` and give purposes for it"
      },
    "logs-uncollected-but-described": {
        text: "logs are said not to be collected, but `{field}` lists some",
        help: "set `tracking.logs.collected: true`, or remove `{field}`"
      },
    "outsourcing-unused-but-described": {
        text: "outsourcing is said not to happen, but {what}",
        help: "set `outsourcing.used: true`, or remove it"
      },
    "opt-out-unused-but-described": {
        text: "the policy says it does not provide data by opt-out, but describes an opt-out",
        help: "remove `thirdPartyProvision.optOut`, or `usesOptOut: false`"
      },
    "fee-amount-contradicts": {
        text: "the fee `{id}` is {amount} yen, but its text names {named} yen",
        help: "make `amount` and the published text agree"
      },
    "hours-contradict": {
        text: "the reception hours of the window `{id}` contradict their note: {detail}",
        help: "make `receptionHours.days` and `windows` say what the note says"
      },
    "not-member-but-named": {
        text: "the operator is said to belong to no accredited organization, but one is named",
        help: "set `accreditedOrganization.member: true`, or remove the name"
      }
    }
  },
  "joint-use-incomplete": {
    description: "each joint use states its items, users, purposes and responsible party in full",
    severityReason: "warning: the five matters need only be notified in advance or made easily knowable (27(5)(iii)), which another page or a notice to the person can do; the document cannot show that they are not. Where this policy is where they are published, sharing the data is provision that needs consent, and the guard treats it so",
    messages: {
    "no-items": {
        text: "the joint use `{id}` does not list the items used jointly",
        help: "list the data items under `items`"
      },
    "no-users": {
        text: "the joint use `{id}` does not say who the joint users are",
        help: "list them under `users`, or describe the range in `usersRange`"
      },
    "no-purposes": {
        text: "the joint use `{id}` does not say what the joint users use the data for",
        help: "name the operator's purposes in `purposes`, or word the joint users' own in `purposesText`"
      },
    "no-responsible-address": {
        text: "the responsible party `{name}` of the joint use `{id}` has no address",
        help: "add the party's `address`"
      },
    "no-responsible-representative": {
        text: "the responsible party `{name}` of the joint use `{id}` has no representative",
        help: "add the party's `representatives` with title and name"
      },
    "unnamed-representative": {
        text: "the representative `{title}` of the responsible party of the joint use `{id}` has no name",
        help: "the law asks for the representative's name"
      }
    }
  },
  "my-number-provision": {
    description: "My Number data is not in joint use, opt-out or consent-based provision, and the policy says so",
    severityReason: "error for My Number data in joint use, opt-out or consent-based provision: the document states a provision My Number Act 19 forbids. Warning for the missing statement: no provision requires the policy to say so; it is good practice, so that a consent clause is not read as reaching My Number data",
    messages: {
    "joint-use": {
        text: "the My Number data `{id}` is in the joint use `{use}`",
        help: "remove `{id}` from the joint use; My Number data cannot be used jointly"
      },
    "opt-out": {
        text: "the My Number data `{id}` is covered by the opt-out",
        help: "remove `{id}` from `optOut.categories`"
      },
    "consent-provision": {
        text: "the My Number data `{id}` is provided under `{provision}` ({basis})",
        help: "remove `{id}`: My Number data may be provided only as the My Number Act lists"
      },
    "no-statement": {
        text: "the policy holds My Number data (`{id}`) and provides data on consent, but does not exclude My Number data",
        help: "state in `thirdPartyProvision.myNumber` that My Number data is provided only as the My Number Act allows"
      }
    }
  },
  "my-number-purposes": {
    description: "My Number data serves only purposes that are My Number affairs",
    severityReason: "warning: whether a purpose is one of the My Number affairs is read from a tag or from words; a purpose may be such an affair in words the rule does not know",
    messages: {
    "not-an-affair": {
        text: "the purpose `{id}` serves the My Number data `{category}` but is not a My Number affair",
        help: "limit the purpose to the affairs of the My Number Act and tag it `my-number-affairs`, or take `{category}` out of its `categories`"
      }
    }
  },
  "no-purposes": {
    description: "the policy publishes at least one purpose of use",
    severityReason: "warning: the purposes may be published on another page or notified when the data is acquired (21(1), 32(1)(ii)); the document cannot show that they are published nowhere",
    messages: {
    "none": {
        text: "no purpose of use is published",
        help: "list each purpose under `purposes.items` with the categories it serves"
      }
    }
  },
  "non-disclosable-reason": {
    description: "a category marked non-disclosable gives the reason",
    severityReason: "warning: whether data is outside 保有個人データ depends on facts the document need not state (the Order 5 harms, whether the data is held for a client)",
    messages: {
    "no-reason": {
        text: "the data category `{id}` is non-disclosable but no reason is given",
        help: "give `disclosure.reason`, or `disclosure.entrusted: true` for data handled on a client's behalf"
      }
    }
  },
  "non-statutory-provision-ground": {
    description: "provision without consent relies only on grounds the law provides",
    severityReason: "error for business necessity: the document itself declares a ground for provision without consent that Art. 27 does not know, and no fact outside it makes the ground lawful. Warning for published information: it is lawful as an opt-out if the items are notified and the filing was made, which the document does not show either way (as for `opt-out-incomplete`)",
    messages: {
    "business-necessity": {
        text: "the ground `{id}` provides data without consent for business necessity, which the law does not allow",
        help: "obtain consent, or rely on outsourcing or joint use if that is what happens"
      },
    "public-information": {
        text: "the ground `{id}` provides published information without consent, which the law allows only as a filed opt-out",
        help: "drop the ground, or declare a filed opt-out under `thirdPartyProvision.optOut`"
      }
    }
  },
  "operator-identity": {
    description: "the operator's name and address, a corporation's representative, and a foreign operator's country are published",
    severityReason: "warning: the name, address and representative need only be where the person can know them (32(1) 「本人の知り得る状態」), e.g. the company page; the document cannot show that they are published nowhere",
    messages: {
    "missing-name": {
        text: "the operator's name is not published",
        help: "add `operator.name` with the legal name"
      },
    "missing-address": {
        text: "the operator's address is not published",
        help: "add `operator.address` (a contact window's address does not say where the operator is), unless the address is published on another page such as the company profile"
      },
    "missing-representative": {
        text: "`{name}` is a corporation but its representative is not named",
        help: "add `operator.representatives` with title and name, e.g. 代表取締役 山田 太郎"
      },
    "unnamed-representative": {
        text: "the representative `{title}` has no name",
        help: "the law asks for the representative's name, not only the title"
      },
    "missing-country": {
        text: "the operator's address `{address}` is not in Japan but gives no country",
        help: "complete the address with `operator.country` (ISO 3166-1 alpha-2, e.g. `US`); a foreign address is complete with its country"
      }
    }
  },
  "opt-out-forbidden-data": {
    description: "opt-out covers no special-care data and no data received by opt-out",
    severityReason: "error: the document itself puts under the opt-out data the 27(2) proviso excludes from it, even where it only states when it would use opt-out; no filing or notice makes that lawful",
    messages: {
    "special-care": {
        text: "the opt-out covers the data category `{id}`, which holds special-care data",
        help: "name only ordinary categories in `optOut.categories`; special-care data needs consent"
      },
    "received-by-opt-out": {
        text: "the opt-out covers the data category `{id}`, which was itself received by opt-out",
        help: "data received by opt-out cannot be passed on by opt-out"
      },
    "acquired-by-opt-out": {
        text: "the opt-out's data is acquired by opt-out, and cannot be passed on by opt-out",
        help: "provide such data only with consent"
      }
    }
  },
  "opt-out-incomplete": {
    description: "opt-out provision states all its items and is filed with the PPC",
    severityReason: "error when the document says the opt-out is not filed (`notifiedToCommission: false`): it then states provision without consent that 27(2) does not allow. Warning for a missing item or an unstated filing: the items may be notified or made easily knowable elsewhere, and the filing is a fact the PPC publishes, not the policy; warning too for an opt-out the policy only restates as a condition, which declares no practice",
    messages: {
    "missing-item": {
        text: "the opt-out does not state {label} (27(2)({item}), `{key}`)",
        help: "give `{key}` in `thirdPartyProvision.optOut`, unless the items are notified or made easily knowable elsewhere"
      },
    "filing-unstated": {
        text: "the policy does not say that the opt-out is filed with the Personal Information Protection Commission",
        help: "check the PPC's published filings and set `notifiedToCommission: true`; without the filing, provide only with consent"
      },
    "not-filed": {
        text: "the opt-out is said not to be filed with the Personal Information Protection Commission",
        help: "file the items with the PPC and set `notifiedToCommission: true`; until then, provide only with consent"
      },
    "conditional": {
        text: "the opt-out clause only restates when opt-out would be used; relying on it needs every item of 27(2) notified or made easily knowable and the filing with the Commission",
        help: "if the operator does not provide by opt-out, drop the clause and say so (`usesOptOut: false`); if it does, give every item and file them"
      }
    }
  },
  "profiling-purpose": {
    description: "when data is used for profiling or ad targeting, a purpose says it is analysed",
    severityReason: "warning: whether the data is in fact analysed, and whether the purposes let the person foresee it, are judged from signs, not shown by the document",
    messages: {
    "ad-targeting-purpose": {
        text: "the purpose `{name}` targets ads, but no purpose says the person's behaviour or interests are analysed",
        help: "add a purpose that says the data is analysed, e.g. 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」, and tag it `profiling`"
      },
    "linked-data-flow": {
        text: "data received through `{name}` is linked to personal data, but no purpose says the person's behaviour or interests are analysed",
        help: "add a purpose that says the data is analysed, e.g. 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」, and tag it `profiling`"
      },
    "ad-provision": {
        text: "personal data is provided for ad delivery (`{name}`), but no purpose says the person's behaviour or interests are analysed",
        help: "add a purpose that says the data is analysed, e.g. 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」, and tag it `profiling`"
      },
    "tracking-cookies": {
        text: "cookies that identify the person are used for ads or personalisation, but no purpose says the person's behaviour or interests are analysed",
        help: "add a purpose that says the data is analysed, e.g. 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」, and tag it `profiling`"
      },
    "behavioural-items": {
        text: "behavioural data `{name}` is collected, but no purpose says the person's behaviour or interests are analysed",
        help: "add a purpose that says the data is analysed, e.g. 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」, and tag it `profiling`"
      }
    }
  },
  "provision-purpose-missing": {
    description: "when the policy plans provision to third parties, provision is among the purposes",
    severityReason: "warning: the purposes may be published elsewhere or notified at acquisition (21(1)); the document cannot show that provision is among none of them",
    messages: {
    "missing": {
        text: "the policy provides personal data to third parties (`{what}`) but provision is not among the purposes",
        help: "add a purpose such as 「第三者への提供（提供先・項目は第N条のとおり）」 and tag it `third-party-provision`"
      }
    }
  },
  "pseudonymized-data": {
    description: "pseudonymized data is not provided to third parties, not used beyond its published purposes, and not offered for requests",
    severityReason: "error when the document puts pseudonymized data under consent or opt-out provision, or offers requests on it: it states a practice 41(6), 41(7) and 41(9) exclude. Warning for a general clause on use beyond the purposes that does not set pseudonymized data apart, and for missing purposes: the policy may say it elsewhere, and the purposes may be published on another page (41(4))",
    messages: {
    "provided": {
        text: "the pseudonymized data `{id}` is provided under `{provision}` ({basis}), which 41(6) does not allow",
        help: "remove `{id}` from the provision: pseudonymized data goes to third parties only under laws and regulations, whatever the consent"
      },
    "opt-out": {
        text: "the opt-out covers the pseudonymized data `{id}`, which 41(6) does not allow",
        help: "name only other categories in `optOut.categories`"
      },
    "disclosable": {
        text: "the pseudonymized data `{id}` is marked disclosable, but 41(9) takes it out of requests and 41(7) forbids identifying the person in it",
        help: "set `disclosure.class: non-disclosable` (the law is the reason: 41(9))"
      },
    "use-beyond-purpose": {
        text: "the clause on use beyond the purposes ({how}) reaches the pseudonymized data `{id}`, which may go beyond its purposes only under laws and regulations",
        help: "say in `useBeyondPurpose.text` that 仮名加工情報 is not used beyond its purposes except under laws and regulations (41(3))"
      },
    "no-purpose": {
        text: "no purpose of use covers the pseudonymized data `{id}`",
        help: "name `{id}` in the purposes it serves (41(4): they are published), unless they are published elsewhere"
      }
    }
  },
  "purpose-change-unrelated": {
    description: "purposes change only within what is reasonably related to the old ones",
    severityReason: "error: the document itself reserves changes of purpose that Art. 17(2) forbids without consent; it states an unlawful practice",
    messages: {
    "unrelated": {
        text: "the policy reserves changes of purpose beyond a reasonable relation to the old ones",
        help: "set `withinReasonableRelation: true`; wider changes need consent"
      }
    }
  },
  "purpose-without-category": {
    description: "every purpose of use serves a declared data category",
    severityReason: "warning: the law does not require data categories; a purpose that serves none is a gap in the document's structure, not a breach",
    messages: {
    "no-categories": {
        text: "the policy declares no data category, so its {count} purposes serve no data",
        help: "list the kinds of personal information held under `dataCategories`"
      },
    "serves-nothing": {
        text: "the purpose `{id}` serves no declared data category",
        help: "name the categories it serves in `categories`"
      }
    }
  },
  "request-procedures": {
    description: "the policy says how to make every kind of request, including disclosure of provision records",
    severityReason: "warning: the procedures may be published on another page, e.g. a request form with its instructions (32(1)(iii) 「本人の知り得る状態」), and an identity check or the 2022 grounds may be applied without being written here; the document cannot show that they are not",
    messages: {
    "no-requests": {
        text: "the policy says nothing of requests for disclosure and the like",
        help: "add `requests` with the kinds accepted and how to submit them"
      },
    "missing-kind": {
        text: "no procedure for requests for {label} (`{kind}`, {article})",
        help: "add `{kind}` to `requests.kinds` and describe it"
      },
    "no-identity-check": {
        text: "requests are accepted but the policy says nothing of how the requester's identity is confirmed",
        help: "give `requests.identity` (per requester: the person, a legal representative, an appointed agent) or `requests.verification`"
      },
    "old-grounds-only": {
        text: "the grounds for `{kind}` requests are only those from before 2022; the 35(5) grounds are missing",
        help: "add the 35(5) grounds: the data is no longer needed, a 26(1) breach has occurred, or the person's rights or legitimate interests are likely to be harmed"
      },
    "no-procedure": {
        text: "the policy does not say where or how to make a request",
        help: "give `requests.submission` (channels and the window), the `procedure` steps or the `forms`"
      }
    }
  },
  "security-measures": {
    description: "the security measures for retained data are published, concretely",
    severityReason: "warning: the measures may be published elsewhere or answered on request without delay (Order 10(i)); the document cannot show that they are neither",
    messages: {
    "none": {
        text: "the policy publishes no security measures",
        help: "add `securityMeasures` with the organizational, human, physical and technical measures, or `disclosureOnRequest`"
      },
    "only-general": {
        text: "the security measures are only a general statement",
        help: "name the measures (e.g. under `organizational`, `technical`); following the law or the guidelines is not a measure"
      }
    }
  },
  "special-care-acquisition": {
    description: "special-care data acquired from third parties or automatically states its ground",
    severityReason: "warning: the consent may be obtained, or a 20(2) item may apply, without the policy saying so; the document cannot show that neither is the case",
    messages: {
    "no-basis": {
        text: "the category `{id}` holds special-care data acquired {how}, but no ground for acquiring it is given",
        help: "give `acquisition.specialCareBasis`: `consent` if the person's prior consent is obtained, or the item of 20(2) that applies"
      }
    }
  },
  "system-based-statement": {
    description: "for a recipient abroad with a system meeting the standard, the policy says that information on the measures is given on request",
    severityReason: "warning: 28(3) is a duty to answer when asked; the policy need not say it, and the document cannot show that the answer would not be given",
    messages: {
    "no-information-on-request": {
        text: "`{name}` in `{country}` is system-based, but the policy does not say that information on the measures for it is given on request",
        help: "say so and set `systemBased.informationOnRequest: true` (28(3), Rule 18(3))"
      }
    }
  }
} as const satisfies { readonly [id: string]: RuleTexts }

/** @since 0.3.0 */
export const enTerms = {
  optOutItems: {
    provisionIsPurpose: "that provision to third parties is a purpose",
    items: "the data items provided",
    acquisitionMethod: "how the data is acquired",
    provisionMethod: "how the data is provided",
    stopOnRequest: "that provision stops at the person's request",
    requestMethod: "how to ask for provision to stop",
    updateMethod: "how the items are updated",
    startDate: "when provision starts"
  },
  requestKinds: {
    "purpose-notification": "notification of the purposes",
    disclosure: "disclosure",
    "provision-record-disclosure": "disclosure of provision records",
    correction: "correction, addition or deletion",
    "use-stop": "use-stop or erasure",
    "provision-stop": "stopping provision to third parties"
  },
  exceptionLists: {
    "18(3)": "use beyond the purposes or provision without consent (18(3), 27(1))",
    "21(4)": "not notifying a purpose (21(4))",
    "33(2)": "refusing disclosure (33(2))"
  },
  recipientRoles: { recipient: "the recipient", entrustee: "the outsourcee", "joint-user": "the joint user" },
  outsourcingEvidence: {
    provisionGround: "provision to outsourcees is listed as a ground",
    purpose: "a purpose is about outsourcing",
    field: ({ field }) => `\`${field}\` is described`
  },
  hoursContradiction: {
    excludedDay: ({ day }) => `the note excludes \`${day}\`, which the hours list`,
    ranges: ({ given, windows }) => `the note gives \`${given.join(", ")}\`, the hours \`${windows.join(", ")}\``
  },
  consent: "consent",
  indirectAcquisition: (methods) => methods.map((method) => (method === "automatic" ? "automatically" : "from third parties")).join(" and ")
} as const satisfies LintTerms
