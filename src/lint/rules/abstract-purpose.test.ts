import { describe, expect, it } from "vitest"
import { isAbstractPurpose } from "./abstract-purpose.ts"

describe("isAbstractPurpose", () => {
  it("drops endings before comparing", () => {
    expect(isAbstractPurpose("当社の事業活動のために利用します。")).toBe(true)
    expect(isAbstractPurpose("サービスの向上を図るため")).toBe(true)
    expect(isAbstractPurpose("新商品・サービスに関する情報のお知らせのため")).toBe(false)
    expect(isAbstractPurpose("サービスの向上のためのアンケートの実施")).toBe(false)
  })
})
