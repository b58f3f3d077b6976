/// Splits `command` and `entrypoint` strings the way Compose does (go-shellwords `Parse`, no expansion).
///
/// Blanks (space, tab, CR, LF) separate words outside quotes; `'…'` is literal; `"…"` and bare text honour
/// `\` escapes; `$(…)` and `` `…` `` are kept verbatim as part of a word. An unquoted `;`, `&`, `|`, `<` or
/// `>` ends parsing (the rest is ignored, and `2>` drops the `2`); a `(` not after `$` is an error.
package enum ShellWords {
    /// The words of `s`; `""` and blank strings give `[]`, `'""'` gives `[""]`.
    package static func split(_ s: String) throws(ShellWordsError) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        var hasWord = false
        var escaped = false, doubleQuoted = false, singleQuoted = false, backQuoted = false, dollarQuoted = false
        scan: for scalar in s.unicodeScalars {
            if escaped {
                word.append(scalar)
                escaped = false
                hasWord = true
                continue
            }
            if scalar == "\\" {
                if singleQuoted { word.append(scalar) } else { escaped = true }
                continue
            }
            let quoted = singleQuoted || doubleQuoted || backQuoted || dollarQuoted
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                if quoted {
                    word.append(scalar)
                } else if hasWord {
                    words.append(String(word))
                    word = String.UnicodeScalarView()
                    hasWord = false
                }
                continue
            }
            switch scalar {
            case "`" where !singleQuoted && !doubleQuoted && !dollarQuoted:
                backQuoted.toggle()
            case ")" where !singleQuoted && !doubleQuoted && !backQuoted:
                dollarQuoted.toggle()
            case "(" where !singleQuoted && !doubleQuoted && !backQuoted:
                guard !dollarQuoted, word.last == "$" else { throw ShellWordsError() }
                dollarQuoted = true
                word.append(scalar)
                continue
            case "\"" where !singleQuoted && !dollarQuoted:
                if doubleQuoted { hasWord = true }
                doubleQuoted.toggle()
                continue
            case "'" where !doubleQuoted && !dollarQuoted:
                if singleQuoted { hasWord = true }
                singleQuoted.toggle()
                continue
            case ";", "&", "|", "<", ">":
                guard !quoted else { break }
                // `2>file`: a word of digits before `>` is a file descriptor, not an argument.
                if scalar == ">", let first = word.first, ("0"..."9").contains(first) {
                    hasWord = false
                }
                break scan
            default:
                break
            }
            hasWord = true
            word.append(scalar)
        }
        if hasWord {
            words.append(String(word))
        }
        if escaped || singleQuoted || doubleQuoted || backQuoted || dollarQuoted {
            throw ShellWordsError()
        }
        return words
    }
}
