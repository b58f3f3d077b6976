extension Node {
    /// A scalar as written: its text (after escapes and folding) and how it was quoted.
    package struct Scalar: Sendable, Hashable {
        package enum Style: Sendable, Hashable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        /// What a scalar means under the YAML 1.2 core schema as go-yaml v3 applies it (the
        /// parser Docker Compose uses): `yes`/`on` stay strings, `0123` is octal, `1:20` is text.
        package enum Resolved: Sendable, Hashable {
            case null
            case bool(Bool)
            case int(Int64)
            /// An integer above `Int64.max`: go-yaml falls back to `ParseUint` and keeps it exact.
            case uint(UInt64)
            case float(Double)
            case string(String)
        }

        package var text: String
        package var style: Style

        package init(_ text: String, style: Style) {
            self.text = text
            self.style = style
        }

        package var isPlain: Bool { style == .plain }

        package var isNull: Bool {
            guard style == .plain else { return false }
            switch text {
            case "", "~", "null", "Null", "NULL": return true
            default: return false
            }
        }
    }
}
