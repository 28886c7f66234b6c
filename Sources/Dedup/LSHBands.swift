/// Locality-sensitive hashing of MinHash signatures: the signature cut into `bands` bands of `rows` values; two
/// texts become candidates when any band is equal in both. With resemblance s the chance of that is
/// 1 - (1 - s^rows)^bands: at 42 bands of 3, 0.996 at s = 0.5, 0.68 at 0.3, 0.29 at 0.2, 0.04 at 0.1. Candidates are
/// then checked on the whole signature, so a lookup costs one index probe per band plus the few candidates found,
/// not a pass over the store.
public struct LSHBands: Sendable, Hashable {
    public var bands: Int
    public var rows: Int

    public static let standard = LSHBands(bands: 42, rows: 3)

    public init(bands: Int, rows: Int) {
        precondition(bands > 0 && rows > 0, "LSH needs at least one band of one row")
        self.bands = bands
        self.rows = rows
    }

    /// One key per band, the band's number mixed in (equal values in different bands are no match).
    /// Empty when the signature is shorter than bands x rows or the text is too short to be a story
    /// (`NearDuplicates.minimumShingles`).
    public func keys(of fingerprint: Fingerprint) -> [Int64] {
        guard fingerprint.shingles >= NearDuplicates.minimumShingles, fingerprint.signature.count >= bands * rows else {
            return []
        }
        var keys: [Int64] = []
        keys.reserveCapacity(bands)
        for band in 0..<bands {
            var hash = Shingler.finalize(UInt64(band) &+ 0x5BD1_E995)
            for row in 0..<rows {
                hash = Shingler.finalize((hash &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(fingerprint.signature[band * rows + row]))
            }
            keys.append(Int64(bitPattern: hash))
        }
        return keys
    }

    /// The chance that two texts of resemblance `s` share a band.
    public func candidateProbability(resemblance s: Double) -> Double {
        var power = 1.0
        for _ in 0..<rows { power *= s }
        var miss = 1.0
        for _ in 0..<bands { miss *= 1 - power }
        return 1 - miss
    }
}

/// An in-memory LSH index: fingerprints in, near-duplicate pairs out. The store keeps the same bands in a table;
/// this one serves `newswire duplicates --in FILE` and the tests.
public struct NearDuplicateIndex: Sendable {
    public let hasher: MinHasher
    public let bands: LSHBands
    /// Pairs below this estimated resemblance are not kept.
    public let floor: Double
    private var buckets: [Int64: [Int]] = [:]
    public private(set) var fingerprints: [Fingerprint] = []

    public init(hasher: MinHasher = .standard, bands: LSHBands = .standard, floor: Double = NearDuplicates.floor) {
        precondition(hasher.count >= bands.bands * bands.rows, "the signature is shorter than the bands")
        self.hasher = hasher
        self.bands = bands
        self.floor = floor
    }

    /// Adds a text and returns its number and its near-duplicates among those added before, best first.
    @discardableResult
    public mutating func add(_ text: String) -> (index: Int, pairs: [NearDuplicatePair]) {
        add(hasher.fingerprint(of: text))
    }

    @discardableResult
    public mutating func add(_ fingerprint: Fingerprint) -> (index: Int, pairs: [NearDuplicatePair]) {
        let index = fingerprints.count
        var seen = Set<Int>()
        var pairs: [NearDuplicatePair] = []
        for key in bands.keys(of: fingerprint) {
            for other in buckets[key, default: []] where seen.insert(other).inserted {
                let overlap = fingerprint.resemblance(to: fingerprints[other])
                if overlap >= floor { pairs.append(NearDuplicatePair(first: other, second: index, overlap: overlap)) }
            }
            buckets[key, default: []].append(index)
        }
        fingerprints.append(fingerprint)
        return (index, pairs.sorted { ($0.overlap, -$0.first) > ($1.overlap, -$1.first) })
    }
}

/// Two texts (by number) and their estimated resemblance.
public struct NearDuplicatePair: Sendable, Hashable {
    public var first: Int
    public var second: Int
    public var overlap: Double

    public init(first: Int, second: Int, overlap: Double) {
        self.first = first
        self.second = second
        self.overlap = overlap
    }
}

/// The thresholds every part of the project uses.
public enum NearDuplicates {
    /// Pairs are kept from this estimated resemblance up: below it, two news texts share a quote or a paragraph of
    /// background, not a story.
    public static let floor = 0.3
    /// What `newswire duplicates` and `search --collapse` count as copies unless told otherwise.
    public static let defaultMinimum = 0.5
    /// A text of fewer distinct shingles (about 20 words) has no near-duplicates: the CSV holds rows whose text is a
    /// word or a line of page furniture, equal in unrelated articles (4 TASS and HuffPost rows of one word each).
    public static let minimumShingles = 16
}
