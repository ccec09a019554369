/**
 * Contact windows (問い合わせ窓口, Art. 32(1), 令10) with reception hours.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { Email, HttpUrl, Id, LocalizedText, PhoneNumber, PostalAddress, RolePerson } from "./primitives.ts"

/** `HH:MM`, 24-hour clock, Asia/Tokyo. */
const ClockTime = Schema.String.check(Schema.isPattern(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/u, { expected: "a time such as `09:30`" })).annotate({
  identifier: "ClockTime",
  title: "Time of day (時刻)"
})

/** `MM-DD`, a day of the year. */
const MonthDay = Schema.String.check(Schema.isPattern(/^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$/u, { expected: "a month-day such as `12-31`" })).annotate({
  identifier: "MonthDay",
  title: "Day of the year (月日)"
})

/** @since 0.1.0 */
export const Weekday = Schema.Literals(["mon", "tue", "wed", "thu", "fri", "sat", "sun", "holiday"]).annotate({ identifier: "Weekday", title: "Day (曜日)" })

/** @since 0.1.0 */
export const ReceptionHours = Schema.Struct({
  timeZone: Schema.Literal("Asia/Tokyo"),
  days: Schema.Array(Weekday).check(Schema.isMinLength(1)),
  windows: Schema.Array(Schema.Struct({ from: ClockTime, to: ClockTime }).annotate({ identifier: "TimeWindow", title: "Time window" })).check(Schema.isMinLength(1)),
  closed: Schema.optionalKey(Schema.Array(Schema.Struct({ from: MonthDay, to: MonthDay }).annotate({ identifier: "ClosedPeriod", title: "Closed period (休業期間)" }))),
  closedOn: Schema.optionalKey(
    Schema.Array(Schema.Literals(["public-holidays", "company-days"])).annotate({
      description: "Days the window is closed besides `closed`: `public-holidays` (祝祭日を除く), `company-days` (当社が別途定める日を除く)."
    })
  ),
  note: Schema.optionalKey(LocalizedText)
}).annotate({ identifier: "ReceptionHours", title: "Reception hours (受付時間)" })

/** What a window is for. @since 0.1.0 */
export const WindowRole = Schema.Literals(["inquiries", "requests", "complaints"]).annotate({ identifier: "WindowRole", title: "Role (窓口の用途)" })

/** A channel besides post, phone, fax, e-mail and web form (e.g. a chat app). @since 0.1.0 */
export const OtherChannel = Schema.Struct({
  name: LocalizedText,
  address: Schema.optionalKey(Schema.String.check(Schema.isMinLength(1)))
}).annotate({ identifier: "OtherChannel", title: "Other channel (その他の連絡手段)" })

/** @since 0.1.0 */
export const ContactWindow = Schema.Struct({
  id: Id,
  name: LocalizedText.annotateKey({ description: "Name of the window (窓口の名称)." }),
  department: Schema.optionalKey(LocalizedText),
  roles: Schema.optionalKey(Schema.Array(WindowRole)),
  address: Schema.optionalKey(PostalAddress),
  phones: Schema.optionalKey(Schema.Array(PhoneNumber)),
  fax: Schema.optionalKey(PhoneNumber),
  emails: Schema.optionalKey(Schema.Array(Email)),
  form: Schema.optionalKey(
    Schema.Struct({ name: LocalizedText, url: Schema.optionalKey(HttpUrl) }).annotate({ identifier: "ContactForm", title: "Web form (お問い合わせフォーム)" })
  ),
  otherChannels: Schema.optionalKey(Schema.Array(OtherChannel)),
  receptionHours: Schema.optionalKey(ReceptionHours),
  managers: Schema.optionalKey(
    Schema.Array(RolePerson).annotate({ description: "The persons responsible (個人情報保護管理者), one or several, as the policy names them." })
  ),
  text: Schema.optionalKey(Schema.Array(LocalizedText))
}).annotate({ identifier: "ContactWindow", title: "Contact window (問い合わせ窓口)" })
/** @since 0.1.0 */
export type ContactWindow = typeof ContactWindow.Type
