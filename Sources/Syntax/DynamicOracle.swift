/// The dynamic oracle of arc-eager parsing (Goldberg and Nivre 2012): the cost of an action is the number of gold
/// arcs it makes unreachable, so training can follow the model's own mistakes and still learn the best next step.
/// On a non-projective tree the costs still count lost arcs; the zero-cost (or least-cost) path then yields the
/// projective tree closest to it.
struct DynamicOracle {
    /// Gold head of each word, `n` for the root.
    let goldHeads: [Int32]
    let goldLabels: [UInt8]

    init(heads: [Int], labels: [DependencyLabel]) {
        let n = heads.count
        goldHeads = heads.map { $0 < 0 ? Int32(n) : Int32($0) }
        goldLabels = labels.map(\.rawValue)
    }

    /// Costs of every action in `state` (`Int32.max` for invalid ones) into `costs` (`ArcEagerState.actionCount`).
    func costs(_ state: ArcEagerState, into costs: UnsafeMutablePointer<Int32>) {
        let L = ArcEagerState.labelCount
        for a in 0..<ArcEagerState.actionCount { costs[a] = Int32.max }
        let n = state.n, b = state.front, s0 = state.s0
        guard s0 >= 0, b < n else {
            if let forced = state.forcedAction { costs[forced] = 0 }
            return
        }
        // Dependents of s0 still in the buffer, and of b on the stack (headless); is b's head on the stack?
        var s0DependentsInBuffer: Int32 = 0
        var k = b
        while k < n { if goldHeads[k] == s0 { s0DependentsInBuffer += 1 }; k += 1 }
        var bDependentsOnStack: Int32 = 0
        var bHeadOnStack = false
        let gb = Int(goldHeads[b])
        for item in state.stack {
            let i = Int(item)
            if state.heads[i] < 0 && goldHeads[i] == b { bDependentsOnStack += 1 }
            if i == gb { bHeadOnStack = true }
        }
        // SHIFT
        costs[ArcEagerState.shift] = (bHeadOnStack ? 1 : 0) + bDependentsOnStack
        // RIGHT-ARC s0 -> b: b's other reachable head is lost (on the stack or later in the buffer), and its stack dependents
        let bHeadReachableElsewhere = gb != s0 && ((bHeadOnStack) || gb > b)
        let rightBase = (bHeadReachableElsewhere ? 1 : 0) + bDependentsOnStack
        for l in 0..<L where l != Int(DependencyLabel.root.rawValue) {
            costs[ArcEagerState.right(l)] = Int32(rightBase) + (gb == s0 && goldLabels[b] != UInt8(l) ? 1 : 0)
        }
        if state.heads[s0] >= 0 {
            // REDUCE: s0's dependents still in the buffer are lost
            costs[ArcEagerState.reduce] = s0DependentsInBuffer
        } else {
            // LEFT-ARC b -> s0: s0's head later in the buffer (or the root), and its buffer dependents
            let g0 = Int(goldHeads[s0])
            let leftBase = (g0 != b && g0 > b ? 1 : 0) + s0DependentsInBuffer
            for l in 0..<L where l != Int(DependencyLabel.root.rawValue) {
                costs[ArcEagerState.left(l)] = leftBase + (g0 == b && goldLabels[s0] != UInt8(l) ? 1 : 0)
            }
        }
    }
}
