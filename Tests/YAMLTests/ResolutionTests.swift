import Testing
@testable import YAML

@Suite struct ResolutionTests {
    typealias Resolved = Node.Scalar.Resolved

    @Test("plain scalars resolve as go-yaml v3 does", arguments: [
        ("~", Resolved.null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
        ("true", .bool(true)), ("True", .bool(true)), ("FALSE", .bool(false)),
        ("yes", .string("yes")), ("on", .string("on")), ("tRue", .string("tRue")),
        ("42", .int(42)), ("-7", .int(-7)), ("+3", .int(3)), ("1_000", .int(1000)),
        ("0o17", .int(15)), ("0x1F", .int(31)), ("-0x10", .int(-16)), ("0b101", .int(5)),
        ("0123", .int(83)), ("09", .float(9)), ("0", .int(0)),
        ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
        ("9223372036854775808", .uint(9_223_372_036_854_775_808)), ("0xFFFFFFFFFFFFFFFF", .uint(.max)),
        ("18446744073709551616", .float(18_446_744_073_709_551_616)), ("+9223372036854775808", .float(9_223_372_036_854_775_808)),
        ("1.0", .float(1)), ("1e3", .float(1000)), (".5", .float(0.5)), ("-1.5e-2", .float(-0.015)),
        ("1.", .float(1)), (".inf", .float(.infinity)), ("-.Inf", .float(-.infinity)), ("+.INF", .float(.infinity)),
        ("1:20", .string("1:20")), ("22:22", .string("22:22")), ("2024-01-02", .string("2024-01-02")),
        ("0x", .string("0x")), ("-", .string("-")), (".", .string(".")), ("1e", .string("1e")),
        ("inf", .string("inf")), ("nginx:1.25", .string("nginx:1.25")), ("1.2.3", .string("1.2.3")),
    ])
    func plainResolution(text: String, expected: Resolved) {
        #expect(Node.Scalar(text, style: .plain).resolved == expected)
    }

    @Test("not-a-number resolves to a NaN float")
    func nan() {
        for text in [".nan", ".NaN", ".NAN"] {
            guard case .float(let value) = Node.Scalar(text, style: .plain).resolved else {
                Issue.record("\(text) did not resolve to a float")
                continue
            }
            #expect(value.isNaN)
        }
    }

    @Test("quoted and block scalars are always strings", arguments: [
        Node.Scalar.Style.singleQuoted, .doubleQuoted, .literal, .folded,
    ])
    func quotedAreStrings(style: Node.Scalar.Style) {
        #expect(Node.Scalar("42", style: style).resolved == .string("42"))
        #expect(Node.Scalar("null", style: style).resolved == .string("null"))
    }

    @Test("an unquoted 22:22 in a document stays a string")
    func portPairIsString() throws {
        let node = try root("ports:\n  - 22:22\n")
        #expect(node["ports"]?[0]?.resolved == .string("22:22"))
    }

    @Test("a tag that does not fit the text leaves a string")
    func mismatchedTag() {
        #expect(Node.Scalar("abc", style: .plain).resolved(tag: "tag:yaml.org,2002:int") == .string("abc"))
        #expect(Node.Scalar("1", style: .plain).resolved(tag: "!reset") == .int(1))
    }
}
