import YAML

/// Equality of two nodes as JSON values (what `uniqueItems` compares): key order does not
/// matter, `1` equals `1.0`, and quoting does not matter once the scalar's type is known.
enum JSONEquality {
    /// Whether two nodes hold the same JSON value.
    static func equal(_ lhs: Node, _ rhs: Node) -> Bool {
        switch (lhs.content, rhs.content) {
        case (.sequence(let left), .sequence(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { equal($0, $1) }
        case (.mapping(let left), .mapping(let right)):
            guard left.count == right.count else { return false }
            return left.allSatisfy { entry in
                right[entry.name].map { equal(entry.value, $0) } ?? false
            }
        case (.scalar, .scalar):
            return equal(SchemaValue(lhs), SchemaValue(rhs))
        default:
            return false
        }
    }

    /// Whether two scalar values are the same JSON value.
    static func equal(_ lhs: SchemaValue, _ rhs: SchemaValue) -> Bool {
        switch (lhs, rhs) {
        case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)): Double(a) == b
        case (let a, let b): a == b
        }
    }
}
