import { describe, expect, it } from "vitest"
import { listOfWording } from "./exception-lists-mixed.ts"

describe("listOfWording", () => {
  it("tells the lists apart by their statutory words", () => {
    expect(listOfWording("法令に基づく場合")).toBe("18(3)")
    expect(listOfWording("国の機関等に協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき")).toBe("18(3)")
    expect(listOfWording("利用目的を本人に通知し、又は公表することにより当該事務の遂行に支障を及ぼすおそれがあるとき")).toBe("21(4)")
    expect(listOfWording("本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合")).toBe("33(2)")
    expect(listOfWording("他の法令に違反することとなる場合")).toBe("33(2)")
    expect(listOfWording("法令の規定または司法手続きに基づく要請による場合")).toBeUndefined()
  })
})
