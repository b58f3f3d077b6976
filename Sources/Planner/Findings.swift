import ComposeModel
import YAML

/// The diagnostics one planning pass collects, each tagged with its `PlanCode`.
struct Findings {
    private(set) var diagnostics = Diagnostics()

    /// Records `code` at `mark` for `service`, with the code's severity unless `severity` overrides it.
    mutating func report(
        _ code: PlanCode, _ message: String, at mark: Mark, service: String?, severity: Diagnostic.Severity? = nil
    ) {
        diagnostics.append(Diagnostic(severity ?? code.severity, message, at: mark, code: code.id, service: service))
    }

    /// Appends everything `other` found.
    mutating func append(_ other: Findings) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    /// The diagnostics sorted by file, line, column, code and message.
    var sorted: Diagnostics {
        Diagnostics(diagnostics.items.sorted(by: Findings.order))
    }

    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.mark.file != b.mark.file { return a.mark.file < b.mark.file }
        if a.mark.line != b.mark.line { return a.mark.line < b.mark.line }
        if a.mark.column != b.mark.column { return a.mark.column < b.mark.column }
        if (a.code ?? "") != (b.code ?? "") { return (a.code ?? "") < (b.code ?? "") }
        if (a.service ?? "") != (b.service ?? "") { return (a.service ?? "") < (b.service ?? "") }
        return a.message < b.message
    }
}

extension Mark {
    /// ` at file:line:column`, or nothing when the position is unknown: the tail of a reason or message.
    var at: String { isKnown ? " at \(self)" : "" }
}
