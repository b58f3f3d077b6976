import YAML

/// Checks a node tree against a `SchemaNode` and returns every violation, not just the first.
/// Inside `oneOf` it keeps compose-go's choice: when no alternative fits, the single most specific
/// failure among them is reported.
package enum SchemaValidator {
    /// Validates `node` (found at `path`) against `schema`.
    /// A `!reset` node is skipped: the loader removes that path before compose validates.
    package static func validate(_ node: Node, against schema: SchemaNode, at path: [String] = []) -> [SchemaViolation] {
        if node.isReset { return [] }
        let value = SchemaValue(node)
        if case .invalid(let goType) = value {
            return [SchemaViolation(path: path, kind: .invalidJSONType(goType), mark: node.mark)]
        }
        if !schema.types.isEmpty, !schema.types.contains(where: value.isKind) {
            return [SchemaViolation(path: path, kind: .type(want: schema.types), mark: node.mark)]
        }
        var violations: [SchemaViolation] = []
        checkScalar(value, node: node, schema: schema, path: path, into: &violations)
        switch node.content {
        case .mapping(let mapping): checkObject(mapping, node: node, schema: schema, path: path, into: &violations)
        case .sequence(let items): checkArray(items, schema: schema, path: path, into: &violations)
        case .scalar: break
        }
        if !schema.oneOf.isEmpty {
            violations += checkOneOf(node, schema.oneOf, path: path)
        }
        return violations
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

    private static func checkObject(_ mapping: Node.Mapping, node: Node, schema: SchemaNode, path: [String], into violations: inout [SchemaViolation]) {
        let missing = schema.required.filter { mapping[$0] == nil }
        if !missing.isEmpty {
            violations.append(SchemaViolation(path: path, kind: .missingProperties(missing), mark: node.mark))
        }
        for entry in mapping {
            let key = entry.name
            guard let child = schema.schema(forKey: key) else {
                let suggestion = KeySuggestion.closest(to: key, among: schema.propertyNames)
                violations.append(SchemaViolation(path: path, kind: .additionalProperty(key, suggestion: suggestion), mark: entry.key.mark))
                continue
            }
            violations += validate(entry.value, against: child, at: path + [key])
        }
    }

    private static func checkArray(_ items: [Node], schema: SchemaNode, path: [String], into violations: inout [SchemaViolation]) {
        if let itemSchema = schema.items {
            for (index, item) in items.enumerated() {
                violations += validate(item, against: itemSchema, at: path + [String(index)])
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

    private static func checkOneOf(_ node: Node, _ alternatives: [SchemaNode], path: [String]) -> [SchemaViolation] {
        var matched: [Int] = []
        var failures: [SchemaViolation] = []
        for (index, alternative) in alternatives.enumerated() {
            let found = validate(node, against: alternative, at: path)
            if found.isEmpty { matched.append(index) } else { failures += found }
        }
        if matched.count > 1 {
            return [SchemaViolation(path: path, kind: .oneOfMultiple(matched[0], matched[1]), mark: node.mark)]
        }
        guard matched.isEmpty, var best = failures.first else { return [] }
        for failure in failures.dropFirst() where failure.specificity > best.specificity {
            best = failure
        }
        return [best]
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
