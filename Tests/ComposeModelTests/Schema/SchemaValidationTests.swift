import Testing
import YAML
@testable import ComposeModel

@Suite struct SchemaValidationTests {
    @Test("an unknown key is reported at the key with compose's wording and a suggestion")
    func unknownKey() throws {
        let (_, diagnostics) = try CanonicalHarness.canonical("services:\n  web:\n    imgae: nginx\n")
        let error = try #require(diagnostics.errors.first)
        #expect(diagnostics.errors.count == 1)
        #expect(error.message == "services.web additional properties 'imgae' not allowed (did you mean 'image'?)")
        #expect(error.mark == Mark(file: "compose.yaml", line: 3, column: 5))
        #expect(error.description == "compose.yaml:3:5: error: services.web additional properties 'imgae' not allowed (did you mean 'image'?)")
    }

    /// A document, and every error message it must produce (in document order).
    static let invalid: [(String, [String])] = [
        ("services:\n  web:\n    image: a\n    ports: \"80:80\"\n", ["services.web.ports must be a array"]),
        ("services:\n  web:\n    image: a\n    environment: A=1\n", ["services.web.environment must be a mapping"]),
        ("services:\n  web:\n    image: a\n    environment: {FOO: [1]}\n", ["services.web.environment.FOO must be a boolean, null, number or string"]),
        ("services:\n  web:\n    image: 2001-12-14\n", ["services.web.image invalid jsonType time.Time"]),
        ("services:\n  web:\n    image: a\n    depends_on: {db: {required: true}}\n", ["services.web.depends_on.db missing property 'condition'"]),
        ("services:\n  web:\n    image: a\n    depends_on: {db: {condition: started}}\n",
         ["services.web.depends_on.db.condition value must be one of 'service_started', 'service_healthy', 'service_completed_successfully'"]),
        ("services:\n  \"a b\":\n    image: a\n", ["services additional properties 'a b' not allowed"]),
        ("servics: {}\n", ["additional properties 'servics' not allowed (did you mean 'services'?)"]),
        ("services:\n  web:\n    image: a\n    pull_policy: sometimes\n",
         ["services.web.pull_policy 'sometimes' does not match pattern 'always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+'"]),
        ("services:\n  web:\n    image: a\n    dns_opt: [a, a]\n", []),
        // Checked with docker compose v2.40.3: the `oneOf` tie goes to the first branch.
        ("services:\n  web:\n    image: a\n    extra_hosts: [\"a=1\", \"a=1\"]\n", ["services.web.extra_hosts must be a mapping"]),
        ("services:\n  web:\n    image: a\n    cap_add: [A]\n    group_add: [a, a]\n", ["services.web.group_add items at 0 and 1 are equal"]),
        ("services:\n  web:\n    image: a\n    ulimits: {nofile: true}\n", ["services.web.ulimits.nofile must be a integer or string"]),
        ("services:\n  web:\n    image: a\n    volumes: [{type: tmpfs, target: /t, foo: 1}]\n", ["services.web.volumes.0 additional properties 'foo' not allowed"]),
        ("services:\n  web:\n    image: a\n    volumes: [{type: tmpfs, target: /t, tmpfs: {size: 1.5}}]\n", ["services.web.volumes.0.tmpfs.size must be a integer"]),
        ("services:\n  web:\n    image: a\n    build: {context: ., ssh: 1}\n", ["services.web.build.ssh must be a mapping"]),
        ("name: 1\nservices: {}\n", ["name must be a string"]),
        ("services: []\n", ["services must be a mapping"]),
        // Both `oneOf` branches fail at the same depth, so compose-go reports the first: string.
        ("services:\n  web:\n    image: a\n    oom_score_adj: 2000\n", ["services.web.oom_score_adj must be a string"]),
        ("services:\n  web:\n    image: a\n    volumes: [{type: tmpfs, target: /t, tmpfs: {size: -1}}]\n",
         ["services.web.volumes.0.tmpfs.size must be greater than or equal to 0"]),
        ("services:\n  web:\n", ["services.web must be a mapping"]),
        ("networks:\n  n:\n    driver: bridge\n    externel: true\n", ["networks.n additional properties 'externel' not allowed (did you mean 'external'?)"]),
    ]

    @Test("schema violations are worded like compose-go's validation errors", arguments: invalid)
    func violations(yaml: String, expected: [String]) throws {
        let (_, diagnostics) = try CanonicalHarness.canonical(yaml)
        #expect(diagnostics.errors.map(\.message) == expected)
    }

    @Test("every problem in a document is reported, not just the first")
    func collectsAll() throws {
        let yaml = """
            services:
              web:
                imgae: nginx
                ports: "80"
                depends_on: {db: {condition: later}}
              db:
                image: postgres
                restrat: always
            volumes:
              data: {drivr: local}
            """
        let (_, diagnostics) = try CanonicalHarness.canonical(yaml)
        let lines = diagnostics.errors.map(\.mark.line)
        #expect(diagnostics.errors.count == 5)
        #expect(lines == [3, 4, 5, 8, 10])
        #expect(diagnostics.errors.contains { $0.message.hasSuffix("(did you mean 'restart'?)") })
    }

    @Test("extension keys are allowed where the schema says, and x- names are names in services")
    func extensions() throws {
        let yaml = """
            x-common: &common {anything: [1, {deep: true}]}
            services:
              x-foo:
                image: a
                x-meta: {free: form}
            networks:
              net: {x-note: hi}
            """
        let (node, diagnostics) = try CanonicalHarness.canonical(yaml)
        #expect(diagnostics.isEmpty, "\(diagnostics.items)")
        #expect(node.mapping?["services"]?.mapping?["x-foo"]?.mapping?["image"]?.text == "a")
    }

    @Test("a null service is an error in a base document and kept in an override")
    func nullService() throws {
        let yaml = "services:\n  web:\n"
        let (_, base) = try CanonicalHarness.canonical(yaml)
        #expect(base.errors.map(\.message) == ["services.web must be a mapping"])
        let (node, override) = try CanonicalHarness.canonical(yaml, isOverride: true)
        #expect(override.isEmpty)
        #expect(node.mapping?["services"]?.mapping?["web"]?.isNull == true)
    }

    @Test("a !reset value is not validated: the loader removes that path first")
    func resetSkipsValidation() throws {
        let (node, diagnostics) = try CanonicalHarness.canonical("services:\n  web:\n    image: a\n    build: !reset\n    ports: !reset 5\n")
        #expect(diagnostics.isEmpty, "\(diagnostics.items)")
        #expect(node.mapping?["services"]?.mapping?["web"]?.mapping?["ports"]?.isReset == true)
    }

    @Test("a top-level value that is not a mapping is rejected")
    func topLevel() throws {
        let (_, diagnostics) = try CanonicalHarness.canonical("- a\n- b\n")
        #expect(diagnostics.errors.map(\.message) == ["top-level object must be a mapping"])
    }
}
