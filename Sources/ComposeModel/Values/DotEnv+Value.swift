extension DotEnv.Parser {
    /// Reads an unquoted, single-quoted or double-quoted value; returns it and where parsing resumes.
    mutating func value(
        at start: Int,
        statementLine: Int,
        lookup: (String) -> String?
    ) throws(DotEnvError) -> (String, Int) {
        guard start < text.count, text[start] == "\"" || text[start] == "'" else {
            let end = text[start...].firstIndex(of: "\n") ?? text.count
            line += 1
            var value = text[start..<end]
            if let comment = Self.inlineComment(in: value) {
                value = value[..<comment]
            }
            let trimmed = Self.trimmingTrailingWhitespace(Self.string(value))
            return (try expand(trimmed, statementLine: statementLine, lookup: lookup), min(end + 1, text.count))
        }
        let quote = text[start]
        var characters = String.UnicodeScalarView()
        var escaped = false
        var index = start + 1
        while index < text.count {
            let scalar = text[index]
            index += 1
            if scalar == "\n" { line += 1 }
            if scalar != quote {
                if !escaped && scalar == "\\" {
                    escaped = true
                    continue
                }
                if escaped {
                    escaped = false
                    characters.append("\\")
                }
                characters.append(scalar)
                continue
            }
            if escaped {
                escaped = false
                characters.append(scalar)
                continue
            }
            let value = String(characters)
            guard quote == "\"" else { return (value, index) }
            return (try expand(DotEnv.expandEscapes(value), statementLine: statementLine, lookup: lookup), index)
        }
        let firstLine = text[start...].prefix { $0 != "\n" }
        throw DotEnvError(line: line, message: "unterminated quoted value \(Self.string(firstLine))")
    }

    /// Interpolates a value: `lookup` first, then keys defined earlier in this text.
    private mutating func expand(
        _ value: String,
        statementLine: Int,
        lookup: (String) -> String?
    ) throws(DotEnvError) -> String {
        do {
            let result = try Interpolation.substitute(value) { lookup($0) ?? known[$0] }
            unset += result.unsetVariables
            return result.value
        } catch {
            throw DotEnvError(line: statementLine, message: error.description, showsLine: false)
        }
    }

    /// The start of a ` #` comment in an unquoted value.
    static func inlineComment(in value: ArraySlice<Unicode.Scalar>) -> Int? {
        var index = value.startIndex
        while index + 1 < value.endIndex {
            if value[index] == " " && value[index + 1] == "#" { return index }
            index += 1
        }
        return nil
    }

    /// The dotenv parser's own notion of a space: horizontal blanks, never a newline.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\t", "\u{0B}", "\u{0C}", "\r", " ", "\u{85}", "\u{A0}": true
        default: false
        }
    }

    /// Go's `unicode.IsLetter || unicode.IsNumber`.
    static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }

    /// Drops trailing Unicode white space (Go's `strings.TrimRightFunc(s, unicode.IsSpace)`).
    static func trimmingTrailingWhitespace(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace {
            scalars.removeLast()
        }
        return String(scalars)
    }

    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
