/// What extraction needs to know of each node that does not change between its attempts: the tag's roles,
/// the class/id weight, whether the class/id/role names furniture, whether the page hides it. Computed once
/// per page, with tag names looked up once each and class/id words matched as bytes.
struct NodeFacts {
    struct Tag: OptionSet, Hashable {
        let rawValue: UInt32
        /// Never article text (scripts, styles, form controls, navigation).
        static let excluded = Tag(rawValue: 1 << 0)
        /// Inside a div, makes the div a container rather than a paragraph.
        static let blocksParagraph = Tag(rawValue: 1 << 1)
        /// Its text is scored as a paragraph's.
        static let scored = Tag(rawValue: 1 << 2)
        /// A container that can hold paragraphs of its own inline content.
        static let divLike = Tag(rawValue: 1 << 3)
        /// Judged by its statistics inside the chosen content.
        static let conditional = Tag(rawValue: 1 << 4)
        /// Starts and ends a paragraph in the output text.
        static let outputBlock = Tag(rawValue: 1 << 5)
        /// Dropped from the chosen content whatever its statistics.
        static let dropped = Tag(rawValue: 1 << 6)
    }

    var tags: [Tag]
    /// Class and id weight (`ClassHints.weight`).
    var weights: [Double]
    /// Class, id or role names furniture (and no story word saves it).
    var unlikely: [Bool]
    /// Class or id says "share".
    var share: [Bool]
    var hidden: [Bool]

    init(document: Document) {
        let count = document.nodes.count
        tags = Array(repeating: [], count: count)
        weights = Array(repeating: 0, count: count)
        unlikely = Array(repeating: false, count: count)
        share = Array(repeating: false, count: count)
        hidden = Array(repeating: false, count: count)
        for index in 1..<count {
            let node = document.nodes[index]
            if node.isText { continue }
            tags[index] = Self.tagTable[node.name] ?? []
            guard !node.attributeRange.isEmpty else { continue }
            var className: [UInt8] = []
            var id: [UInt8] = []
            var ariaHidden = false
            for attribute in document.attributes[node.attributeRange] {
                switch attribute.name {
                case "class": className = Self.lowercased(attribute.value)
                case "id": id = Self.lowercased(attribute.value)
                case "role": if ClassHints.furnitureRoles.contains(attribute.value.lowercased()) { unlikely[index] = true }
                case "hidden": hidden[index] = true
                case "aria-hidden": ariaHidden = attribute.value == "true"
                case "style":
                    if Self.hiddenStyles.containsAny(Self.lowercased(attribute.value).filter { $0 != 32 }) { hidden[index] = true }
                default: break
                }
            }
            // aria-hidden images with a fallback class are the page's real images (Wikipedia's, Medium's).
            if ariaHidden, !Self.fallbackWords.containsAny(className) { hidden[index] = true }
            if className.isEmpty && id.isEmpty { continue }
            var weight = 0.0
            for name in [className, id] where !name.isEmpty {
                if Self.negativeWords.containsAny(name) { weight -= 25 }
                if Self.positiveWords.containsAny(name) { weight += 25 }
            }
            weights[index] = weight
            let joined = className + [32] + id
            if Self.unlikelyWords.containsAny(joined), !Self.maybeWords.containsAny(joined) { unlikely[index] = true }
            if Self.shareWords.containsAny(joined) { share[index] = true }
        }
    }

    static func lowercased(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
    }

    static let unlikelyWords = WordSet(ClassHints.unlikely)
    static let maybeWords = WordSet(ClassHints.maybe)
    static let negativeWords = WordSet(ClassHints.negative)
    static let positiveWords = WordSet(ClassHints.positive)
    static let shareWords = WordSet(["share", "sharedaddy"])
    static let hiddenStyles = WordSet(["display:none", "visibility:hidden"])
    static let fallbackWords = WordSet(["fallback-image"])

    static let tagTable: [String: Tag] = {
        var table: [String: Tag] = [:]
        for name in Exclusion.alwaysExcluded { table[name, default: []].insert(.excluded) }
        for name in BlockStatistics.blocksParagraph { table[name, default: []].insert(.blocksParagraph) }
        for name in CandidateScoring.scoredTags { table[name, default: []].insert(.scored) }
        for name in CandidateScoring.divLike { table[name, default: []].insert(.divLike) }
        for name in ContentCleaner.conditional { table[name, default: []].insert(.conditional) }
        for name in ContentCleaner.alwaysDropped { table[name, default: []].insert(.dropped) }
        for name in TextRenderer.blocks { table[name, default: []].insert(.outputBlock) }
        return table
    }()
}

/// Lowercase words looked for inside a class or id, as bytes, bucketed by first byte.
struct WordSet {
    private var buckets: [[[UInt8]]] = Array(repeating: [], count: 256)

    init(_ words: [String]) {
        for word in words where !word.isEmpty {
            let bytes = Array(word.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
    }

    func containsAny(_ text: [UInt8]) -> Bool {
        let count = text.count
        for start in 0..<count {
            for word in buckets[Int(text[start])] where start + word.count <= count {
                var matches = true
                for k in 1..<word.count where text[start + k] != word[k] { matches = false; break }
                if matches { return true }
            }
        }
        return false
    }
}
