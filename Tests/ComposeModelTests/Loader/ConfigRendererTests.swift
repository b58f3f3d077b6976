import Foundation
import Testing
import YAML

@testable import ComposeModel

@Suite struct ConfigRendererTests {
    @Test("JSON escapes like Go: <, > and & as unicode escapes, every $ doubled")
    func escaping() throws {
        let json = ConfigRenderer.json(try yaml(#"{a: "x$y<&>\"\n"}"#))
        #expect(json.contains(#""x$$y\u003c\u0026\u003e\"\n""#))
    }

    @Test("JSON keys are sorted and scalars keep their YAML type")
    func typesAndOrder() throws {
        let json = ConfigRenderer.json(try yaml("{b: 1, a: true, c: '1', d: null, e: 1.5}"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["b"] as? Int == 1)
        #expect(parsed["c"] as? String == "1")
        #expect(parsed["d"] is NSNull)
        #expect(json.firstRange(of: "\"a\"")!.lowerBound < json.firstRange(of: "\"b\"")!.lowerBound)
    }

    @Test("JSON drops nested x- extensions but keeps top-level ones and x- names in data maps")
    func extensions() throws {
        let tree = try yaml("{x-top: {x-in: 1}, services: {x-svc: {x-ext: 1, environment: {x-var: a}}}}")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(ConfigRenderer.json(tree).utf8)) as? [String: Any])
        #expect((parsed["x-top"] as? [String: Any])?["x-in"] != nil)
        let service = (parsed["services"] as? [String: Any])?["x-svc"] as? [String: Any]
        #expect(service?["x-ext"] == nil)
        #expect((service?["environment"] as? [String: Any])?["x-var"] as? String == "a")
    }

    @Test("integers above Int64.max stay exact unsigned integers, as go-yaml reads them; larger ones are floats")
    func bigIntegers() throws {
        let tree = try yaml("{a: 9223372036854775808, b: 18446744073709551615, c: 18446744073709551616, d: 0x8000000000000000, e: 1e20}")
        let json = ConfigRenderer.json(tree)
        #expect(json.contains(#""a": 9223372036854775808,"#))
        #expect(json.contains(#""b": 18446744073709551615,"#))
        #expect(json.contains(#""c": 18446744073709552000,"#))
        #expect(json.contains(#""d": 9223372036854775808,"#))
        #expect(json.contains(#""e": 100000000000000000000"#))
        let text = ConfigRenderer.yaml(tree, escapeDollars: false)
        #expect(text.contains("a: 9223372036854775808\n"))
        #expect(text.contains("c: 1.8446744073709552e+19\n"))
        #expect(text.contains("e: 1e+20\n"))
    }

    @Test("YAML output quotes strings that would read as another type and round-trips")
    func yamlRoundTrip() throws {
        let tree = try yaml("{a: 'true', b: '8080', c: plain, d: [1, 'x: y'], e: {}}")
        let text = ConfigRenderer.yaml(tree, escapeDollars: false)
        let back = try yaml(text)
        #expect(Canonical.equal(back, tree))
    }
}

@Suite struct ConfigRendererYAMLTests {
    @Test("YAML output leaves out what only the JSON form prints: null commands and empty deploy structs")
    func jsonOnlyValues() throws {
        let tree = try yaml("{services: {a: {command: null, image: x, deploy: {resources: {}, placement: {}}}}, networks: {default: {name: n, ipam: {}}}}")
        let back = try yaml(ConfigRenderer.yaml(tree))
        let a = try #require(back.mapping?["services"]?.mapping?["a"]?.mapping)
        #expect(a["command"] == nil)
        #expect(a["deploy"]?.mapping?.isEmpty == true)
        #expect(back.mapping?["networks"]?.mapping?["default"]?.mapping?["ipam"] == nil)
    }
}
