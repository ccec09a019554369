/**
 * A generated policy of any size, for the benchmark: `categories` data
 * categories and `purposes` purposes, with some entrusted, My Number and
 * special-care categories, joint uses, opt-out and outsourcing, so every
 * branch of the guard has work to do.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { Policy } from "../src/model/Policy.ts"
import { lawfulOptOut } from "../test/guardFixture.ts"

const text = (ja: string) => ({ ja, en: ja })
const pad = (n: number, width: number) => String(n).padStart(width, "0")

/**
 * Category `i` serves purpose 1 (declared for `all`) and the purposes `p`
 * with `p % 10 === i % 10` (about one in ten), and is in one of ten joint
 * uses of three users each.
 *
 * @example
 * ```ts
 * const policy = largePolicy(1_000, 50)
 * ```
 * @since 0.1.0
 */
export const largePolicy = (categories: number, purposes: number): Policy => {
  const categoryId = (i: number) => `category-${pad(i, 4)}`
  const categoryIds = Array.from({ length: categories }, (_, i) => i + 1)
  return Schema.decodeUnknownSync(Policy)({
    schemaVersion: 1,
    id: `large-${categories}x${purposes}`,
    operator: { name: text("株式会社大規模") },
    dataCategories: categoryIds.map((i) => ({
      id: categoryId(i),
      name: text(`種別${i}`),
      disclosure: i % 125 === 0 ? { class: "non-disclosable", entrusted: true } : { class: "disclosable" },
      sensitivity: i % 250 === 0 ? "my-number" : i % 100 === 0 ? "special-care" : "ordinary"
    })),
    purposes: {
      items: Array.from({ length: purposes }, (_, p) => ({
        id: `purpose-${pad(p + 1, 2)}`,
        text: text(`目的${p + 1}`),
        categories: p === 0 ? "all" : categoryIds.filter((i) => i % 10 === (p + 1) % 10).map(categoryId)
      }))
    },
    useBeyondPurpose: { consentRequired: true, exceptions: [{ id: "laws-and-regulations" }, { id: "academic-research-institution" }] },
    thirdPartyProvision: {
      consentRequired: true,
      exceptions: [{ id: "laws-and-regulations" }],
      provisions: [
        {
          id: "partners",
          basis: "consent",
          categories: "all",
          purposes: [text("提携先への提供")],
          recipients: [
            { id: "us-partner", name: text("米国の提携先"), country: "US" },
            { id: "us-cloud", name: text("米国のクラウド"), country: "US", systemBased: { basis: "contract-or-rules" } }
          ]
        }
      ],
      optOut: lawfulOptOut("all")
    },
    jointUses: Array.from({ length: 10 }, (_, j) => ({
      id: `group-${j + 1}`,
      categories: categoryIds.filter((i) => i % 10 === j).map(categoryId),
      items: [text("氏名")],
      users: [1, 2, 3].map((u) => ({ id: `partner-${j + 1}-${u}`, name: text(`提携先${j + 1}-${u}`), country: u === 3 ? "US" : "JP" })),
      purposes: "all",
      responsibleParties: [{ id: "party", name: text("株式会社大規模"), address: { ja: "東京都千代田区1-1" }, representatives: [{ title: text("代表取締役"), name: text("大規模 太郎") }] }]
    })),
    outsourcing: {
      used: true,
      entrustees: [
        { id: "jp-callcenter", name: text("国内コールセンター"), country: "JP" },
        { id: "us-helpdesk", name: text("米国ヘルプデスク"), country: "US" }
      ]
    },
    contactWindows: []
  })
}
