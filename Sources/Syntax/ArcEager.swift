/// The arc-eager transition system (Nivre 2003) with the root at the end of the buffer (Ballesteros and Nivre
/// 2013): words 0..<n, the root is position n and is never shifted; a word still headless when the buffer holds only
/// the root is attached to it.
///
/// Actions are numbered: 0 SHIFT, 1 REDUCE, 2 + l LEFT-ARC with label l, 2 + L + l RIGHT-ARC with label l.
struct ArcEagerState {
    static let labelCount = DependencyLabel.allCases.count
    static let actionCount = 2 + 2 * labelCount
    static let shift = 0, reduce = 1
    @inline(__always) static func left(_ label: Int) -> Int { 2 + label }
    @inline(__always) static func right(_ label: Int) -> Int { 2 + labelCount + label }

    let n: Int
    var stack: [Int32] = []
    /// Front of the buffer; `n` is the root.
    var front = 0
    /// Head of each word (`n` for the root), -1 while it has none.
    var heads: [Int32]
    var labels: [UInt8]
    /// Leftmost and second-leftmost, rightmost and second-rightmost children, -1 for none.
    var left1: [Int32], left2: [Int32], right1: [Int32], right2: [Int32]
    var leftCount: [UInt8], rightCount: [UInt8]
    /// Bit l set when the word has a left (right) child with label l.
    var leftLabels: [UInt64], rightLabels: [UInt64]

    init(count n: Int) {
        self.n = n
        stack.reserveCapacity(n)
        heads = [Int32](repeating: -1, count: n)
        labels = [UInt8](repeating: 0, count: n)
        left1 = heads; left2 = heads; right1 = heads; right2 = heads
        leftCount = [UInt8](repeating: 0, count: n); rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: n); rightLabels = leftLabels
    }

    var isTerminal: Bool { front >= n && stack.isEmpty }
    var s0: Int { stack.isEmpty ? -1 : Int(stack[stack.count - 1]) }
    var s1: Int { stack.count < 2 ? -1 : Int(stack[stack.count - 2]) }

    /// The action when there is no choice: SHIFT on an empty stack; with only the root left, REDUCE a word that has
    /// a head or attach a headless one to the root. Nil when the model must choose.
    var forcedAction: Int? {
        if stack.isEmpty { return Self.shift }
        if front >= n { return heads[s0] >= 0 ? Self.reduce : Self.left(Int(DependencyLabel.root.rawValue)) }
        return nil
    }

    @inline(__always)
    func isValid(_ action: Int) -> Bool {
        switch action {
        case Self.shift: return front < n
        case Self.reduce: return !stack.isEmpty && heads[s0] >= 0
        default:
            guard !stack.isEmpty else { return false }
            if action < 2 + Self.labelCount {
                let isRoot = action == Self.left(Int(DependencyLabel.root.rawValue))
                return heads[s0] < 0 && (front >= n) == isRoot
            }
            return front < n && action != Self.right(Int(DependencyLabel.root.rawValue))
        }
    }

    mutating func apply(_ action: Int) {
        switch action {
        case Self.shift:
            stack.append(Int32(front))
            front += 1
        case Self.reduce:
            stack.removeLast()
        default:
            if action < 2 + Self.labelCount {
                let dependent = Int(stack.removeLast())
                if front < n { attach(dependent, to: front, label: action - 2) } else { heads[dependent] = Int32(n); labels[dependent] = UInt8(action - 2) }
            } else {
                attach(front, to: s0, label: action - 2 - Self.labelCount)
                stack.append(Int32(front))
                front += 1
            }
        }
    }

    private mutating func attach(_ d: Int, to h: Int, label: Int) {
        heads[d] = Int32(h)
        labels[d] = UInt8(label)
        if d < h {
            leftCount[h] &+= 1
            leftLabels[h] |= 1 << UInt64(label)
            if left1[h] < 0 || d < left1[h] { left2[h] = left1[h]; left1[h] = Int32(d) } else if left2[h] < 0 || d < left2[h] { left2[h] = Int32(d) }
        } else {
            rightCount[h] &+= 1
            rightLabels[h] |= 1 << UInt64(label)
            if right1[h] < 0 || d > right1[h] { right2[h] = right1[h]; right1[h] = Int32(d) } else if right2[h] < 0 || d > right2[h] { right2[h] = Int32(d) }
        }
    }

    /// Heads as indices into the words, -1 for the root; and labels.
    func tree() -> (heads: [Int], labels: [DependencyLabel]) {
        var outHeads = [Int](repeating: -1, count: n)
        var outLabels = [DependencyLabel](repeating: .root, count: n)
        for i in 0..<n {
            let h = Int(heads[i])
            if h >= 0 && h < n {
                outHeads[i] = h
                outLabels[i] = DependencyLabel(rawValue: labels[i]) ?? .dep
            }
        }
        return (outHeads, outLabels)
    }
}
