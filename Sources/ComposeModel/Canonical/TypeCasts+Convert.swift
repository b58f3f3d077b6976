import YAML

extension TypeCasts {
    /// `node` cast to `cast` when it is a string; an integer too large for Go's `int64` reported
    /// (Compose wraps it around, or panics on ulimits); other kinds are left for the schema to judge.
    static func converted(_ node: Node, _ cast: Cast, path: [String], diagnostics: inout Diagnostics) -> Node {
        guard let scalar = node.scalar else { return node }
        if case .uint(let value) = scalar.resolved(tag: node.tag), cast == .int || cast == .int64 {
            diagnostics.error("\(path.joined(separator: ".")): \(value) is out of range for an integer (the largest is \(Int64.max))", at: node.mark)
            return node
        }
        guard case .string(let text) = scalar.resolved(tag: node.tag) else { return node }
        let result: Result<String, CastError>
        switch cast {
        case .int: result = goInteger(text, function: "strconv.Atoi")
        case .int64: result = goInteger(text, function: "strconv.ParseInt")
        case .float, .float32: result = goFloat(text)
        case .bool:
            result = goBool(text)
            if case .success(let value) = result, text.lowercased() != "true", text.lowercased() != "false" {
                diagnostics.warning("\(GoFormat.quote(text)) for boolean is not supported by YAML 1.2, please use `\(value)`", at: node.mark)
            }
        }
        switch result {
        case .success(let text):
            var cast = node
            cast.content = .scalar(Node.Scalar(text, style: .plain))
            if cast.tag?.hasPrefix("tag:yaml.org,2002:") == true { cast.tag = nil }
            return cast
        case .failure(let error):
            diagnostics.error("error while interpolating \(path.joined(separator: ".")): failed to cast to expected type: \(error.message)", at: node.mark)
            return node
        }
    }

    struct CastError: Error {
        var message: String
    }

    private static func goInteger(_ text: String, function: String) -> Result<String, CastError> {
        do throws(ValueError) {
            return .success(String(try GoParse.int(text, base: 10)))
        } catch {
            // GoParse names `ParseInt`; `toInt` uses `strconv.Atoi`, whose errors say so.
            return .failure(CastError(message: error.message.replacingAll("strconv.ParseInt", with: function)))
        }
    }

    private static func goFloat(_ text: String) -> Result<String, CastError> {
        do throws(ValueError) {
            let value = try GoParse.float(text)
            if value.isNaN { return .success(".nan") }
            if value.isInfinite { return .success(value < 0 ? "-.inf" : ".inf") }
            return .success(String(value))
        } catch {
            return .failure(CastError(message: error.message))
        }
    }

    private static func goBool(_ text: String) -> Result<String, CastError> {
        switch text.lowercased() {
        case "true", "y", "yes", "on": .success("true")
        case "false", "n", "no", "off": .success("false")
        default: .failure(CastError(message: "invalid boolean: \(text)"))
        }
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation in the pure modules).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
