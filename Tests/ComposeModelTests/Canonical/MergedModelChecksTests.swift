import Testing
import YAML
@testable import ComposeModel

@Suite struct MergedModelChecksTests {
    static let cases: [(String, [String])] = [
        ("volumes:\n  v: {external: true, driver: local}\n", ["volumes.v: conflicting parameters \"external\" and \"driver\" specified"]),
        ("volumes:\n  v: {external: true, name: x, x-note: 1}\n", []),
        ("secrets:\n  s: {labels: {a: b}}\n", ["secrets.s: one of file|environment must be set"]),
        ("secrets:\n  s: {file: a, environment: B}\n", ["secrets.s: file|environment attributes are mutually exclusive"]),
        ("configs:\n  c: {content: hi}\n", []),
        ("services:\n  web:\n    ports: [{target: 80, host_ip: 1.2.3}]\n", ["services.web.ports.[]: invalid ip address: 1.2.3"]),
        ("services:\n  web:\n    gpus: [{count: 1, device_ids: [\"0\"]}]\n", ["services.web.gpus.[]: \"count\" and \"device_ids\" attributes are exclusive"]),
        ("services:\n  web:\n    develop: {watch: [{path: \"\", action: rebuild}]}\n", ["services.web.develop.watch.[].path: value can't be blank"]),
    ]

    @Test("checks compose runs on the merged model", arguments: cases)
    func mergedChecks(yaml: String, expected: [String]) throws {
        var diagnostics = Diagnostics()
        MergedModelChecks.check(try CanonicalHarness.parse(yaml), diagnostics: &diagnostics)
        #expect(diagnostics.errors.map(\.message) == expected)
    }
}
