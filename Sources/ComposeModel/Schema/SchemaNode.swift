/// One node of the Compose JSON schema, limited to the draft-07 keywords compose-spec uses.
/// The tables in `ComposeSchema` are written with it; `SchemaValidator` interprets it.
package final class SchemaNode: Sendable {
    /// A JSON value kind as the schema's `type` keyword names it.
    package enum Kind: String, Sendable, Hashable {
        case object, array, string, integer, number, boolean, null

        /// The kind as a one-bit mask, so a node's `type` list is tested with one `&`.
        var bit: UInt8 {
            switch self {
            case .object: 1 << 0
            case .array: 1 << 1
            case .string: 1 << 2
            case .integer: 1 << 3
            case .number: 1 << 4
            case .boolean: 1 << 5
            case .null: 1 << 6
            }
        }
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
    /// `properties` again, in the table the validator looks keys up in.
    let propertyTable: NameTable<SchemaNode>
    /// Whether any of `enumeration`, `pattern`, `minimum` and `maximum` is set.
    let hasValueChecks: Bool
    /// `types` as a mask of `Kind.bit`s (0 when any kind will do).
    let typeMask: UInt8
    /// `patternProperties` and `pattern` resolved to their matchers once.
    let keyMatchers: [(matcher: SchemaPattern.Matcher, schema: SchemaNode)]
    let patternMatcher: SchemaPattern.Matcher?

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
        self.propertyTable = NameTable(properties.map { ($0.key, $0.value) })
        self.hasValueChecks = enumeration != nil || pattern != nil || minimum != nil || maximum != nil
        self.typeMask = types.reduce(0) { $0 | $1.bit }
        self.keyMatchers = patternProperties.map { (matcher: SchemaPattern.Matcher($0.0), schema: $0.1) }
        self.patternMatcher = pattern.map(SchemaPattern.Matcher.init)
    }

    /// The schema a key of an object must satisfy, or nil when the key is not allowed.
    func schema(forKey key: String) -> SchemaNode? {
        if let property = propertyTable[key] { return property }
        for (matcher, schema) in keyMatchers where matcher.matches(key) {
            return schema
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
