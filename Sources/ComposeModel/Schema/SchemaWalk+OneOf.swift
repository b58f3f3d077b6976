import YAML

extension SchemaWalk {
    /// `oneOf`: exactly one alternative must fit. An alternative whose `type` rules the node out
    /// is not walked (its only failure is that type), the search stops at a second fit, and the
    /// failures of walked alternatives are kept only until it is clear none fits. Then, like
    /// compose-go, the first most specific failure across all alternatives, in order, is reported.
    mutating func checkOneOf(_ content: Node.Content, _ value: SchemaValue, mark: Mark, _ alternatives: [SchemaNode]) {
        var firstFit: Int?
        var walkedFailures: [(alternative: Int, violations: [SchemaViolation])] = []
        for (index, alternative) in alternatives.enumerated() where fitsType(value, alternative) {
            let found = violations(of: content, value, mark: mark, against: alternative)
            if !found.isEmpty {
                walkedFailures.append((index, found))
            } else if let firstFit {
                return report(.oneOfMultiple(firstFit, index), at: mark)
            } else {
                firstFit = index
            }
        }
        guard firstFit == nil else { return }
        var best: SchemaViolation?
        var walked = walkedFailures[...]
        for (index, alternative) in alternatives.enumerated() {
            let found: [SchemaViolation]
            if let next = walked.first, next.alternative == index {
                found = next.violations
                walked = walked.dropFirst()
            } else {
                found = [SchemaViolation(path: currentPath, kind: .type(want: alternative.types), mark: mark)]
            }
            for failure in found where best.map({ failure.specificity > $0.specificity }) ?? true {
                best = failure
            }
        }
        if let best { violations.append(best) }
    }

    private func fitsType(_ value: SchemaValue, _ schema: SchemaNode) -> Bool {
        schema.typeMask == 0 || value.kindMask & schema.typeMask != 0
    }

    /// The violations of `node` against one alternative, kept apart from those already found.
    private mutating func violations(
        of content: Node.Content, _ value: SchemaValue, mark: Mark, against alternative: SchemaNode
    ) -> [SchemaViolation] {
        var found: [SchemaViolation] = []
        swap(&found, &violations)
        check(content, value, mark: mark, against: alternative)
        swap(&found, &violations)
        return found
    }
}
