import { describe, expect, it } from "vitest"
import { COMMON_EXCEPTION_IDS, ProvisionExceptionId, UseExceptionId } from "../model/StatutoryException.ts"
import { COMMON_EXCEPTIONS, PROVISION_EXCEPTIONS, USE_EXCEPTIONS } from "./request.ts"

// The guard imports nothing, so its lists are its own: they must be the model's catalogs.
describe("the guard's lists of statutory grounds", () => {
  it("are the model's 18(3) and 27(1) catalogs, ①–④ shared", () => {
    expect([...USE_EXCEPTIONS].sort()).toEqual([...UseExceptionId.literals].sort())
    expect([...PROVISION_EXCEPTIONS].sort()).toEqual([...ProvisionExceptionId.literals].sort())
    expect(COMMON_EXCEPTIONS).toEqual(COMMON_EXCEPTION_IDS)
    expect(USE_EXCEPTIONS).toHaveLength(6)
    expect(PROVISION_EXCEPTIONS).toHaveLength(7)
  })
})
