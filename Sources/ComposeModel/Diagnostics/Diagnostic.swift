import YAML

/// One problem found in a Compose project: where (file, line, column), how bad, and what.
/// Problems are collected and printed together, compiler-style: `compose.yaml:12:7: error: …`.
package struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    package enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        package static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    package var severity: Severity
    package var mark: Mark
    package var message: String
    /// A stable identifier for checks that tools match on (planner rules, SARIF); nil for loader errors.
    package var code: String?
    /// The service the problem belongs to, when there is one.
    package var service: String?

    package init(_ severity: Severity, _ message: String, at mark: Mark, code: String? = nil, service: String? = nil) {
        self.severity = severity
        self.message = message
        self.mark = mark
        self.code = code
        self.service = service
    }

    package static func error(_ message: String, at mark: Mark, code: String? = nil, service: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: mark, code: code, service: service)
    }

    package static func warning(_ message: String, at mark: Mark, code: String? = nil, service: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: mark, code: code, service: service)
    }

    /// `file:line:column: severity: message`; a problem with no source position drops the
    /// position, and one with only a file keeps the file.
    package var description: String {
        if mark.isKnown { return "\(mark): \(severity.rawValue): \(message)" }
        if !mark.file.isEmpty { return "\(mark.file): \(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message)"
    }
}
