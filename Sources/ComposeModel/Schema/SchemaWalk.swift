import YAML

/// One run of `SchemaValidator` over a tree. The current path is one stack of steps pushed and
/// popped on the way down; an item index becomes a string only when a violation spells the path
/// out, so a valid document builds no path strings.
struct SchemaWalk {
    /// One level of the path: a mapping key, or an item's position in a sequence.
    enum Step {
        case key(String)
        case index(Int)
    }

    /// Where the walk is, from the root down.
    var steps: [Step]
    /// Every violation found so far, in document order.
    var violations: [SchemaViolation] = []

    /// A walk whose root is found at `path`.
    init(at path: [String]) {
        steps = path.map(Step.key)
    }

    /// Validates `node`, found at the current position, against `schema`.
    mutating func validate(_ node: Node, against schema: SchemaNode) {
        validate(node.content, tag: node.tag, mark: node.mark, against: schema)
    }

    /// Validates the node with `content`, `tag` and `mark`. Loops hand a child over in these
    /// parts: copying them out of the parent costs a fraction of copying a whole `Node`.
    /// A `!reset` node is skipped: the loader removes that path before compose validates.
    /// Returns the node's value, or nil for a skipped `!reset` node.
    @discardableResult
    mutating func validate(_ content: Node.Content, tag: String?, mark: Mark, against schema: SchemaNode) -> SchemaValue? {
        if tag == "!reset" { return nil }
        let value = SchemaValue(content, tag: tag)
        if case .invalid(let goType) = value {
            report(.invalidJSONType(goType), at: mark)
        } else {
            check(content, value, mark: mark, against: schema)
        }
        return value
    }

    /// What `validate` checks once the node is known to be a JSON value `value`; each `oneOf`
    /// alternative starts here, since the node is the same.
    mutating func check(_ content: Node.Content, _ value: SchemaValue, mark: Mark, against schema: SchemaNode) {
        if schema.typeMask != 0, value.kindMask & schema.typeMask == 0 {
            return report(.type(want: schema.types), at: mark)
        }
        if schema.hasValueChecks {
            checkScalar(value, mark: mark, schema: schema)
        }
        switch content {
        case .mapping(let mapping): checkObject(mapping, mark: mark, schema: schema)
        case .sequence(let items): checkArray(items, schema: schema)
        case .scalar: break
        }
        if !schema.oneOf.isEmpty {
            checkOneOf(content, value, mark: mark, schema.oneOf)
        }
    }

    /// Records a violation at the current path.
    mutating func report(_ kind: SchemaViolation.Kind, at mark: Mark) {
        violations.append(SchemaViolation(path: currentPath, kind: kind, mark: mark))
    }

    private mutating func checkScalar(_ value: SchemaValue, mark: Mark, schema: SchemaNode) {
        if let allowed = schema.enumeration {
            if case .string(let text) = value, allowed.contains(text) {} else {
                report(.enumeration(allowed), at: mark)
            }
        }
        if let pattern = schema.pattern, let matcher = schema.patternMatcher, case .string(let text) = value, !matcher.matches(text) {
            report(.pattern(got: text, want: pattern), at: mark)
        }
        guard schema.minimum != nil || schema.maximum != nil else { return }
        let number: Double? = switch value {
        case .integer(let int): Double(int)
        case .number(let double): double
        default: nil
        }
        if let number, let minimum = schema.minimum, number < minimum {
            report(.minimum(minimum), at: mark)
        }
        if let number, let maximum = schema.maximum, number > maximum {
            report(.maximum(maximum), at: mark)
        }
    }

    private mutating func checkObject(_ mapping: Node.Mapping, mark: Mark, schema: SchemaNode) {
        if !schema.required.isEmpty {
            let missing = schema.required.filter { mapping.index(of: $0) == nil }
            if !missing.isEmpty {
                report(.missingProperties(missing), at: mark)
            }
        }
        // Entries are read in place through a buffer pointer and only a child's parts are copied
        // out; `for entry in mapping` would copy every entry (several retains and releases each).
        mapping.entries.withUnsafeBufferPointer { entries in
            for entry in entries.indices {
                let key = Self.name(of: entries[entry].key)
                guard let child = schema.schema(forKey: key) else {
                    let suggestion = KeySuggestion.closest(to: key, among: schema.propertyNames)
                    report(.additionalProperty(key, suggestion: suggestion), at: entries[entry].key.mark)
                    continue
                }
                steps.append(.key(key))
                validate(entries[entry].value.content, tag: entries[entry].value.tag, mark: entries[entry].value.mark, against: child)
                steps.removeLast()
            }
        }
    }

    /// A key's text (`Entry.name`), read from stored properties so the entry is not copied.
    private static func name(of key: Node) -> String {
        if case .scalar(let scalar) = key.content { return scalar.text }
        return ""
    }

    private mutating func checkArray(_ items: [Node], schema: SchemaNode) {
        // Fewer than two items cannot repeat: skip naming the path for the common short lists.
        let checksUniqueness = schema.uniqueItems && items.count > 1 && !isDeduplicatedHere
        // The scalar values the item walk works out anyway, kept for the uniqueness check.
        var values: [SchemaValue?] = []
        if let itemSchema = schema.items {
            if checksUniqueness { values.reserveCapacity(items.count) }
            items.withUnsafeBufferPointer { items in  // read in place, as in `checkObject`
                for index in items.indices {
                    steps.append(.index(index))
                    let value = validate(items[index].content, tag: items[index].tag, mark: items[index].mark, against: itemSchema)
                    steps.removeLast()
                    if checksUniqueness {
                        if case .scalar = items[index].content { values.append(value) } else { values.append(nil) }
                    }
                }
            }
        }
        guard checksUniqueness else { return }
        func equal(_ first: Int, _ second: Int) -> Bool {
            if values.count == items.count, let a = values[first], let b = values[second] {
                return JSONEquality.equal(a, b)
            }
            return JSONEquality.equal(items[first], items[second])
        }
        for second in items.indices {
            if let first = (0..<second).first(where: { equal($0, second) }) {
                return report(.duplicateItems(first, second), at: items[second].mark)
            }
        }
    }
}
