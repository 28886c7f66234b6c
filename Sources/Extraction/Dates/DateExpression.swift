/// What a date expression says before it is anchored.
enum DateExpression: Sendable, Hashable {
    /// A full calendar day; `weekday` when the text names one too ("Wednesday, August 10, 2022").
    case full(CivilDate, weekday: Int?)
    case monthYear(year: Int, month: Int)
    case year(Int)
    /// A day without its year ("August 10", "Wednesday, August 10", "10 August").
    case monthDay(month: Int, day: Int, weekday: Int?)
    /// A month without its year ("in March", "last March", "next March"); nil: bare, its clause's tense decides.
    case month(Int, Direction?)
    /// A month of a year told relative to the anchor's: "In May last year" (-1), "in March this year" (0).
    case monthOfYear(Int, yearOffset: Int)
    /// A weekday ("Sunday", "last Sunday", "next Sunday"); nil: bare, its clause's tense decides.
    case weekday(Int, Direction?)
    /// Days from the anchor: yesterday -1, today 0, tomorrow +1, "three days ago" -3, "last night" -1.
    case dayOffset(Int)
    /// A week, or part of it, from the anchor's week ("last week" -1, "earlier this week" 0 `.earlier`). A week is no
    /// day: it resolves to the month holding most of its days, or to the day when only one is left ("earlier this
    /// week" told on a Tuesday is the Monday).
    case week(Int, WeekPart)
    /// Months from the anchor's month ("last month" -1, "earlier this month" 0).
    case monthOffset(Int)
    /// Years from the anchor's year ("last year" -1).
    case yearOffset(Int)
    /// From the previous date in the text ("the day after" +1 day, "a month later" +1 month, "three years later" +3
    /// years), at the coarser of the two granularities.
    case chained(Int, Unit)

    enum Direction: Sendable, Hashable {
        /// the most recent on or before the anchor (the default)
        case onOrBefore
        /// "last": strictly before
        case before
        /// "next": strictly after
        case after
        /// "this", "this coming", or a future clause ("will be released Tuesday"): on or after
        case onOrAfter
    }

    enum Unit: Sendable, Hashable {
        case day, week, month, year
    }

    enum WeekPart: Sendable, Hashable {
        /// Monday to Sunday
        case whole
        /// Monday to the day before the anchor ("earlier this week")
        case earlier
        /// the day after the anchor to Sunday ("later this week")
        case later
        /// the seven days before the anchor ("in the past week"), whatever the week
        case pastSeven
    }

    /// A value the text states outright, with no anchor.
    var isAbsolute: Bool {
        switch self {
        case .full, .monthYear, .year: return true
        default: return false
        }
    }
}

extension DateExpression {
    /// The same day with the weekday the text names beside it ("Friday, February 10"); other kinds are unchanged.
    func naming(weekday: Int) -> DateExpression {
        switch self {
        case .full(let d, _): .full(d, weekday: weekday)
        case .monthDay(let month, let day, _): .monthDay(month: month, day: day, weekday: weekday)
        default: self
        }
    }
}
