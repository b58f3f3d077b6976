import Testing
import YAML

@testable import ComposeModel

@Suite struct FinishingPassesTests {
    @Test("omitempty drops false, zero, empty strings and empty collections but keeps pointers and data")
    func omitEmpty() throws {
        var tree = try yaml("""
            services:
              a:
                privileged: false
                cpus: 0
                hostname: ""
                ports: []
                scale: 0
                healthcheck: {}
                command: []
                environment: {EMPTY: ""}
                shm_size: "0"
            networks: {}
            """)
        GoOmitEmpty.apply(to: &tree)
        let a = try #require(tree.mapping?["services"]?.mapping?["a"]?.mapping)
        #expect(a.keys.sorted() == ["command", "environment", "healthcheck", "scale"])
        #expect(a["environment"]?.mapping?["EMPTY"]?.text == "")
        #expect(tree.mapping?["networks"] == nil)
    }

    @Test("reset paths survive extraction and come back as markers at the same path")
    func resetMarkers() throws {
        let document = try yaml("services: {a: {image: x, build: !reset , environment: {B: !reset , C: c}}}")
        let (clean, paths) = ResetMarkers.extract(document)
        #expect(paths == [["services", "a", "build"], ["services", "a", "environment", "B"]])
        #expect(clean.mapping?["services"]?.mapping?["a"]?.mapping?["build"] == nil)
        let marked = ResetMarkers.reinsert(paths, into: clean)
        #expect(marked.mapping?["services"]?.mapping?["a"]?.mapping?["build"]?.isReset == true)
    }

    @Test("selecting a service keeps its transitive dependencies and drops dependencies that are gone")
    func selection() throws {
        var tree = try yaml("""
            services:
              web: {depends_on: {db: {}, gone: {}}}
              db: {depends_on: {init: {}}}
              init: {}
              other: {}
            """)
        ResourcePruner.select(in: &tree, services: ["web"])
        let services = try #require(tree.mapping?["services"]?.mapping)
        #expect(services.keys.sorted() == ["db", "init", "web"])
        #expect(services["web"]?.mapping?["depends_on"]?.mapping?.keys == ["db"])
    }

    @Test("unused resources are pruned while services always stay, even empty")
    func pruning() throws {
        var tree = try yaml("{networks: {a: {}}, volumes: {v: {}}, secrets: {s: {file: x}}}")
        ResourcePruner.prune(in: &tree, usage: ResourcePruner.Usage())
        #expect(tree.mapping?.keys == ["services"])
    }

    @Test("external volumes refuse driver settings and secrets need a source", arguments: [
        ("volumes: {v: {external: true, driver: local}}", "conflicting parameters \"external\" and \"driver\""),
        ("secrets: {s: {}}", "one of file|environment must be set"),
        ("services: {a: {image: x, scale: 2, container_name: c}}", "can't set container_name"),
        ("services: {a: {image: x, tmpfs: [/d], volumes: [{type: bind, source: /h, target: /d}]}}", "target /d already mounted"),
        ("services: {a: {image: x, models: [m]}}", "refers to undefined model m"),
    ])
    func checks(text: String, expected: String) throws {
        var checker = ConsistencyChecker(try yaml(text), disabled: [])
        checker.run()
        #expect(checker.diagnostics.errors.contains { $0.message.contains(expected) })
    }
}
