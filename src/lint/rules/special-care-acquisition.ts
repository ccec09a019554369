/**
 * Special-care data acquired from others or automatically: the policy says
 * on what ground (20(2): the person's consent, or an item of 20(2)).
 *
 * @since 0.2.0
 */
import { holdsSpecialCare } from "../../model/facts.ts"
import { defineRule } from "../Rule.ts"

const INDIRECT = new Set(["from-third-party", "automatic"])

/** @since 0.2.0 */
export default defineRule({
  meta: {
    id: "special-care-acquisition",
    severity: "warning",
    severityReason: {
      en: "warning: the consent may be obtained, or a 20(2) item may apply, without the policy saying so; the document cannot show that neither is the case",
      ja: "警告: 方針に書かれていなくても同意を得ているか、20条2項各号に当たるかもしれない。そのいずれでもないことは文書からは分からない"
    },
    citation: { en: "APPI 20(2)", ja: "個人情報保護法20条2項" },
    description: {
      en: "special-care data acquired from third parties or automatically states its ground",
      ja: "第三者から又は自動的に取得する要配慮個人情報について、取得の根拠が示されている"
    },
    docs: {
      en: "Special-care personal information (要配慮個人情報: race, creed, social status, medical history, criminal record and the like, Art. 2(3)) may be acquired only with the person's prior consent, or in the cases of Art. 20(2): (i)–(iv) as in 18(3) (laws and regulations; life, body or property; public health and children; cooperation with state bodies), (v)–(vi) academic research, (vii) data published by the person, a state body, the press and the like, (viii) the Cabinet Order cases (e.g. what is visible, data received by outsourcing, succession or joint use). Data the person hands over is acquired with their consent in practice; data from a third party or collected automatically is where the question arises. The rule reports a category holding special-care data acquired `from-third-party` or `automatic` without `acquisition.specialCareBasis`.",
      ja: "要配慮個人情報（人種、信条、社会的身分、病歴、犯罪の経歴等、2条3項）は、あらかじめ本人の同意を得るか、20条2項各号の場合（1号〜4号は18条3項と同じ、5号・6号は学術研究、7号は本人・国の機関・報道機関等により公開されている場合、8号は政令で定める場合: 外形上明らかなもの、委託・事業承継・共同利用により提供を受けるもの等）に限り取得できる。本人から直接受け取る場合は実際上同意があるが、第三者からの取得や自動取得では根拠が問題になる。このルールは、`from-third-party` 又は `automatic` で取得する要配慮個人情報を含む種別に `acquisition.specialCareBasis` がない場合を報告する。"
    },
    messages: {
      "no-basis": {
        en: "the category `{id}` holds special-care data acquired {how}, but no ground for acquiring it is given",
        ja: "種別 `{id}` は要配慮個人情報を含み{howJa}取得しているが、取得の根拠が示されていない",
        help: {
          en: "give `acquisition.specialCareBasis`: `consent` if the person's prior consent is obtained, or the item of 20(2) that applies",
          ja: "`acquisition.specialCareBasis` に、あらかじめ本人の同意を得る場合は `consent`、そうでなければ該当する20条2項の号を記載する"
        }
      }
    }
  },
  check: (policy, report) => {
    policy.dataCategories.forEach((category, i) => {
      const acquisition = category.acquisition
      const indirect = (acquisition?.methods ?? []).filter((method) => INDIRECT.has(method))
      if (!holdsSpecialCare(category) || indirect.length === 0 || acquisition?.specialCareBasis !== undefined) return
      const how = indirect.map((method) => (method === "automatic" ? "automatically" : "from third parties")).join(" and ")
      const howJa = indirect.map((method) => (method === "automatic" ? "自動的に" : "第三者から")).join("又は")
      report("no-basis", ["dataCategories", i, "acquisition"], { id: category.id, how, howJa })
    })
  }
})
