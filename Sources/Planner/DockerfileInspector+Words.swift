extension DockerfileInspector {
    /// Splits instruction arguments into words at unquoted spaces and tabs, removing the quotes.
    enum Words {
        static func split(_ text: String) -> [String] {
            var words: [String] = []
            var current = ""
            var quote: Character?
            var inWord = false
            for char in text {
                if let open = quote {
                    if char == open { quote = nil } else { current.append(char) }
                } else if char == "\"" || char == "'" {
                    quote = char
                    inWord = true
                } else if char == " " || char == "\t" {
                    if inWord { words.append(current) }
                    current = ""
                    inWord = false
                } else {
                    current.append(char)
                    inWord = true
                }
            }
            if inWord { words.append(current) }
            return words
        }
    }

    /// Heredoc openers in an instruction (`<<EOF`, `<<-"EOT"`), whose bodies follow on the next lines.
    enum Heredoc {
        static func markers(in arguments: String) -> [(word: String, stripTabs: Bool)] {
            var markers: [(word: String, stripTabs: Bool)] = []
            var rest = Substring(arguments)
            while let open = rest.firstRange(of: "<<") {
                rest = rest[open.upperBound...]
                let stripTabs = rest.first == "-"
                if stripTabs { rest = rest.dropFirst() }
                var quote: Character?
                if let first = rest.first, first == "\"" || first == "'" {
                    quote = first
                    rest = rest.dropFirst()
                }
                let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                guard let first = word.first, !first.isNumber else { continue }
                rest = rest.dropFirst(word.count)
                if let quote, rest.first == quote { rest = rest.dropFirst() }
                markers.append((String(word), stripTabs))
            }
            return markers
        }
    }

    /// Dockerfile variable substitution: `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`,
    /// `${NAME:+word}`, `${NAME+word}`; unset variables expand to nothing, as in BuildKit.
    enum Expansion {
        static func expand(_ text: String, variables: [String: String]) -> String {
            var out = ""
            var chars = Substring(text)
            while let char = chars.first {
                chars = chars.dropFirst()
                guard char == "$", let next = chars.first else {
                    out.append(char)
                    continue
                }
                if next == "{" {
                    guard let close = matchingBrace(chars) else {
                        out.append(char)
                        continue
                    }
                    let inner = chars[chars.index(after: chars.startIndex)..<close]
                    chars = chars[chars.index(after: close)...]
                    out += braced(inner, variables: variables)
                } else if next.isLetter || next == "_" {
                    let name = chars.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                    chars = chars.dropFirst(name.count)
                    out += variables[String(name)] ?? ""
                } else {
                    out.append(char)
                }
            }
            return out
        }

        private static func braced(_ inner: Substring, variables: [String: String]) -> String {
            let name = inner.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            var modifier = inner.dropFirst(name.count)
            let value = variables[String(name)]
            let colon = modifier.first == ":"
            if colon { modifier = modifier.dropFirst() }
            guard let operation = modifier.first else { return value ?? "" }
            let word = expand(String(modifier.dropFirst()), variables: variables)
            let isSet = colon ? !(value ?? "").isEmpty : value != nil
            switch operation {
            case "-": return isSet ? value ?? "" : word
            case "+": return isSet ? word : ""
            default: return value ?? ""
            }
        }

        private static func matchingBrace(_ chars: Substring) -> Substring.Index? {
            var depth = 0
            for index in chars.indices {
                if chars[index] == "{" { depth += 1 }
                if chars[index] == "}" {
                    depth -= 1
                    if depth == 0 { return index }
                }
            }
            return nil
        }
    }
}
