/// Why a `${...}` expression could not be interpolated.
package enum InterpolationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A `${` that does not form a valid expression; carries the template text Compose prints after the message.
    case invalidFormat(String)
    /// A `${V:?msg}` or `${V?msg}` whose variable is missing; `message` is already interpolated and may be empty.
    case required(variable: String, message: String)
    /// Expressions nested inside one another deeper than `Interpolation.maximumNesting`.
    case nestedTooDeeply

    /// The error as Compose reports it for the value at `path` (for example `services.web.image`).
    package func message(path: String) -> String {
        switch self {
        case .invalidFormat(let template):
            "invalid interpolation format for \(path).\nYou may need to escape any $ with another $.\n\(template)"
        case .required, .nestedTooDeeply:
            "error while interpolating \(path): \(description)"
        }
    }

    /// The path-free text: Compose's own wording for `.required`, and Go's `Invalid template: "…"` otherwise.
    package var description: String {
        switch self {
        case .invalidFormat(let template):
            "Invalid template: \(GoFormat.quote(template))"
        case .required(let variable, let message) where message.isEmpty:
            "required variable \(variable) is missing a value"
        case .required(let variable, let message):
            "required variable \(variable) is missing a value: \(message)"
        case .nestedTooDeeply:
            "expressions are nested more than \(Interpolation.maximumNesting) levels deep"
        }
    }
}
