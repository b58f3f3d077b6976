extension Node {
    /// What kind of node this is, in words for diagnostics: `mapping`, `sequence`, `null`, `string`, ...
    package var kind: String {
        switch content {
        case .mapping: "mapping"
        case .sequence: "sequence"
        case .scalar(let scalar):
            switch scalar.resolved(tag: tag) {
            case .null: "null"
            case .bool: "boolean"
            case .int, .uint: "integer"
            case .float: "number"
            case .string: "string"
            }
        }
    }
}
