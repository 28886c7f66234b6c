import Syntax

/// Reading the dependency parse (`Document.syntax`). Token indices throughout; every function returns nothing
/// when the document has no parse.
extension Document {
    /// The token's head, nil for a sentence root (or without a parse).
    public func head(of token: Int) -> Int? {
        guard token >= 0, token < syntax.count, syntax[token].head >= 0 else { return nil }
        return syntax[token].head
    }

    /// The token's dependents in text order.
    public func dependents(of token: Int) -> [Int] {
        guard token >= 0, token < syntax.count else { return [] }
        var out: [Int] = []
        var d = Int(syntax[token].firstDependent)
        while d >= 0 { out.append(d); d = Int(syntax[d].nextSibling) }
        return out
    }

    /// The token's dependents with one of `labels`.
    public func dependents(of token: Int, _ labels: DependencyLabel...) -> [Int] {
        dependents(of: token).filter { labels.contains(syntax[$0].label) }
    }

    /// Subjects of a verb (nsubj, nsubjpass, csubj, csubjpass); a verb coordinated with an earlier one and without a
    /// subject of its own shares that verb's ("police arrested and questioned him"). An `acl`/`relcl` verb's subject
    /// is the noun it modifies when it has none ("the men who attacked": "men" via "who"; "troops stationed there").
    public func subjects(of verb: Int) -> [Int] {
        var v = verb, hops = 0
        while hops < 8 {
            let own = dependents(of: v).filter { syntax[$0].label.isSubject && syntax[$0].label != .expl }
            if !own.isEmpty { return own }
            guard syntax.indices.contains(v), syntax[v].label == .conj || syntax[v].label == .xcomp, let h = head(of: v) else { break }
            v = h
            hops += 1
        }
        if syntax.indices.contains(verb), syntax[verb].label == .acl, let h = head(of: verb) { return [h] }
        return []
    }

    /// Direct objects, datives, attributes and object predicates of a verb.
    public func objects(of verb: Int) -> [Int] {
        dependents(of: verb).filter { syntax[$0].label.isObject }
    }

    /// The doer of a passive verb: the object of its `by` agent ("killed by gunmen" -> "gunmen").
    public func passiveAgent(of verb: Int) -> Int? {
        for agent in dependents(of: verb, .agent) {
            if let object = dependents(of: agent, .pobj).first { return object }
        }
        return nil
    }

    /// Whether the verb is passive (it has a passive subject or a passive auxiliary).
    public func isPassive(_ verb: Int) -> Bool {
        !dependents(of: verb, .nsubjpass, .csubjpass, .auxpass).isEmpty
    }

    /// Prepositional attachments of a token: each preposition dependent and its object ("killed in Bamako" ->
    /// ("in", "Bamako")).
    public func prepositionalObjects(of token: Int) -> [(preposition: Int, object: Int)] {
        dependents(of: token, .prep, .agent).compactMap { p in dependents(of: p, .pobj, .pcomp).first.map { (p, $0) } }
    }

    /// Tokens coordinated with this one ("Mali and Niger": "Niger" for "Mali"), through chains of `conj`.
    public func conjuncts(of token: Int) -> [Int] {
        var out: [Int] = []
        var frontier = dependents(of: token, .conj)
        while let c = frontier.first {
            frontier.removeFirst()
            out.append(c)
            frontier += dependents(of: c, .conj)
        }
        return out
    }

    /// The tokens the token heads, itself included, as the range from the first to the last (parses are projective).
    public func subtree(of token: Int) -> Range<Int> {
        guard token >= 0, token < syntax.count else { return token..<token }
        var lo = token, hi = token
        var stack = [token]
        while let t = stack.popLast() {
            lo = min(lo, t); hi = max(hi, t)
            stack += dependents(of: t)
        }
        return lo..<(hi + 1)
    }

    /// The root token of the sentence holding `token` (following heads up).
    public func root(of token: Int) -> Int {
        var t = token, hops = 0
        while let h = head(of: t), hops < syntax.count { t = h; hops += 1 }
        return t
    }
}
