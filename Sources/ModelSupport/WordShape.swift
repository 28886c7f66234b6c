/// What the tagger knows of one word on its own: hashes of its forms and a few flags.
public struct WordInfo: Sendable {
    /// The word as written.
    public var raw: UInt64 = 0
    /// Lower case, digits folded to 0.
    public var lower: UInt64 = 0
    /// First letter as written, the rest lower case (to look up all-caps words under their usual form).
    public var title: UInt64 = 0
    /// Shape: X upper, x lower, d digit, other characters kept; runs longer than 4 cut to 4.
    public var shape: UInt64 = 0
    /// Shape with every run collapsed to one character ("Xx", "X.X.", "d-d").
    public var shortShape: UInt64 = 0
    public var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    public var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    public var flags: UInt32 = 0
    /// Length in Unicode scalars.
    public var length: Int = 0

    public static let initialCapital: UInt32 = 1 << 0
    public static let allCaps: UInt32 = 1 << 1
    public static let hasLower: UInt32 = 1 << 2
    public static let hasDigit: UInt32 = 1 << 3
    public static let allDigits: UInt32 = 1 << 4
    public static let hasHyphen: UInt32 = 1 << 5
    public static let hasApostrophe: UInt32 = 1 << 6
    public static let hasPeriod: UInt32 = 1 << 7
    public static let isInitial: UInt32 = 1 << 8
    public static let nonASCIILetter: UInt32 = 1 << 9
    public static let hasLetter: UInt32 = 1 << 10
    public static let punctuation: UInt32 = 1 << 11
    public static let innerCapital: UInt32 = 1 << 12

    @inline(__always) public func has(_ flag: UInt32) -> Bool { flags & flag != 0 }
    /// Starts with a capital letter (or is all caps).
    public var isCapitalised: Bool { has(WordInfo.initialCapital) }

    public init() {}

    public init(_ word: String) {
        var scratch: [UInt32] = []
        self.init(word, scratch: &scratch)
    }

