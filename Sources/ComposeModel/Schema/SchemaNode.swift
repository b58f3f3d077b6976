/// One node of the Compose JSON schema, limited to the draft-07 keywords compose-spec uses.
/// The tables in `ComposeSchema` are written with it; `SchemaValidator` interprets it.
package final class SchemaNode: Sendable {
    /// A JSON value kind as the schema's `type` keyword names it.
    package enum Kind: String, Sendable, Hashable {
        case object, array, string, integer, number, boolean, null
    }

    /// What `additionalProperties` says about keys no property or pattern names.
    package enum Additional: Sendable {
        case allowed
        case forbidden
        case schema(SchemaNode)
    }

    let types: [Kind]
    let propertyNames: [String]
    let properties: [String: SchemaNode]
    let patternProperties: [(pattern: String, schema: SchemaNode)]
    let additionalProperties: Additional
    let required: [String]
    let items: SchemaNode?
    let uniqueItems: Bool
    let oneOf: [SchemaNode]
    let enumeration: [String]?
    let minimum: Double?
    let maximum: Double?
    let pattern: String?

    init(
        types: [Kind] = [],
        properties: KeyValuePairs<String, SchemaNode> = [:],
        patternProperties: [(String, SchemaNode)] = [],
        additionalProperties: Additional = .allowed,
        required: [String] = [],
        items: SchemaNode? = nil,
        uniqueItems: Bool = false,
        oneOf: [SchemaNode] = [],
        enumeration: [String]? = nil,
        minimum: Double? = nil,
        maximum: Double? = nil,
        pattern: String? = nil
    ) {
        self.types = types
        self.propertyNames = properties.map(\.key)
        self.properties = Dictionary(properties.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        self.patternProperties = patternProperties.map { (pattern: $0.0, schema: $0.1) }
        self.additionalProperties = additionalProperties
        self.required = required
        self.items = items
        self.uniqueItems = uniqueItems
        self.oneOf = oneOf
        self.enumeration = enumeration
        self.minimum = minimum
        self.maximum = maximum
        self.pattern = pattern
    }

    /// The schema a key of an object must satisfy, or nil when the key is not allowed.
    func schema(forKey key: String) -> SchemaNode? {
        if let property = properties[key] { return property }
        if let match = patternProperties.first(where: { SchemaPattern.matches($0.pattern, key) }) {
            return match.schema
        }
        switch additionalProperties {
        case .allowed: return .any
        case .forbidden: return nil
        case .schema(let schema): return schema
        }
    }

    static let any = SchemaNode()
    static let string = SchemaNode(types: [.string])
    static let integer = SchemaNode(types: [.integer])
    static let number = SchemaNode(types: [.number])
    static let boolean = SchemaNode(types: [.boolean])
    static let null = SchemaNode(types: [.null])
    static let anyObject = SchemaNode(types: [.object])
    static let anyArray = SchemaNode(types: [.array])
}
