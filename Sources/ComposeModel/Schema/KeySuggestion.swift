/// Picks the allowed key a misspelt one most likely meant, for "did you mean" hints.
enum KeySuggestion {
    /// The candidate within edit distance 2 of `key` (closest first), else one that `key` is a
    /// prefix of; nil when nothing is close.
    static func closest(to key: String, among candidates: [String]) -> String? {
        guard key.count >= 2, !key.hasPrefix("x-") else { return nil }
        let lowered = key.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(Array(lowered), Array(candidate.lowercased()))
            if distance <= 2, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        if let best, best.distance < key.count { return best.candidate }
        guard key.count >= 3 else { return nil }
        return candidates.filter { $0.hasPrefix(lowered) }.min { $0.count < $1.count }
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
