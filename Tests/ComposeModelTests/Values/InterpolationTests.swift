import Testing

@testable import ComposeModel

@Suite struct InterpolationTests {
    static let environment: [String: String] = ["SET": "setval", "EMPTY": "", "lower": "low", "MSG": "boom"]

    static func substitute(_ text: String) throws(InterpolationError) -> Interpolation.Result {
        try Interpolation.substitute(text) { environment[$0] }
    }

    @Test(
        "expressions interpolate like compose-go",
        arguments: [
            ("plain text", "plain text"),
            ("$SET", "setval"),
            ("${SET}", "setval"),
            ("a${SET}b$SET.c", "asetvalbsetval.c"),
            ("$$SET and $${SET}", "$SET and ${SET}"),
            ("$1 and $ alone", "$1 and $ alone"),
            ("trailing $", "trailing $"),
            ("$lower ${lower}", "low low"),
            ("${NOPE:-d}|${EMPTY:-d}|${SET:-d}", "d|d|setval"),
            ("${NOPE-d}|${EMPTY-d}|${SET-d}", "d||setval"),
            ("${NOPE:+r}|${EMPTY:+r}|${SET:+r}", "||r"),
            ("${NOPE+r}|${EMPTY+r}|${SET+r}", "|r|r"),
            ("${SET:?m}${EMPTY?m}", "setval"),
            ("${A-x?y}", "x?y"),
            ("${A:-x:-y}", "x:-y"),
            ("${A-x:?y}", "x:?y"),
            ("${NOPE:-${SET}-x}", "setval-x"),
            ("${A:-${B:-deep}}", "deep"),
            ("${A:-$SET}", "setval"),
            ("${NOPE:-a}${SET}", "asetval"),
            ("${NOPE:-a} and ${SET:-b}!", "a and setval!"),
            ("${NOPE:-{}x}", "{}x"),
            ("${SET:-{}x}", "setval"),
            ("${NOPE:-{x}", "{x"),
            ("${NOPE:-http://h/p?q=1&r=2}", "http://h/p?q=1&r=2"),
            ("${NOPE:-a b}", "a b"),
            ("ünï ${NOPE:-çødé} ✓", "ünï çødé ✓"),
            ("${SET}${SET}", "setvalsetval"),
        ])
    func interpolates(_ input: String, _ expected: String) throws {
        #expect(try Self.substitute(input).value == expected)
    }

    @Test(
        "unset variables without a default are reported in order",
        arguments: [
            ("$NOPE ${NOPE2}", ["NOPE", "NOPE2"]),
            ("${NOPE:-a}${NOPE2}", ["NOPE2"]),
            ("${NOPE:-${NOPE3}}", ["NOPE3"]),
            ("${NOPE-x} ${NOPE:+r} ${NOPE+r}", []),
            ("$X $X", ["X", "X"]),
            ("${SET:-$NOT_EVALUATED}", []),
        ])
    func reportsUnset(_ input: String, _ expected: [String]) throws {
        #expect(try Self.substitute(input).unsetVariables == expected)
    }

    @Test(
        "invalid expressions report the template compose prints",
        arguments: [
            ("${}", "${}"),
            ("${1A}", "${1A}"),
            ("${IMG", "${IMG"),
            ("a ${", "a ${"),
            ("${A:x}", "${A:x}"),
            ("${A:-x} ${ }", " ${ }"),
            ("${SET+${X:-${}}", "${"),
            ("${A:-x\n}", "${A:-x\n}"),
            ("${V/a/b}", "${V/a/b}"),
            ("${#V}", "${#V}"),
        ])
    func rejectsInvalid(_ input: String, _ template: String) {
        #expect(throws: InterpolationError.invalidFormat(template)) { try Self.substitute(input) }
    }

    @Test(
        "required variables fail with an interpolated message",
        arguments: [
            ("${NOPE:?}", "NOPE", ""),
            ("${NOPE?}", "NOPE", ""),
            ("${EMPTY:?must be set}", "EMPTY", "must be set"),
            ("${NOPE?m $SET}", "NOPE", "m setval"),
            ("${NOPE?$MSG}", "NOPE", "boom"),
        ])
    func requires(_ input: String, _ variable: String, _ message: String) {
        #expect(throws: InterpolationError.required(variable: variable, message: message)) {
            try Self.substitute(input)
        }
    }

    @Test("error texts match Docker Compose")
    func errorTexts() {
        #expect(
            InterpolationError.required(variable: "V", message: "").message(path: "services.a.image")
                == "error while interpolating services.a.image: required variable V is missing a value")
        #expect(
            InterpolationError.required(variable: "V", message: "m").description
                == "required variable V is missing a value: m")
        #expect(
            InterpolationError.invalidFormat("a ${").message(path: "services.a.environment.A")
                == "invalid interpolation format for services.a.environment.A.\nYou may need to escape any $ with another $.\na ${")
        #expect(InterpolationError.invalidFormat("${").description == #"Invalid template: "${""#)
    }

    @Test("text without a dollar is returned untouched and flagged cheaply")
    func fastPath() throws {
        #expect(!Interpolation.containsVariable("nginx:1.25"))
        #expect(Interpolation.containsVariable("a$"))
        let result = try Self.substitute("no variables here")
        #expect(result == Interpolation.Result(value: "no variables here"))
    }

    @Test("nesting deeper than the bound is an error, not a stack overflow")
    func deepNesting() throws {
        let levels = 11_000
        let deep = String(repeating: "${A:-", count: levels) + "x" + String(repeating: "}", count: levels)
        #expect(throws: InterpolationError.nestedTooDeeply) { try Self.substitute(deep) }
        let allowed = Interpolation.maximumNesting - 1
        let fits = String(repeating: "${A:-", count: allowed) + "x" + String(repeating: "}", count: allowed)
        #expect(try Self.substitute(fits).value == "x")
        #expect(
            InterpolationError.nestedTooDeeply.message(path: "services.a.image")
                == "error while interpolating services.a.image: expressions are nested more than 200 levels deep")
    }

    @Test("many operator expressions on one line interpolate without nesting")
    func longLine() throws {
        let count = 12_000
        let line = String(repeating: "${NOPE:-a}${SET:+b}", count: count)
        #expect(try Self.substitute(line).value == String(repeating: "ab", count: count))
    }

    @Test("an invalid expression after a cut brace names the tail Compose interpolates separately")
    func tailErrors() {
        #expect(throws: InterpolationError.invalidFormat("x ${ }")) { try Self.substitute("${NOPE:-a}x ${ }") }
    }
}
