extension DotEnv {
    /// docker/cli's `kvfile` parser, which Compose registers for `env_file` entries with `format: raw`.
    enum RawParser {
        /// Splits lines at `\n` (dropping a trailing `\r`), skips blank and `#` lines, and keeps each value
        /// verbatim, trailing blanks included. A line without `=` is a key looked up through `lookup`.
        static func parse(
            _ text: [Unicode.Scalar],
            lookup: (String) -> String?
        ) throws(DotEnvError) -> [(key: String, value: String?)] {
            var entries: [(key: String, value: String?)] = []
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if text.last == "\n" || text.isEmpty {
                lines.removeLast()
            }
            for (offset, rawLine) in lines.enumerated() {
                var scalars = rawLine
                if scalars.last == "\r" { scalars.removeLast() }
                let line = Parser.string(scalars.drop { $0.properties.isWhitespace })
                if line.isEmpty || line.unicodeScalars.first == "#" { continue }
                let (key, value) = split(line)
                if key.isEmpty {
                    throw DotEnvError(line: offset + 1, message: "no variable name on line '\(line)'", showsLine: false)
                }
                if key.unicodeScalars.contains(where: { $0 == " " || $0 == "\t" }) {
                    throw DotEnvError(
                        line: offset + 1, message: "variable '\(key)' contains whitespaces", showsLine: false)
                }
                if let value {
                    entries.append((key: key, value: value))
                } else if let inherited = lookup(key) {
                    entries.append((key: key, value: inherited))
                }
            }
            return entries
        }

        /// Splits at the first `=`; the value is `nil` when there is none.
        private static func split(_ line: String) -> (String, String?) {
            let scalars = line.unicodeScalars
            guard let equals = scalars.firstIndex(of: "=") else { return (line, nil) }
            return (String(scalars[..<equals]), String(scalars[scalars.index(after: equals)...]))
        }
    }
}
