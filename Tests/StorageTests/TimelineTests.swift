import NewsModel
import Testing
@testable import Storage

@Suite struct TimelineTests {
    private func goitaID(_ store: SQLiteStore) throws -> Int64 {
        try #require(try store.entities(named: "Goïta", limit: 1).first).id
    }

    @Test func entityByDayWeekAndMonth() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let id = try goitaID(store)
            let days = try store.timeline(TimelineQuery(subject: .entity(id), by: .day))
            #expect(days.buckets == [
                TimelineBucket(bucket: "2022-08-10", articles: 1, mentions: 2, events: 1, fatalities: 0),
                TimelineBucket(bucket: "2022-09-01", articles: 1, mentions: 1, events: 0, fatalities: 0),
                TimelineBucket(bucket: "2022-09-05", articles: 1, mentions: 1, events: 1, fatalities: 0),
            ])
            // 2022-08-10 is a Wednesday, 2022-09-01 a Thursday, 2022-09-05 a Monday: weeks start on Monday.
            let weeks = try store.timeline(TimelineQuery(subject: .entity(id), by: .week))
            #expect(weeks.buckets.map(\.bucket) == ["2022-08-08", "2022-08-29", "2022-09-05"])
            let months = try store.timeline(TimelineQuery(subject: .entity(id), by: .month))
            #expect(months.buckets == [
                TimelineBucket(bucket: "2022-08", articles: 1, mentions: 2, events: 1, fatalities: 0),
                TimelineBucket(bucket: "2022-09", articles: 2, mentions: 2, events: 1, fatalities: 0),
            ])
        }
    }

    @Test func aPlaceCountsTheEventsThatHappenedThere() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let tessit = try #require(try store.entities(named: "Tessit", limit: 1).first).id
            let timeline = try store.timeline(TimelineQuery(subject: .entity(tessit), by: .month))
            #expect(timeline.buckets == [
                TimelineBucket(bucket: "2022-08", articles: 1, mentions: 1, events: 1, fatalities: 42),
                TimelineBucket(bucket: "2022-09", articles: 1, mentions: 1, events: 1, fatalities: 5),
            ])
        }
    }

    @Test func cameoCodesCountEventsTheirArticlesAndDead() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let violence = try store.timeline(TimelineQuery(subject: .cameo(["18", "19"]), by: .day))
            #expect(violence.buckets == [
                TimelineBucket(bucket: "2022-08-10", articles: 1, mentions: nil, events: 1, fatalities: 42),
                TimelineBucket(bucket: "2022-09-05", articles: 1, mentions: nil, events: 1, fatalities: 5),
            ])
            // A code is a prefix: "1" is every code from 10 to 19.
            let ones = try store.timeline(TimelineQuery(subject: .cameo(["1"]), by: .month))
            #expect(ones.buckets.map(\.events) == [1, 2])
            #expect(try store.timeline(TimelineQuery(subject: .cameo(["20"]))).buckets.isEmpty)
        }
    }

    @Test func wordsCountMatchingArticlesAndTheirEvents() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let tessit = try store.timeline(TimelineQuery(subject: .text("Tessit"), by: .day))
            #expect(tessit.buckets == [
                TimelineBucket(bucket: "2022-08-10", articles: 1, mentions: nil, events: 2, fatalities: 42),
                TimelineBucket(bucket: "2022-09-05", articles: 1, mentions: nil, events: 2, fatalities: 5),
            ])
            #expect(try store.timeline(TimelineQuery(subject: .text("\"\""))).buckets.isEmpty)
        }
    }

    @Test func boundsApplyToTheCountedDay() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let id = try goitaID(store)
            let september = try store.timeline(TimelineQuery(subject: .entity(id), by: .day, from: "2022-09-01"))
            #expect(september.buckets.map(\.bucket) == ["2022-09-01", "2022-09-05"])
            let august = try store.timeline(TimelineQuery(subject: .text("Goita OR Goïta"), by: .day, to: "2022-08-31"))
            #expect(august.buckets.map(\.bucket) == ["2022-08-10"])
            let none = try store.timeline(TimelineQuery(subject: .cameo(["19"]), from: "2022-08-11", to: "2022-09-04"))
            #expect(none.buckets.isEmpty)
        }
    }
}