    /// `scratch` is a reusable buffer for lower-cased scalars, to spare an allocation per word.
    public init(_ word: String, scratch lowered: inout [UInt32]) {
        lowered.removeAll(keepingCapacity: true)

        var rawH = FeatureHash.fnvOffset, lowH = FeatureHash.fnvOffset, titleH = FeatureHash.fnvOffset
        var shapeH = FeatureHash.fnvOffset, shortH = FeatureHash.fnvOffset
        var lastShape: UInt32 = 0, run = 0
        var upper = 0, lower = 0, digits = 0, letters = 0, count = 0
        var flags: UInt32 = 0
        var firstIsUpper = false, sawLower = false
        for scalar in word.unicodeScalars {
            let v = scalar.value
            rawH = FeatureHash.step(rawH, v)
            var shapeChar: UInt32
            var isUp = false, isLow = false, isDigit = false
            if v < 0x80 {
                if v >= 65 && v <= 90 { isUp = true } else if v >= 97 && v <= 122 { isLow = true } else if v >= 48 && v <= 57 { isDigit = true }
                switch v {
                case 45: flags |= WordInfo.hasHyphen
                case 39: flags |= WordInfo.hasApostrophe
                case 46: flags |= WordInfo.hasPeriod
                default: break
                }
                let l = isUp ? v + 32 : (isDigit ? 48 : v)
                lowered.append(l)
                lowH = FeatureHash.step(lowH, l)
                titleH = FeatureHash.step(titleH, count == 0 ? v : (isUp ? v + 32 : v))
            } else {
                let p = scalar.properties
                if p.isAlphabetic {
                    flags |= WordInfo.nonASCIILetter
                    if p.isUppercase { isUp = true } else { isLow = true }
                } else if p.numericType != nil {
                    isDigit = true
                } else if v == 0x2019 || v == 0x2018 || v == 0x02BC {
                    flags |= WordInfo.hasApostrophe
                } else if v == 0x2010 || v == 0x2011 || v == 0x2013 {
                    flags |= WordInfo.hasHyphen
                }
                if isUp {
                    for s in p.lowercaseMapping.unicodeScalars {
                        lowered.append(s.value)
                        lowH = FeatureHash.step(lowH, s.value)
                        titleH = FeatureHash.step(titleH, count == 0 ? v : s.value)
                    }
                } else {
                    lowered.append(v)
                    lowH = FeatureHash.step(lowH, v)
                    titleH = FeatureHash.step(titleH, v)
                }
            }
            if isUp {
                upper += 1; letters += 1; shapeChar = 88
                if count == 0 { firstIsUpper = true }
                if sawLower { flags |= WordInfo.innerCapital }
            } else if isLow {
                lower += 1; letters += 1; shapeChar = 120; sawLower = true
            } else if isDigit {
                digits += 1; shapeChar = 100
            } else {
                shapeChar = v
            }
            if shapeChar == lastShape {
                run += 1
            } else {
                run = 1
                shortH = FeatureHash.step(shortH, shapeChar)
                lastShape = shapeChar
            }
            if run <= 4 { shapeH = FeatureHash.step(shapeH, shapeChar) }
            count += 1
        }
        if firstIsUpper { flags |= WordInfo.initialCapital }
        if letters > 0 { flags |= WordInfo.hasLetter }
        if upper > 0 && lower == 0 { flags |= WordInfo.allCaps }
        if lower > 0 { flags |= WordInfo.hasLower }
        if digits > 0 { flags |= WordInfo.hasDigit }
        if digits > 0 && digits == count { flags |= WordInfo.allDigits }
        if letters == 0 && digits == 0 { flags |= WordInfo.punctuation }
        if count == 2 && upper == 1 && flags & WordInfo.hasPeriod != 0 && firstIsUpper { flags |= WordInfo.isInitial }

        raw = FeatureHash.finalize(rawH)
        self.lower = FeatureHash.finalize(lowH)
        title = FeatureHash.finalize(titleH)
        shape = FeatureHash.finalize(shapeH)
        shortShape = FeatureHash.finalize(shortH)
        self.flags = flags
        length = count

        let n = lowered.count
        var p0: UInt64 = 0, p1: UInt64 = 0, p2: UInt64 = 0, p3: UInt64 = 0
        var s0: UInt64 = 0, s1: UInt64 = 0, s2: UInt64 = 0, s3: UInt64 = 0
        var h = FeatureHash.fnvOffset
        if n > 0 { h = FeatureHash.step(h, lowered[0]); p0 = FeatureHash.finalize(h) }
        if n > 1 { h = FeatureHash.step(h, lowered[1]); p1 = FeatureHash.finalize(h) }
        if n > 2 { h = FeatureHash.step(h, lowered[2]); p2 = FeatureHash.finalize(h) }
        if n > 3 { h = FeatureHash.step(h, lowered[3]); p3 = FeatureHash.finalize(h) }
        h = FeatureHash.fnvOffset
        if n > 0 { h = FeatureHash.step(h, lowered[n - 1]); s0 = FeatureHash.finalize(h) }
        if n > 1 { h = FeatureHash.step(h, lowered[n - 2]); s1 = FeatureHash.finalize(h) }
        if n > 2 { h = FeatureHash.step(h, lowered[n - 3]); s2 = FeatureHash.finalize(h) }
        if n > 3 { h = FeatureHash.step(h, lowered[n - 4]); s3 = FeatureHash.finalize(h) }
        prefixes = (p0, p1, p2, p3)
        suffixes = (s0, s1, s2, s3)
    }

    /// A word standing in for the positions before and after a sentence.
    public static func padding(_ marker: UInt64) -> WordInfo {
        var info = WordInfo()
        let h = FeatureHash.combine(0xB05_E05, marker)
        info.raw = h; info.lower = h; info.title = h; info.shape = h; info.shortShape = h
        info.prefixes = (h, h, h, h); info.suffixes = (h, h, h, h)
        info.flags = WordInfo.punctuation
        return info
    }
}
