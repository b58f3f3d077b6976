import Testing

@testable import ComposeModel

@Suite struct DotEnvTests {
    static let environment: [String: String] = ["SET": "setval", "EMPTY": ""]

    /// Parses and renders entries as `K=V` lines, in file order.
    static func parse(_ text: String, raw: Bool = false) throws(DotEnvError) -> [String] {
        try DotEnv.parse(text, lookup: { environment[$0] }, raw: raw).map { "\($0.key)=\($0.value ?? "<nil>")" }
    }

    @Test(
        "dotenv syntax follows compose-go",
        arguments: [
            ("\u{FEFF}A=1\n# c\nexport B=2\nC: 3\n  D = spaced  \nE=x # c\nF=x#y\nG=\n",
             ["A=1", "B=2", "C=3", "D=spaced", "E=x", "F=x#y", "G="]),
            ("S='a\\'b $SET \\n'\n", ["S=a'b $SET \\n"]),
            ("T=\"l1\nl2\\t\\\"q\\\" \\$X $$Y \\0101 \\c \\08 \\01\"\n", ["T=l1\nl2\t\"q\" $X $Y A \\c \\8 \\1"]),
            ("U=$SET-${EMPTY:-d}\nV=${U}!\nSET\nNOPE\nEMPTY\nR=$$x\n",
             ["U=setval-d", "V=setval-d!", "SET=setval", "EMPTY=", "R=$x"]),
            ("X=\\$SET\nY=\"\\$SET\"\nZ=a\"b\"\nQ=\"v\" junk\n", ["X=\\setval", "Y=$SET", "Z=a\"b\"", "Q=v"]),
            ("A=1\r\nB\r\nC=\"x\"\r\n", ["A=1", "C=x"]),
            ("K.a-b[0]=1\n1X=2\n", ["K.a-b[0]=1", "1X=2"]),
            ("A=1\n\tB\t=\t2\t\n", ["A=1", "B=2"]),
            ("A=1\nA=2\n", ["A=1", "A=2"]),
            ("FOO=1\nBAR", ["FOO=1", "=BAR"]),
            ("export\n", []),
            ("A='x' # note\nB=\"y\"# note\n", ["A=x", "B=y"]),
            ("A=\"multi\nline\"\nB=after\n", ["A=multi\nline", "B=after"]),
            ("A=\"\\a\\b\\f\\r\\v\\\\\"", ["A=\u{07}\u{08}\u{0C}\r\u{0B}\\"]),
            ("A=\"\\0377\"", ["A=\u{FF}"]),
            ("A=${A:-first}\nB=${A}\n", ["A=first", "B=first"]),
            ("exportX=1\n", ["exportX=1"]),
            ("ÄÖ=umlaut\n", ["ÄÖ=umlaut"]),
        ])
    func parses(_ text: String, _ expected: [String]) throws {
        #expect(try Self.parse(text) == expected)
    }

    @Test("the caller's lookup wins over earlier keys of the same file")
    func lookupPrecedence() throws {
        let entries = try DotEnv.parse("SET=file\nA=$SET\n", lookup: { Self.environment[$0] })
        #expect(entries.map(\.value) == ["file", "setval"])
    }

    @Test("unset variables met while interpolating are reported")
    func unset() throws {
        let result = try DotEnv.parseReportingUnset("W=${NOPE}\nV=${NOPE2:-x}\n", lookup: { _ in nil })
        #expect(result.unsetVariables == ["NOPE"])
        #expect(result.entries.map(\.key) == ["W", "V"])
    }

    @Test(
        "syntax errors carry compose's line and wording",
        arguments: [
            ("A B=1\n", "line 1: key cannot contain a space"),
            ("A=1\nB=2 \nMY KEY=3\n", "line 3: key cannot contain a space"),
            ("A=1\nB=2\nMY KEY\nC=3\n", "line 3: key cannot contain a space"),
            ("A=1\nB=\"x\n\ny\n", "line 5: unterminated quoted value \"x"),
            ("A$=1\n", #"line 1: unexpected character "$" in variable name "A$=1""#),
            ("# c\n\nA\t$=1\n", #"line 3: unexpected character "$" in variable name "A\t$=1""#),
            ("A=1\nexport ", "zero length string"),
            ("A=${\n", #"Invalid template: "${""#),
            ("A=${NOPE:?gone}\n", "required variable NOPE is missing a value: gone"),
        ])
    func rejects(_ text: String, _ message: String) {
        #expect {
            try Self.parse(text)
        } throws: { error in
            (error as? DotEnvError)?.description == message
        }
    }

    @Test("an interpolation error reports the statement's own line")
    func interpolationLine() {
        #expect(throws: DotEnvError(line: 3, message: "required variable X is missing a value", showsLine: false)) {
            try Self.parse("A=1\n\nB=${X?}\n")
        }
    }

    @Test(
        "raw format keeps values verbatim like docker/cli kvfile",
        arguments: [
            ("A=a b\\$X ${SET} \nB=\"q\"\n", ["A=a b\\$X ${SET} ", "B=\"q\""]),
            ("\u{FEFF}A=1\nSET\nNOPE\n# c\n\n  B=x=y\r\n", ["A=1", "SET=setval", "B=x=y"]),
            ("A=1", ["A=1"]),
            ("", []),
        ])
    func raw(_ text: String, _ expected: [String]) throws {
        #expect(try Self.parse(text, raw: true) == expected)
    }

    @Test(
        "raw format errors match kvfile",
        arguments: [
            ("A=1\n=x\n", 2, "no variable name on line '=x'"),
            ("A=1\nB C=x\n", 2, "variable 'B C' contains whitespaces"),
            ("  C  = x\n", 1, "variable 'C  ' contains whitespaces"),
        ])
    func rawErrors(_ text: String, _ line: Int, _ message: String) {
        #expect(throws: DotEnvError(line: line, message: message, showsLine: false)) {
            try Self.parse(text, raw: true)
        }
    }

    @Test("a double-quoted value of many escapes parses in linear time")
    func manyEscapesAreLinear() throws {
        func seconds(escapes: Int) throws -> Double {
            let text = "A=\"" + String(repeating: "\\n", count: escapes) + "\"\n"
            let clock = ContinuousClock()
            var value: String?
            let elapsed = try clock.measure { value = try DotEnv.parse(text, lookup: { _ in nil }).first?.value ?? nil }
            #expect(value?.utf8.count == escapes)
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        let small = try seconds(escapes: 50_000)
        let large = try seconds(escapes: 400_000)
        // 8 times the input: linear is about 8 times the time, the quadratic version was 64 times.
        #expect(large < 24 * small + 0.5, "50,000 escapes: \(small) s; 400,000: \(large) s")
    }
}

