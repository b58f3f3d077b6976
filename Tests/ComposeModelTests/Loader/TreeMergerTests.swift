import Testing
import YAML

@testable import ComposeModel

@Suite struct TreeMergerTests {
    private func merged(_ base: String, _ override: String) throws -> Node {
        try TreeMerger.merge(try yaml(base), try yaml(override))
    }

    private func service(_ tree: Node, _ name: String = "a") -> Node.Mapping? {
        tree.mapping?["services"]?.mapping?[name]?.mapping
    }

    @Test("ports with the same host ip, published port, target and protocol collapse; the later wins in place")
    func portsDeduplicated() throws {
        let tree = try merged(
            """
            services: {a: {ports: [{target: 80, published: "8080", mode: ingress}, {target: 81}]}}
            """,
            """
            services: {a: {ports: [{target: 80, published: "8080", host_ip: 0.0.0.0, protocol: tcp, mode: host}]}}
            """)
        let ports = try #require(service(tree)?["ports"]?.sequence)
        #expect(ports.count == 2)
        #expect(ports[0].mapping?["mode"]?.text == "host")
        #expect(ports[1].mapping?["target"]?.text == "81")
    }

    @Test("environment keys merge last-wins and a null override unsets the value")
    func environment() throws {
        let tree = try merged("services: {a: {environment: {A: '1', B: '2'}}}", "services: {a: {environment: {B: null, C: '3'}}}")
        let env = try #require(service(tree)?["environment"]?.mapping)
        #expect(env.keys == ["A", "B", "C"])
        #expect(env["B"]?.isNull == true)
    }

    @Test("command is replaced as a whole, not appended")
    func commandReplaced() throws {
        let tree = try merged("services: {a: {command: [a, b]}}", "services: {a: {command: [c]}}")
        #expect(service(tree)?["command"]?.sequence?.compactMap(\.text) == ["c"])
    }

    @Test("plain sequences append and volumes de-duplicate by target")
    func volumes() throws {
        let tree = try merged(
            "services: {a: {volumes: [{type: volume, source: x, target: /data}], cap_add: [A]}}",
            "services: {a: {volumes: [{type: bind, source: /h, target: /data}], cap_add: [A, B]}}")
        let volumes = try #require(service(tree)?["volumes"]?.sequence)
        #expect(volumes.count == 1)
        #expect(volumes[0].mapping?["type"]?.text == "bind")
        #expect(service(tree)?["cap_add"]?.sequence?.compactMap(\.text) == ["A", "B"])
    }

    @Test("logging options merge only when the driver is unchanged")
    func logging() throws {
        let same = try merged(
            "services: {a: {logging: {driver: json-file, options: {max-size: 1m}}}}",
            "services: {a: {logging: {options: {max-file: '3'}}}}")
        #expect(service(same)?["logging"]?.mapping?["options"]?.mapping?.count == 2)
        let other = try merged(
            "services: {a: {logging: {driver: json-file, options: {max-size: 1m}}}}",
            "services: {a: {logging: {driver: syslog}}}")
        #expect(service(other)?["logging"]?.mapping?["options"] == nil)
    }

    @Test("a scalar cannot override a sequence")
    func sequenceVersusScalar() throws {
        #expect(throws: TreeMerger.Failure.self) {
            try TreeMerger.merge(try yaml("services: {a: {expose: ['1']}}"), try yaml("services: {a: {expose: '2'}}"))
        }
    }

    @Test("!reset removes a field and !override replaces it without merging")
    func resetAndOverride() throws {
        let tree = try merged(
            "services: {a: {image: x, ports: [{target: 1}], labels: {a: b}}}",
            "services: {a: {ports: !reset [], labels: !override {c: d}}}")
        let a = try #require(service(tree))
        #expect(a["ports"] == nil)
        #expect(a["labels"]?.mapping?.keys == ["c"])
        #expect(a["labels"]?.tag == nil)
    }

    @Test("a build string over a build map keeps the base's other keys")
    func buildStringMerges() throws {
        let tree = try merged("services: {a: {build: {context: ., args: {A: '1'}}}}", "services: {a: {build: ./x}}")
        let build = try #require(service(tree)?["build"]?.mapping)
        #expect(build["context"]?.text == "./x")
        #expect(build["args"] != nil)
    }

    @Test("extra_hosts skip entries already present and dns de-duplicates by the text before '='")
    func stringLists() throws {
        let tree = try merged(
            "services: {a: {extra_hosts: ['h=1.1.1.1'], tmpfs: ['/run:size=1k']}}",
            "services: {a: {extra_hosts: ['h=1.1.1.1', 'g=2.2.2.2'], tmpfs: ['/run:size=2k']}}")
        #expect(service(tree)?["extra_hosts"]?.sequence?.compactMap(\.text) == ["h=1.1.1.1", "g=2.2.2.2"])
        #expect(service(tree)?["tmpfs"]?.sequence?.compactMap(\.text) == ["/run:size=2k"])
    }

    @Test("a null service in an override leaves the base service unchanged")
    func nullServiceKeepsBase() throws {
        let tree = try merged("services: {a: {image: x}}", "services: {a: }")
        #expect(service(tree)?["image"]?.text == "x")
    }

    @Test("depends_on given as a list merges with a map, list items defaulting to service_started")
    func dependsOn() throws {
        let tree = try merged(
            "services: {a: {depends_on: {db: {condition: service_healthy, required: true}}}}",
            "services: {a: {depends_on: [cache]}}")
        let deps = try #require(service(tree)?["depends_on"]?.mapping)
        #expect(deps.keys == ["db", "cache"])
        #expect(deps["cache"]?.mapping?["condition"]?.text == "service_started")
    }
}
