/**
 * Japanese words and patterns the lint rules look for in a policy's own text
 * (input, never printed): one home for them, apart from the messages, which
 * are in the catalogs.
 *
 * @since 0.3.0
 */

/** Words of analysing a person's behaviour or interests (`profiling-purpose`). @since 0.3.0 */
export const ANALYSING: ReadonlyArray<string> = ["分析", "解析"]

/** What is analysed: interests, behaviour, traits (`profiling-purpose`). @since 0.3.0 */
export const ANALYSED: ReadonlyArray<string> = ["趣味", "嗜好", "興味", "関心", "属性", "行動", "傾向"]

/** Punctuation that may end a purpose (`abstract-purpose`). @since 0.3.0 */
export const TRAILING_PUNCTUATION = "。．.、"

/** A clock time: 9:00, 9時, 9時30分 (`internal-consistency`). @since 0.3.0 */
export const TIME = String.raw`([0-9]{1,2})(?::([0-9]{2})|時(?:([0-9]{1,2})分)?)`

/** What joins the two ends of a time range. @since 0.3.0 */
export const RANGE_JOINER = String.raw`(?:〜|～|~|-|－|ー|―|から)`

/** Saturdays, Sundays and holidays as a reception-hours note names them. @since 0.3.0 */
export const DAY = String.raw`土曜日?|日曜日?|祝祭日|祝日|祭日|休日|土|日|祝`

/** What joins two days in a list (「土・日」「土日及び祝日」). @since 0.3.0 */
export const DAY_JOINER = String.raw`[・、及びとや]?`

/** What follows the days a note excludes (「を除く」「休み」「定休」). @since 0.3.0 */
export const EXCLUDED = String.raw`(?:を|は)?(?:除く|除き|休み|お休み|休業|定休)`
