extension SchemaWalk {
    /// The current path as names (`services`, `web`, `ports`, `0`), for a violation.
    var currentPath: [String] {
        steps.map { step in
            switch step {
            case .key(let name): name
            case .index(let index): String(index)
            }
        }
    }

    /// Whether the array at the current position is one compose-go de-duplicates before it
    /// validates (see `SchemaValidator.deduplicatedPaths`).
    var isDeduplicatedHere: Bool {
        guard case .key(let name) = steps.last, let candidates = SchemaValidator.deduplicatedPaths[name] else { return false }
        candidates: for pattern in candidates where pattern.count == steps.count {
            for index in pattern.indices where !pattern[index].matches(steps[index]) {
                continue candidates
            }
            return true
        }
        return false
    }
}

extension SchemaValidator.PathPattern {
    /// Whether one step of a path fits this pattern component; the byte count is compared first,
    /// since most names differ in length and a full string comparison costs far more.
    func matches(_ step: SchemaWalk.Step) -> Bool {
        switch (self, step) {
        case (.any, _): true
        case (.name(let expected), .key(let name)): name.utf8.count == expected.utf8.count && name == expected
        case (.name(let expected), .index(let index)): String(index) == expected
        }
    }
}
