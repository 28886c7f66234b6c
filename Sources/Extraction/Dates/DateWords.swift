/// The words the date scanner knows: month and weekday names, and the context words that make or unmake a date.
extension DateScanner {
    static let fullMonths: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// Full names and abbreviations ("Aug.", "Sept", "Dec."): abbreviations only count before a day or year.
    static let months: [String: Int] = {
        var m = fullMonths
        let abbreviations: [(String, Int)] = [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
            ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ]
        for (a, v) in abbreviations {
            m[a + "."] = v
            m[a] = v
        }
        return m
    }()

    /// Parts of a day after "this": "this morning".
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening"]

    /// Units of "a month later", "the following week".
    static let units: [String: DateExpression.Unit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month, "year": .year,
        "years": .year,
    ]

    /// Capitalised words that open a time phrase before a year ("In 2008", "By 2030"): a year after them is a date,
    /// after any other capitalised word it is part of a name ("Vision 2030").
    static let yearOpeners: Set<String> = [
        "in", "since", "by", "from", "until", "till", "to", "through", "during", "before", "after", "of", "and", "or",
        "early", "late", "mid", "the", "a", "between", "around", "circa", "summer", "winter", "spring", "autumn", "fall",
        "for", "on", "at", "as", "than", "throughout", "back", "then", "but", "also", "only", "even", "ca.",
    ]

    static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    static let numberWords: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12,
    ]

    /// Words before a month alone that make it a date ("in March", "since March", "early March").
    static let monthPrepositions: Set<String> = [
        "in", "since", "until", "till", "by", "from", "to", "through", "during", "before", "after", "of", "between",
        "and", "or", "early", "late", "mid", "last", "next", "this", "until", "throughout", "in-", "mid-",
    ]

    /// "May" alone needs a stronger cue ("Theresa May", "according to May", "May I").
    static let mayPrepositions: Set<String> = ["in", "since", "until", "till", "during", "early", "late", "mid", "throughout"]

    /// Named days that are not "the most recent such day": "Good Friday", "Palm Sunday", "Bloody Sunday".
    static let namedDayPrefixes: Set<String> = [
        "good", "black", "ash", "palm", "easter", "super", "holy", "maundy", "cyber", "bloody", "whit", "shrove",
    ]

    /// Words after a weekday that make a name of it: "Sunday Times", "Sunday school".
    static let weekdayNameFollowers: Set<String> = [
        "times", "telegraph", "express", "mirror", "post", "herald", "mail", "independent", "observer", "tribune",
        "star", "standard", "sport", "people", "nation", "world", "school", "schools", "league",
    ]

    /// Words before four digits that make a quantity of them: "about 2000", "no. 2010", "at 1930 GMT".
    static let yearRejectingPrevious: Set<String> = [
        "about", "some", "nearly", "almost", "around", "than", "over", "under", "least", "approximately", "roughly",
        "only", "just", "another", "additional", "estimated", "total", "no.", "number", "at", "$", "us$", "usd",
        "eur", "gbp", "cfa", "rs", "rs.", "page", "pages", "route", "flight", "room", "code", "model",
    ]

    /// Words after four digits that make a count or a measure of them: "2000 people", "1930 GMT", "2000 km".
    static let yearRejectingNext: Set<String> = [
        "%", "percent", "per", "gmt", "utc", "hrs", "hours", "h", "km", "kilometres", "kilometers", "miles", "metres",
        "meters", "m", "tonnes", "tons", "dollars", "euros", "pounds", "francs", "people", "persons", "soldiers",
        "troops", "civilians", "men", "women", "children", "fighters", "refugees", "migrants", "dead", "deaths",
        "killed", "wounded", "injured", "families", "households", "houses", "homes", "residents", "militants",
        "jihadists", "insurgents", "members", "workers", "students", "cases", "units", "vehicles", "cars", "weapons",
        "rifles", "rounds", "votes", "voters", "prisoners", "detainees", "hostages", "police", "officers", "personnel",
        "staff", "jobs", "barrels", "feet", "acres", "hectares", "rockets", "missiles", "shells", "victims",
        "protesters", "demonstrators", "villagers", "displaced", "more", "others", "other", "new", "additional", "times",
        "million", "billion", "thousand", "hundred", "pupils", "patients", "kg", "kilograms", "tanks", "aircraft",
    ]
}
