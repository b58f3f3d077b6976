import ComposeModel
import YAML

/// Prints diagnostics for people and for CI: compiler-style text, JSON, GitHub workflow commands
/// and SARIF 2.1.0 (see `DiagnosticRenderer+SARIF.swift`).
package enum DiagnosticRenderer {
    /// One line each: `file:line:column: severity: message [code]`.
    package static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            diagnostic.description + (diagnostic.code.map { " [\($0)]" } ?? "") + "\n"
        }.joined()
    }

    /// `{"diagnostics": [...]}`, each entry shaped as in the plan JSON.
    package static func json(_ diagnostics: [Diagnostic]) -> String {
        JSONValue.object([("diagnostics", .array(diagnostics.map(jsonValue)))]).rendered()
    }

    /// GitHub Actions workflow commands, one per line:
    /// `::error file=compose.yaml,line=12,col=7,title=MXC201::message`.
    package static func github(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            var properties: [String] = []
            if !diagnostic.mark.file.isEmpty { properties.append("file=" + escapeProperty(diagnostic.mark.file)) }
            if diagnostic.mark.isKnown {
                properties.append("line=\(diagnostic.mark.line)")
                properties.append("col=\(diagnostic.mark.column)")
            }
            properties.append("title=" + escapeProperty(diagnostic.code ?? "mixcompose"))
            return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::"
                + escapeData(diagnostic.message) + "\n"
        }.joined()
    }

    /// One diagnostic as a JSON object: severity, code, message, file, line, column, service.
    static func jsonValue(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", diagnostic.code.map(JSONValue.string) ?? .null),
            ("message", .string(diagnostic.message)),
            ("file", diagnostic.mark.file.isEmpty ? .null : .string(diagnostic.mark.file)),
            ("line", diagnostic.mark.isKnown ? .int(diagnostic.mark.line) : .null),
            ("column", diagnostic.mark.isKnown ? .int(diagnostic.mark.column) : .null),
            ("service", diagnostic.service.map(JSONValue.string) ?? .null),
        ])
    }

    // The escaping GitHub's runner applies to workflow command values (toolkit `command.ts`).
    private static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
