import NewsModel
import Testing

@Suite("Settings from the environment")
struct SettingTests {
    @Test("a set variable wins over the default; an unset or empty one gives the default")
    func values() {
        let environment = ["A": "7", "B": "0.25", "C": "tcp://x:1", "EMPTY": ""]
        #expect(Setting.int("A", default: 1, environment: environment) == 7)
        #expect(Setting.double("B", default: 1, environment: environment) == 0.25)
        #expect(Setting.string("C", default: "d", environment: environment) == "tcp://x:1")
        #expect(Setting.string("EMPTY", default: "d", environment: environment) == "d")
        #expect(Setting.int("MISSING", default: 5, environment: environment) == 5)
    }

    @Test("a value that is not of its type is a problem naming the variable and the value, not a silent default")
    func badValues() {
        let name = "NEWSWIRE_TEST_ATTEMPTS_\(Int.random(in: 0..<1_000_000))"
        _ = Setting.int(name, default: 5, environment: [name: "five"])
        #expect(Setting.problems.contains("\(name)=five is not a whole number"))
        let other = name + "_D"
        _ = Setting.double(other, default: 1, environment: [other: "nan"])
        #expect(Setting.problems.contains("\(other)=nan is not a number"))
        #expect(throws: SettingError.self) { try Setting.check() }
    }
}
