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
        /// Templates being interpolated right now, one inside another.
        private var depth = 0
        /// The line `lastBraceOnLine` read last: from `start` to `end` in a template ending at `bytesEnd`.
        var lastLine: (start: Int, end: Int, bytesEnd: Int, lastBrace: Int?)?

        init(lookup: @escaping (String) -> String?) {
            self.lookup = lookup
        }

        /// Appends the interpolation of `template` to `output`.
        mutating func run(_ template: ArraySlice<UInt8>, into output: inout [UInt8]) throws(InterpolationError) {
            guard depth < Interpolation.maximumNesting else { throw .nestedTooDeeply }
            depth += 1
            defer { depth -= 1 }
            var index = template.startIndex
            var literalStart = index
            // The separate template Compose is interpolating at `index`: the whole one, or the tail of
            // a line after a cut brace. Tails always end where the whole template resumes, so they are
            // walked in this loop rather than by recursion (a line of many `${A:-x}` would nest deeply).
            var scope = template
            while let dollar = template[index...].firstIndex(of: Byte.dollar) {
                if dollar >= scope.endIndex { scope = template }
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
                    let (end, tail) = try braced(scope, at: dollar, into: &output)
                    index = tail?.lowerBound ?? end
                    if let tail { scope = template[tail] }
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

        /// Handles the `${` at `dollar`; returns the index just after the matched expression and, when
        /// the match was cut at an earlier brace, the tail to interpolate as a template of its own
        /// (it ends at that same index).
        private mutating func braced(
            _ template: ArraySlice<UInt8>,
            at dollar: Int,
            into output: inout [UInt8]
        ) throws(InterpolationError) -> (end: Int, tail: Range<Int>?) {
            let invalid = InterpolationError.invalidFormat(String(decoding: template, as: UTF8.self))
            let nameStart = dollar + 2
            guard nameStart < template.endIndex, Byte.isNameStart(template[nameStart]) else { throw invalid }
            let nameEnd = Self.nameEnd(template, from: nameStart)
            guard nameEnd < template.endIndex else { throw invalid }
            if template[nameEnd] == Byte.closeBrace {
                output += resolve(template[nameStart..<nameEnd])
                return (nameEnd + 1, nil)
            }
            guard let op = Operator(template, at: nameEnd) else { throw invalid }
            let argumentStart = nameEnd + op.length
            guard let lastBrace = lastBraceOnLine(template, from: argumentStart) else { throw invalid }

            let match = template[dollar...lastBrace]
            let cut = Self.firstClosingBrace(match) ?? lastBrace
            let name = String(decoding: template[nameStart..<nameEnd], as: UTF8.self)
            try apply(op, name: name, argument: template[argumentStart..<cut], into: &output)
            return (lastBrace + 1, cut < lastBrace ? (cut + 1)..<(lastBrace + 1) : nil)
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
