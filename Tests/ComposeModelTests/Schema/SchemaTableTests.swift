import Testing
@testable import ComposeModel

@Suite struct SchemaTableTests {
    /// Every node reachable from the document schema, each once.
    static func allNodes() -> [SchemaNode] {
        var seen: Set<ObjectIdentifier> = []
        var stack = [ComposeSchema.document]
        var nodes: [SchemaNode] = []
        while let node = stack.popLast() {
            guard seen.insert(ObjectIdentifier(node)).inserted else { continue }
            nodes.append(node)
            stack += node.properties.values
            stack += node.patternProperties.map(\.schema)
            stack += node.oneOf
            if let items = node.items { stack.append(items) }
            if case .schema(let additional) = node.additionalProperties { stack.append(additional) }
        }
        return nodes
    }

    @Test("every pattern in the schema tables has a hand-written matcher")
    func patternsAreKnown() {
        let patterns = Self.allNodes().flatMap { $0.patternProperties.map(\.pattern) + ($0.pattern.map { [$0] } ?? []) }
        #expect(!patterns.isEmpty)
        for pattern in Set(patterns) {
            #expect(SchemaPattern.known.contains(pattern), "unhandled pattern \(pattern)")
        }
    }

    @Test("the service table lists the keys compose-spec allows")
    func serviceKeys() {
        let keys = Set(ComposeSchema.service.propertyNames)
        for key in ["image", "build", "ports", "volumes", "depends_on", "healthcheck", "deploy", "develop", "gpus", "models", "post_start", "pre_stop", "label_file"] {
            #expect(keys.contains(key), "missing \(key)")
        }
        #expect(!keys.contains("imgae"))
    }

    static let patternCases: [(String, String, Bool)] = [
        (SchemaPattern.resourceName, "web-1.a_b", true),
        (SchemaPattern.resourceName, "${SVC}", false),
        (SchemaPattern.resourceName, "", false),
        (SchemaPattern.extensionKey, "x-foo", true),
        (SchemaPattern.extensionKey, "xfoo", false),
        (SchemaPattern.containerName, "a", false),
        (SchemaPattern.containerName, "-ab", true),
        (SchemaPattern.pullPolicy, "if_not_present", true),
        (SchemaPattern.pullPolicy, "every_12h", true),
        (SchemaPattern.pullPolicy, "every_h", false),
        (SchemaPattern.pullPolicy, "sometimes", false),
        ("^[a-z]+$", "nofile", true),
        ("^[a-z]+$", "NOFILE", false),
    ]

    @Test("hand-written matchers agree with Go regexp semantics", arguments: patternCases)
    func patternMatching(pattern: String, text: String, matches: Bool) {
        #expect(SchemaPattern.matches(pattern, text) == matches)
    }

    static let suggestions: [(String, String?)] = [
        ("imgae", "image"), ("imag", "image"), ("port", "ports"), ("enviroment", "environment"),
        ("healthchek", "healthcheck"), ("dependson", "depends_on"), ("zzzzzz", nil), ("x-custom", nil),
    ]

    @Test("unknown service keys get a did-you-mean suggestion when one is close", arguments: suggestions)
    func suggestion(key: String, expected: String?) {
        #expect(KeySuggestion.closest(to: key, among: ComposeSchema.service.propertyNames) == expected)
    }

    static let timestamps: [(String, Bool)] = [
        ("2001-12-14", true), ("2001-1-2", true), ("2001-12-14t21:59:43.10-05:00", true),
        ("2001-12-14 21:59:43.10", true), ("2001-12-14T21:59:43Z", true), ("2001-12-14T21:59:43", false),
        ("20011-12-14", false), ("2001-13-01", false), ("2001-12", false), ("1.2.3", false),
    ]

    @Test("plain scalars go-yaml reads as timestamps are recognised", arguments: timestamps)
    func timestamp(text: String, isTimestamp: Bool) {
        #expect(YAMLTimestamp.matches(text) == isTimestamp)
    }
}
