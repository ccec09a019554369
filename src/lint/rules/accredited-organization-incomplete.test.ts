import { testRule } from "../../../test/ruleTester.ts"
import rule from "./accredited-organization-incomplete.ts"

testRule(rule, {
  valid: [
    { name: "no organization", yaml: "" },
    { name: "not a member", yaml: "accreditedOrganization: { member: false }" },
    { name: "seed 003: named, with its desk", yaml: "accreditedOrganization: { member: true, name: { ja: 一般社団法人JAPHICマーク認証機構 }, complaintDesk: { ja: 事務局 } }" }
  ],
  invalid: [
    {
      name: "a member with nothing named",
      yaml: "accreditedOrganization: { member: true }",
      errors: [
        { message: "missing-name", path: "accreditedOrganization.name" },
        { message: "missing-complaint-desk", path: "accreditedOrganization.complaintDesk" }
      ]
    },
    {
      name: "a member without the complaint desk",
      yaml: "accreditedOrganization: { member: true, name: { ja: 一般財団法人日本情報経済社会推進協会 } }",
      errors: [{ message: "missing-complaint-desk", path: "accreditedOrganization.complaintDesk" }]
    }
  ]
})
