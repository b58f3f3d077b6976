import YAML

/// Checks a node tree against a `SchemaNode` and returns every violation, not just the first.
/// Inside `oneOf` it keeps compose-go's choice: when no alternative fits, the single most specific
/// failure among them is reported.
package enum SchemaValidator {
    /// Validates `node` (found at `path`) against `schema`.
    /// A `!reset` node is skipped: the loader removes that path before compose validates.
    package static func validate(_ node: Node, against schema: SchemaNode, at path: [String] = []) -> [SchemaViolation] {
        var path = path
        var violations: [SchemaViolation] = []
        validate(node, against: schema, path: &path, into: &violations)
        return violations
    }

    /// The walk behind `validate(_:against:at:)`: `path` is a stack pushed and popped on the way
    /// down, copied only into a violation, and violations are appended in document order.
    private static func validate(_ node: Node, against schema: SchemaNode, path: inout [String], into violations: inout [SchemaViolation]) {
        if node.isReset { return }
        let value = SchemaValue(node)
        if case .invalid(let goType) = value {
            return violations.append(SchemaViolation(path: path, kind: .invalidJSONType(goType), mark: node.mark))
        }
        if !schema.types.isEmpty, !schema.types.contains(where: value.isKind) {
            return violations.append(SchemaViolation(path: path, kind: .type(want: schema.types), mark: node.mark))
        }
        checkScalar(value, node: node, schema: schema, path: path, into: &violations)
        switch node.content {
        case .mapping(let mapping): checkObject(mapping, node: node, schema: schema, path: &path, into: &violations)
        case .sequence(let items): checkArray(items, schema: schema, path: &path, into: &violations)
        case .scalar: break
        }
        if !schema.oneOf.isEmpty {
            checkOneOf(node, schema.oneOf, path: &path, into: &violations)
        }
    }

    private static func checkScalar(_ value: SchemaValue, node: Node, schema: SchemaNode, path: [String], into violations: inout [SchemaViolation]) {
        if let allowed = schema.enumeration {
            if case .string(let text) = value, allowed.contains(text) {} else {
                violations.append(SchemaViolation(path: path, kind: .enumeration(allowed), mark: node.mark))
            }
        }
        if let pattern = schema.pattern, case .string(let text) = value, !SchemaPattern.matches(pattern, text) {
            violations.append(SchemaViolation(path: path, kind: .pattern(got: text, want: pattern), mark: node.mark))
        }
        let number: Double? = switch value {
        case .integer(let int): Double(int)
        case .number(let double): double
        default: nil
        }
        if let number, let minimum = schema.minimum, number < minimum {
            violations.append(SchemaViolation(path: path, kind: .minimum(minimum), mark: node.mark))
        }
        if let number, let maximum = schema.maximum, number > maximum {
            violations.append(SchemaViolation(path: path, kind: .maximum(maximum), mark: node.mark))
        }
    }

    private static func checkObject(_ mapping: Node.Mapping, node: Node, schema: SchemaNode, path: inout [String], into violations: inout [SchemaViolation]) {
        if !schema.required.isEmpty {
            let missing = schema.required.filter { mapping[$0] == nil }
            if !missing.isEmpty {
                violations.append(SchemaViolation(path: path, kind: .missingProperties(missing), mark: node.mark))
            }
        }
        for entry in mapping {
            let key = entry.name
            guard let child = schema.schema(forKey: key) else {
                let suggestion = KeySuggestion.closest(to: key, among: schema.propertyNames)
                violations.append(SchemaViolation(path: path, kind: .additionalProperty(key, suggestion: suggestion), mark: entry.key.mark))
                continue
            }
            path.append(key)
            validate(entry.value, against: child, path: &path, into: &violations)
            path.removeLast()
        }
    }

    private static func checkArray(_ items: [Node], schema: SchemaNode, path: inout [String], into violations: inout [SchemaViolation]) {
        if let itemSchema = schema.items {
            for (index, item) in items.enumerated() {
                path.append(String(index))
                validate(item, against: itemSchema, path: &path, into: &violations)
                path.removeLast()
            }
        }
        guard schema.uniqueItems, !isDeduplicated(path) else { return }
        for second in items.indices {
            if let first = items[..<second].firstIndex(where: { JSONEquality.equal($0, items[second]) }) {
                violations.append(SchemaViolation(path: path, kind: .duplicateItems(first, second), mark: items[second].mark))
                return
            }
        }
    }

    private static func checkOneOf(_ node: Node, _ alternatives: [SchemaNode], path: inout [String], into violations: inout [SchemaViolation]) {
        var matched: [Int] = []
        var best: SchemaViolation?
        for (index, alternative) in alternatives.enumerated() {
            var found: [SchemaViolation] = []
            validate(node, against: alternative, path: &path, into: &found)
            if found.isEmpty { matched.append(index) }
            // The first most specific failure across all alternatives, in order.
            for failure in found where best.map({ failure.specificity > $0.specificity }) ?? true {
                best = failure
            }
        }
        if matched.count > 1 {
            return violations.append(SchemaViolation(path: path, kind: .oneOfMultiple(matched[0], matched[1]), mark: node.mark))
        }
        guard matched.isEmpty, let best else { return }
        violations.append(best)
    }

    /// Lists compose-go de-duplicates (`override.EnforceUnicity`) before it validates, so their
    /// `uniqueItems` never fails in Docker Compose.
    static let deduplicatedPaths: [[String]] = [
        "networks.*.labels", "networks.*.ipam.options", "services.*.annotations", "services.*.build.args",
        "services.*.build.additional_contexts", "services.*.build.platform", "services.*.build.tags",
        "services.*.build.labels", "services.*.cap_add", "services.*.cap_drop", "services.*.devices",
        "services.*.configs", "services.*.deploy.labels", "services.*.dns", "services.*.dns_opt",
        "services.*.dns_search", "services.*.environment", "services.*.env_file", "services.*.expose",
        "services.*.labels", "services.*.links", "services.*.networks.*.aliases",
        "services.*.networks.*.link_local_ips", "services.*.ports", "services.*.profiles", "services.*.secrets",
        "services.*.sysctls", "services.*.tmpfs", "services.*.volumes",
    ].map { $0.split(separator: ".").map(String.init) }

    /// Whether `path` names one of those de-duplicated lists.
    static func isDeduplicated(_ path: [String]) -> Bool {
        deduplicatedPaths.contains { pattern in
            pattern.count == path.count && zip(pattern, path).allSatisfy { $0 == "*" || $0 == $1 }
        }
    }
}
