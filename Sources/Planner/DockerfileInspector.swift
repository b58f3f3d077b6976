/// Reads a Dockerfile's text (the caller does the I/O) far enough to name the image its final stage
/// is built on: parser directives (`# escape=`), line continuations, comments, heredocs, global
/// `ARG` defaults overridden by build args, `FROM [--platform=…] image [AS name]`, and stages built
/// on earlier stages.
package enum DockerfileInspector {
    /// The base image of the final stage (or of `target`), with `${ARG}`s substituted and stage
    /// names resolved to what they are built on; nil when there is no `FROM` or it expands to nothing.
    package static func finalFromImage(
        _ dockerfileText: String, buildArgs: [String: String?] = [:], target: String? = nil
    ) -> String? {
        var globals: [String: String] = [:]
        var stages: [(name: String?, base: String)] = []
        for instruction in instructions(dockerfileText) {
            let words = Words.split(instruction.arguments)
            switch instruction.keyword {
            case "ARG" where stages.isEmpty:
                for word in words {
                    let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                    let name = String(parts[0])
                    let fallback = parts.count == 2 ? Expansion.expand(String(parts[1]), variables: globals) : nil
                    if let override = buildArgs[name], let value = override {
                        globals[name] = value
                    } else if let fallback {
                        globals[name] = fallback
                    }
                }
            case "FROM":
                let operands = words.filter { !$0.hasPrefix("--") }
                guard let image = operands.first else { continue }
                var base = Expansion.expand(image, variables: globals)
                if let earlier = stages.last(where: { $0.name == base.lowercased() }) { base = earlier.base }
                let name = operands.count >= 3 && operands[1].lowercased() == "as" ? operands[2].lowercased() : nil
                stages.append((name, base))
            default:
                continue
            }
        }
        let final = target.map { wanted in stages.last { $0.name == wanted.lowercased() } } ?? stages.last
        guard let base = final?.base, !base.isEmpty else { return nil }
        return base
    }

    /// One instruction: its keyword upper-cased and the rest of its logical line.
    struct Instruction: Equatable {
        var keyword: String
        var arguments: String
    }

    /// The instructions of `text`, continuations joined, comments and heredoc bodies dropped.
    static func instructions(_ text: String) -> [Instruction] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        var escape: Character = "\\"
        var index = 0
        // Parser directives only count before the first comment, blank line or instruction.
        while index < lines.count, let directive = directive(lines[index]) {
            if directive.key == "escape", let char = directive.value.first, directive.value.count == 1,
                char == "`" || char == "\\"
            {
                escape = char
            }
            index += 1
        }
        var result: [Instruction] = []
        var pending = ""
        var heredocs: [(word: String, stripTabs: Bool)] = []
        while index < lines.count {
            let line = lines[index]
            index += 1
            if let current = heredocs.first {
                let candidate = current.stripTabs ? String(line.drop { $0 == "\t" }) : line
                if candidate == current.word { heredocs.removeFirst() }
                continue
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("#") || (trimmed.isEmpty && !pending.isEmpty) { continue }
            let body = line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            if body.last == escape {
                pending += String(body.dropLast()) + " "
                continue
            }
            let logical = pending + line
            pending = ""
            guard let instruction = instruction(logical) else { continue }
            result.append(instruction)
            heredocs = Heredoc.markers(in: instruction.arguments)
        }
        if !pending.isEmpty, let instruction = instruction(pending) { result.append(instruction) }
        return result
    }

    private static func instruction(_ line: String) -> Instruction? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard !trimmed.isEmpty else { return nil }
        let keyword = trimmed.prefix { $0 != " " && $0 != "\t" }
        let arguments = trimmed.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
        return Instruction(keyword: keyword.uppercased(), arguments: String(arguments))
    }

    private static func directive(_ line: String) -> (key: String, value: String)? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("#") else { return nil }
        let body = trimmed.dropFirst()
        guard let equals = body.firstIndex(of: "=") else { return nil }
        let key = body[..<equals].trimmingSpaces.lowercased()
        guard ["syntax", "escape", "check"].contains(key) else { return nil }
        return (key, String(body[body.index(after: equals)...].trimmingSpaces))
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        let start = drop { $0 == " " || $0 == "\t" }
        var end = start
        while let last = end.last, last == " " || last == "\t" { end = end.dropLast() }
        return end
    }
}
