/// The `.env` and `env_file` parser (compose-go `dotenv`, and docker/cli `kvfile` for `format: raw`).
package enum DotEnv {
    /// Parsed entries in file order, plus the variables interpolation found unset.
    package struct Result: Sendable {
        /// `(key, value)` pairs in file order; fold them left to right so later duplicates win. Values are
        /// never `nil`: a bare `KEY` that `lookup` does not know is left out, as Compose does.
        package var entries: [(key: String, value: String?)]
        /// Variables referenced without a default and unset, for Compose's `The "X" variable is not set` warning.
        package var unsetVariables: [String]
    }

    /// Parses env-file text. `${X}` in unquoted and double-quoted values resolves through `lookup` first,
    /// then through keys defined earlier in this text; a bare `KEY` line resolves through `lookup` only.
    /// With `raw`, values are taken verbatim (`env_file: {format: raw}`).
    ///
    /// Compose quirk kept: a last line holding only a name and no newline yields the key `""` with that
    /// name as its value (`FOO=1\nBAR` → `FOO=1`, `""=BAR`).
    package static func parse(
        _ text: String,
        lookup: (String) -> String?,
        raw: Bool = false
    ) throws(DotEnvError) -> [(key: String, value: String?)] {
        try parseReportingUnset(text, lookup: lookup, raw: raw).entries
    }

    /// `parse`, also returning the unset variables interpolation met.
    package static func parseReportingUnset(
        _ text: String,
        lookup: (String) -> String?,
        raw: Bool = false
    ) throws(DotEnvError) -> Result {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" {
            scalars.removeFirst()
        }
        if raw {
            return Result(entries: try RawParser.parse(scalars, lookup: lookup), unsetVariables: [])
        }
        var parser = Parser(scalars)
        try parser.run(lookup: lookup)
        return Result(entries: parser.entries, unsetVariables: parser.unset)
    }
}
