import Testing
import YAML
@testable import ComposeModel

@Suite struct CanonicalizerTests {
    /// A service snippet and the errors canonicalisation must report for it.
    static let failures: [(String, [String])] = [
        ("ports: [\"1.2.3:80:80\"]", ["invalid IP address: 1.2.3"]),
        ("ports: [\"80/xyz\", \"70000:80\"]", ["invalid proto: xyz", "invalid hostPort: 70000"]),
        ("volumes: [\":/x\"]", ["invalid spec: :/x: empty section between colons"]),
        ("volumes: [\"/a:/b:ro:z\"]", ["invalid spec: /a:/b:ro:z: too many colons"]),
        ("environment: [\"KEY =v\"]", ["'services[web].environment' environment variable KEY  is declared with a trailing space"]),
        ("healthcheck: {interval: \"10\"}", ["'services[web].healthcheck.interval' time: missing unit in duration \"10\""]),
        ("stop_grace_period: abc", ["'services[web].stop_grace_period' time: invalid duration \"abc\""]),
        ("mem_limit: abc", ["'services[web].mem_limit' invalid size: 'abc'"]),
        ("configs: [{source: c, mode: \"9\"}]", ["'services[web].configs[0].mode' strconv.ParseInt: parsing \"9\": invalid syntax"]),
        ("read_only: \"\"", ["error while interpolating services.web.read_only: failed to cast to expected type: invalid boolean: "]),
        ("scale: abc", ["error while interpolating services.web.scale: failed to cast to expected type: strconv.Atoi: parsing \"abc\": invalid syntax"]),
        ("ports: [{target: x}]", ["error while interpolating services.web.ports.[].target: failed to cast to expected type: strconv.Atoi: parsing \"x\": invalid syntax"]),
        ("cpu_shares: 9223372036854775808", ["services.web.cpu_shares: 9223372036854775808 is out of range for an integer (the largest is 9223372036854775807)"]),
        ("ulimits: {nofile: 9223372036854775808, nproc: {soft: 1, hard: 18446744073709551615}}", [
            "services.web.ulimits.nofile: 9223372036854775808 is out of range for an integer (the largest is 9223372036854775807)",
            "services.web.ulimits.nproc.hard: 18446744073709551615 is out of range for an integer (the largest is 9223372036854775807)",
        ]),
        ("devices: [\"a:b:c:d\"]", ["confusing device mapping, please use long syntax: a:b:c:d"]),
        ("extra_hosts: [\"nohost\"]", ["'services[web].extra_hosts' invalid additional host, missing IP: nohost"]),
        ("gpus: [{count: x}]", ["'services[web].gpus[0].count' invalid value \"x\", the only value allowed is 'all' or a number"]),
        ("volumes: [{type: bind, target: /x}]", ["invalid mount config for type \"bind\": field Source must not be empty"]),
    ]

    @Test("malformed short syntaxes are errors at the offending node", arguments: failures)
    func failure(snippet: String, expected: [String]) throws {
        let (_, diagnostics) = try CanonicalHarness.serviceField(snippet)
        #expect(diagnostics.errors.map(\.message) == expected)
        #expect(diagnostics.errors.allSatisfy { $0.mark.line == 4 })
    }

    @Test("YAML 1.1 booleans are accepted with a warning where compose casts")
    func yamlOneOneBooleans() throws {
        let (json, diagnostics) = try CanonicalHarness.serviceField("read_only: \"yes\"")
        #expect(json == "true")
        #expect(diagnostics.errors.isEmpty)
        #expect(diagnostics.warnings.map(\.message) == ["\"yes\" for boolean is not supported by YAML 1.2, please use `true`"])
    }

    @Test("canonical nodes keep the source's marks and !reset/!override tags")
    func marksAndTags() throws {
        let yaml = """
            services:
              web:
                image: a
                ports: !override
                  - "8080:80"
                environment: !reset []
            """
        let (node, diagnostics) = try CanonicalHarness.canonical(yaml)
        #expect(diagnostics.isEmpty)
        let web = try #require(node.mapping?["services"]?.mapping?["web"]?.mapping)
        let ports = try #require(web["ports"])
        #expect(ports.tag == "!override")
        let port = try #require(ports.sequence?.first)
        #expect(port.mark == Mark(file: "compose.yaml", line: 5, column: 9))
        #expect(port.mapping?["target"]?.mark == port.mark)
        #expect(web["environment"]?.tag == "!reset")
    }

    @Test("canonicalising edits its own copy: the input tree is left as it was")
    func inputUntouched() throws {
        let document = try CanonicalHarness.parse("""
            services:
              web:
                image: a
                ports: ["8080:80"]
                volumes: [./data:/data]
                environment: [A=1]
                healthcheck: {test: echo, interval: 90s}
            """)
        let before = CanonicalHarness.json(document)
        var diagnostics = Diagnostics()
        let canonical = Canonicalizer.canonicalize(document, options: CanonicalHarness.options, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(CanonicalHarness.json(document) == before)
        #expect(CanonicalHarness.json(canonical) != before)
    }

    @Test("the deprecated external.name becomes name plus external: true, with a warning")
    func externalName() throws {
        let yaml = "networks:\n  outside:\n    external:\n      name: real-net\n"
        let (node, diagnostics) = try CanonicalHarness.canonical(yaml)
        let network = try #require(node.mapping?["networks"]?.mapping?["outside"])
        #expect(CanonicalHarness.json(network) == #"{"external":true,"ipam":{},"name":"real-net"}"#)
        #expect(diagnostics.warnings.map(\.message) == ["networks.outside: external.name is deprecated. Please set name and external: true"])
        #expect(diagnostics.warnings.first?.mark.line == 4)
    }

    @Test("top-level resources: labels as strings, secret files absolute, casts on external")
    func resources() throws {
        let yaml = """
            volumes:
              data: {labels: [a=1], external: "false"}
            secrets:
              token: {file: ./token.txt}
            configs:
              winconf: {file: 'C:\\conf\\app.ini'}
            """
        let (node, diagnostics) = try CanonicalHarness.canonical(yaml)
        #expect(diagnostics.isEmpty, "\(diagnostics.items)")
        let top = try #require(node.mapping)
        #expect(top["volumes"].map(CanonicalHarness.json) == #"{"data":{"external":false,"labels":{"a":"1"}}}"#)
        #expect(top["secrets"].map(CanonicalHarness.json) == #"{"token":{"file":"/proj/token.txt"}}"#)
        #expect(top["configs"].map(CanonicalHarness.json) == #"{"winconf":{"file":"C:\\conf\\app.ini"}}"#)
    }

    @Test("an override document does not impose build defaults a merge would wrongly keep")
    func overrideBuild() throws {
        let yaml = "services:\n  web:\n    build: {args: [A=1]}\n"
        let (base, _) = try CanonicalHarness.canonical(yaml)
        let (override, _) = try CanonicalHarness.canonical(yaml, isOverride: true)
        let path = { (node: Node) in node.mapping?["services"]?.mapping?["web"]?.mapping?["build"].map(CanonicalHarness.json) }
        #expect(path(base) == #"{"args":{"A":"1"},"context":"/proj","dockerfile":"Dockerfile"}"#)
        #expect(path(override) == #"{"args":{"A":"1"}}"#)
    }
}
