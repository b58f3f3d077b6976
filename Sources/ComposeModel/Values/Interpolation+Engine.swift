extension Interpolation {
    /// A byte-level re-implementation of compose-go's `template.Substitute`.
    ///
    /// Compose finds expressions with a regular expression whose braced form is
    /// `\$\{NAME(:?[-+?](.*))?\}` (greedy, one line), then cuts the match at the first closing brace found by
    /// a counter that also skips the character after every `{`. The part after that brace is interpolated
    /// as a separate template, as are defaults and messages; each separate template is what an
    /// `invalidFormat` error reports.
    struct Engine {
        let lookup: (String) -> String?
        var unset: [String] = []

        init(lookup: @escaping (String) -> String?) {
            self.lookup = lookup
        }

        /// Appends the interpolation of `template` to `output`.
        mutating func run(_ template: ArraySlice<UInt8>, into output: inout [UInt8]) throws(InterpolationError) {
            var index = template.startIndex
            var literalStart = index
            while let dollar = template[index...].firstIndex(of: Byte.dollar) {
                let next = dollar + 1
                guard next < template.endIndex else { break }
                let byte = template[next]
                if byte == Byte.dollar {
                    output += template[literalStart..<dollar]
                    output.append(Byte.dollar)
                    index = next + 1
                } else if Byte.isNameStart(byte) {
                    output += template[literalStart..<dollar]
                    let end = Self.nameEnd(template, from: next)
                    output += resolve(template[next..<end])
                    index = end
                } else if byte == Byte.openBrace {
                    output += template[literalStart..<dollar]
                    index = try braced(template, at: dollar, into: &output)
                } else {
                    index = next
                    continue
                }
                literalStart = index
            }
            output += template[literalStart...]
        }

        /// Looks a plain `$NAME` / `${NAME}` up, recording it when unset.
        private mutating func resolve(_ name: ArraySlice<UInt8>) -> [UInt8] {
            let key = String(decoding: name, as: UTF8.self)
            guard let value = lookup(key) else {
                unset.append(key)
                return []
            }
            return Array(value.utf8)
        }

        /// Handles the `${` at `dollar`; returns the index just after the matched expression.
        private mutating func braced(
            _ template: ArraySlice<UInt8>,
            at dollar: Int,
            into output: inout [UInt8]
        ) throws(InterpolationError) -> Int {
            let invalid = InterpolationError.invalidFormat(String(decoding: template, as: UTF8.self))
            let nameStart = dollar + 2
            guard nameStart < template.endIndex, Byte.isNameStart(template[nameStart]) else { throw invalid }
            let nameEnd = Self.nameEnd(template, from: nameStart)
            guard nameEnd < template.endIndex else { throw invalid }
            if template[nameEnd] == Byte.closeBrace {
                output += resolve(template[nameStart..<nameEnd])
                return nameEnd + 1
            }
            guard let op = Operator(template, at: nameEnd) else { throw invalid }
            let argumentStart = nameEnd + op.length
            guard let lastBrace = Self.lastBraceOnLine(template, from: argumentStart) else { throw invalid }

            let match = template[dollar...lastBrace]
            let cut = Self.firstClosingBrace(match) ?? lastBrace
            let name = String(decoding: template[nameStart..<nameEnd], as: UTF8.self)
            try apply(op, name: name, argument: template[argumentStart..<cut], into: &output)
            if cut < lastBrace {
                try run(template[(cut + 1)...lastBrace], into: &output)
            }
            return lastBrace + 1
        }

        /// Applies one operator; the argument is a default, a replacement or an error message.
        private mutating func apply(
            _ op: Operator,
            name: String,
            argument: ArraySlice<UInt8>,
            into output: inout [UInt8]
        ) throws(InterpolationError) {
            let value = lookup(name)
            let isSet = value != nil
            let isNonEmpty = !(value ?? "").isEmpty
            switch op {
            case .defaultIfEmpty, .defaultIfUnset:
                let useDefault = op == .defaultIfEmpty ? !isNonEmpty : !isSet
                if useDefault {
                    try run(argument, into: &output)
                } else {
                    output += (value ?? "").utf8
                }
            case .replaceIfNonEmpty, .replaceIfSet:
                let replace = op == .replaceIfNonEmpty ? isNonEmpty : isSet
                if replace {
                    try run(argument, into: &output)
                } else {
                    output += (value ?? "").utf8
                }
            case .requireNonEmpty, .requireSet:
                let missing = op == .requireNonEmpty ? !isNonEmpty : !isSet
                if missing {
                    var message: [UInt8] = []
                    try run(argument, into: &message)
                    throw .required(variable: name, message: String(decoding: message, as: UTF8.self))
                }
                output += (value ?? "").utf8
            }
        }
    }
}
