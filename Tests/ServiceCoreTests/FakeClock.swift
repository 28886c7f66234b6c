/// Time that moves only when a test moves it, so deadlines are exact and no test sleeps.
struct FakeClock {
    private(set) var now = ContinuousClock.now

    mutating func advance(by duration: Duration) {
        now += duration
    }
}
