/**
 * The summary's words in English: the row labels and the phrases of the values.
 *
 * @since 0.3.0
 */
import type { SummaryWords } from "./SummaryWords.ts"

/** @since 0.3.0 */
export const en = {
  labels: {
    operator: "operator",
    address: "address",
    dataCategories: "data categories",
    purposes: "purposes",
  exceptions: "exceptions",
  provision: "provision",
    jointUse: "joint use",
    outsourcing: "outsourcing",
    requests: "requests",
    fees: "fees",
    contactWindows: "contact windows",
    accredited: "accredited org.",
    history: "history"
  },
  categories: (o) => `${o.total} (${o.disclosable} disclosable, ${o.nonDisclosable} non-disclosable, ${o.sensitive} sensitive)`,
  exceptions: (o) => `use ${o.use}, provision ${o.provision}, other grounds ${o.otherGrounds}`,
  provision: (o) => `${o.consentRequired ? "consent required" : "consent not required"}${o.optOut ? ", opt-out" : ""}, ${o.arrangements} arrangement(s)`,
  yesNo: (value) => (value ? "yes" : "no"),
  amount: (amount) => (amount === undefined ? "amount not stated" : `JPY ${amount.toLocaleString("en-US")}`),
  none: "none",
  established: (date) => `established ${date}`,
  revised: (date) => `revised ${date}`,
  postalCode: (code) => `〒${code} `
} as const satisfies SummaryWords
