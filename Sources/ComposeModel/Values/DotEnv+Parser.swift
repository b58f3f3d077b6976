extension DotEnv {
    /// A port of compose-go's `dotenv/parser.go`, line counting quirks included (they show in errors).
    struct Parser {
        let text: [Unicode.Scalar]
        var line = 1
        var entries: [(key: String, value: String?)] = []
        var known: [String: String] = [:]
        var unset: [String] = []

        init(_ text: [Unicode.Scalar]) {
            self.text = text
        }

        /// Parses every statement.
        mutating func run(lookup: (String) -> String?) throws(DotEnvError) {
            var position = 0
            while let start = statementStart(from: position) {
                position = try statement(at: start, lookup: lookup)
            }
        }

        /// Skips blank space and comment lines, counting newlines; `nil` at the end of the text.
        private mutating func statementStart(from position: Int) -> Int? {
            var index = position
            while true {
                while index < text.count, text[index].properties.isWhitespace {
                    if text[index] == "\n" { line += 1 }
                    index += 1
                }
                guard index < text.count else { return nil }
                guard text[index] == "#" else { return index }
                guard let newline = text[index...].firstIndex(of: "\n") else { return nil }
                index = newline
            }
        }

        /// Parses one `KEY=VALUE`, `KEY: VALUE` or bare `KEY`; returns where the next statement may start.
        private mutating func statement(at start: Int, lookup: (String) -> String?) throws(DotEnvError) -> Int {
            let statementLine = line
            let (key, valueStart, inherited) = try keyName(at: start)
            if key.unicodeScalars.contains(" ") {
                throw DotEnvError(line: line, message: "key cannot contain a space")
            }
            if inherited {
                if let value = lookup(key) {
                    record(key, value)
                }
                return valueStart
            }
            let (value, next) = try self.value(at: valueStart, statementLine: statementLine, lookup: lookup)
            record(key, value)
            return next
        }

        private mutating func record(_ key: String, _ value: String) {
            entries.append((key: key, value: value))
            known[key] = value
        }

        /// Reads the key (after an optional `export `); returns it, where its value starts, and whether the
        /// line is a bare key to inherit.
        private mutating func keyName(at start: Int) throws(DotEnvError) -> (String, Int, Bool) {
            var source = start
            if hasExportPrefix(at: source) {
                source += 6
                while source < text.count, Self.isSpace(text[source]) { source += 1 }
            }
            guard source < text.count else {
                throw DotEnvError(line: line, message: "zero length string", showsLine: false)
            }
            var keyEnd: Int?
            var inherited = false
            var index = source
            scan: while index < text.count {
                let scalar = text[index]
                switch scalar {
                case _ where Self.isSpace(scalar), "_", ".", "-", "[", "]":
                    break
                case "=", ":", "\n":
                    keyEnd = index
                    inherited = scalar == "\n"
                    break scan
                case _ where Self.isLetterOrNumber(scalar):
                    break
                default:
                    let firstLine = text[source...].prefix { $0 != "\n" }
                    let message = "unexpected character \(GoFormat.quote(String(scalar))) in variable name "
                        + GoFormat.quote(Self.string(firstLine))
                    throw DotEnvError(line: line, message: message)
                }
                index += 1
            }
            // Without a separator, Go leaves the key empty and reads the whole rest as its value.
            let rawKey = keyEnd.map { Self.string(text[source..<$0]) } ?? ""
            if inherited && !rawKey.unicodeScalars.contains(" ") {
                line += 1
            }
            var valueStart = keyEnd.map { $0 + 1 } ?? source
            while valueStart < text.count, Self.isSpace(text[valueStart]) { valueStart += 1 }
            return (Self.trimmingTrailingWhitespace(rawKey), valueStart, inherited)
        }

        /// `^export\s+`, where Go's `\s` is `[\t\n\f\r ]`.
        private func hasExportPrefix(at start: Int) -> Bool {
            let word: [Unicode.Scalar] = ["e", "x", "p", "o", "r", "t"]
            guard start + word.count < text.count, Array(text[start..<(start + word.count)]) == word else {
                return false
            }
            return ["\t", "\n", "\u{0C}", "\r", " "].contains(text[start + word.count])
        }
    }
}
