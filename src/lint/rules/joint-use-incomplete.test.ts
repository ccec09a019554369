import { testRule } from "../../../test/ruleTester.ts"
import rule from "./joint-use-incomplete.ts"

const party = (rest: string) => `[{ id: partner, name: { ja: 株式会社パートナー }${rest} }]`
const jointUse = (fields: string) => `jointUses:
  - id: group
    categories: [customers]
    purposes: all
${fields}`
const complete = `    items: [{ ja: 氏名 }]
    users: [{ id: partner, name: { ja: 株式会社パートナー } }]
    responsibleParties: ${party(", address: { ja: 東京都港区1-1 }, representatives: [{ title: { ja: 代表取締役 }, name: { ja: 佐藤 一郎 } }]")}`

testRule(rule, {
  valid: [
    { name: "seed 001's joint use, complete", yaml: jointUse(complete) },
    {
      name: "users given as a range",
      yaml: jointUse(complete.replace("users: [{ id: partner, name: { ja: 株式会社パートナー } }]", "users: []\n    usersRange: { ja: 当社の子会社 }"))
    }
  ],
  invalid: [
    {
      name: "no items, no users, the responsible party by name only",
      yaml: jointUse(`    items: []
    users: []
    responsibleParties: ${party("")}`),
      errors: [
        { message: "no-items", path: "jointUses[0].items" },
        { message: "no-users", path: "jointUses[0].users" },
        { message: "no-responsible-address", path: "jointUses[0].responsibleParties[0].address" },
        { message: "no-responsible-representative", path: "jointUses[0].responsibleParties[0].representatives" }
      ]
    },
    {
      name: "no purposes of the joint users",
      yaml: jointUse(complete).replace("    purposes: all\n", ""),
      errors: [{ message: "no-purposes", path: "jointUses[0].purposesText" }]
    },
    {
      name: "the second of two responsible parties without an address",
      yaml: jointUse(complete.replace("}]\n", "}]\n").replace(/\}\]$/u, "}, { id: second, name: { ja: 株式会社セカンド }, representatives: [{ title: { ja: 代表取締役 }, name: { ja: 田中 花子 } }] }]")),
      errors: [{ message: "no-responsible-address", path: "jointUses[0].responsibleParties[1].address" }]
    },
    {
      name: "a representative without a name",
      yaml: jointUse(complete.replace(", name: { ja: 佐藤 一郎 }", "")),
      errors: [{ message: "unnamed-representative", path: "jointUses[0].responsibleParties[0].representatives[0].name" }]
    }
  ]
})
