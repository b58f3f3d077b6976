import ComposeModel
import YAML

extension DiagnosticRenderer {
    /// The SARIF 2.1.0 schema address GitHub code scanning documents.
    package static let sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// A SARIF 2.1.0 log with one run: a rule per code used (described from `PlanCode`), a result
    /// per diagnostic. Relative files become URIs against `%SRCROOT%`; a diagnostic without a file is
    /// placed at line 1 of `defaultFile` when given (code scanning wants a location on every result).
    package static func sarif(_ diagnostics: [Diagnostic], toolVersion: String, defaultFile: String? = nil) -> String {
        let ruleIDs = Set(diagnostics.map(ruleID)).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        let rules: [JSONValue] = ruleIDs.map { id in
            let code = PlanCode.named(id)
            let summary = code?.summary ?? (id == uncodedRule ? "a problem in the compose files" : id)
            let level = code?.severity.rawValue ?? "error"
            return .object([
                ("id", .string(id)),
                ("shortDescription", .object([("text", .string(summary))])),
                ("defaultConfiguration", .object([("level", .string(level))])),
            ])
        }
        let results: [JSONValue] = diagnostics.map { diagnostic in
            let id = ruleID(diagnostic)
            var fields: [(String, JSONValue)] = [
                ("ruleId", .string(id)),
                ("ruleIndex", .int(ruleIndex[id] ?? 0)),
                ("level", .string(diagnostic.severity.rawValue)),
                ("message", .object([("text", .string(diagnostic.message))])),
            ]
            if let location = location(diagnostic.mark, defaultFile: defaultFile) {
                fields.append(("locations", .array([location])))
            }
            if let service = diagnostic.service {
                fields.append(("properties", .object([("service", .string(service))])))
            }
            return .object(fields)
        }
        let driver: JSONValue = .object([
            ("name", .string("mixcompose")),
            ("version", .string(toolVersion)),
            ("rules", .array(rules)),
        ])
        let run: JSONValue = .object([
            ("tool", .object([("driver", driver)])),
            // Marks count columns in Unicode scalars.
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return JSONValue.object([
            ("$schema", .string(sarifSchema)), ("version", .string("2.1.0")), ("runs", .array([run])),
        ]).rendered()
    }

    /// The rule id of diagnostics without a code (loader errors).
    static let uncodedRule = "MXC000"

    private static func ruleID(_ diagnostic: Diagnostic) -> String { diagnostic.code ?? uncodedRule }

    private static func location(_ mark: Mark, defaultFile: String?) -> JSONValue? {
        let file = mark.file.isEmpty ? defaultFile : mark.file
        guard let file, !file.isEmpty else { return nil }
        var artifact: [(String, JSONValue)] = [("uri", .string(uri(for: file)))]
        if !isAbsolute(file) { artifact.append(("uriBaseId", .string("%SRCROOT%"))) }
        let line = mark.isKnown && !mark.file.isEmpty ? mark.line : 1
        let column = mark.isKnown && !mark.file.isEmpty ? max(mark.column, 1) : 1
        return .object([
            (
                "physicalLocation",
                .object([
                    ("artifactLocation", .object(artifact)),
                    ("region", .object([("startLine", .int(line)), ("startColumn", .int(column))])),
                ])
            )
        ])
    }

    private static func isAbsolute(_ file: String) -> Bool {
        file.hasPrefix("/") || ContainerPath.isWindows(file)
    }

    /// A relative reference (`deploy/compose.yaml`) or a `file://` URI for absolute paths, with
    /// backslashes turned into slashes and everything outside RFC 3986's unreserved set escaped.
    static func uri(for file: String) -> String {
        var path = file.replacing("\\", with: "/")
        while path.hasPrefix("./") { path.removeFirst(2) }
        var encoded = ""
        for byte in path.utf8 {
            let char = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (char.isLetter || char.isNumber || "-._~/".contains(char))
                || (byte == UInt8(ascii: ":") && encoded.count == 1)
            {
                encoded.append(char)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded.append("%" + (hex.count == 1 ? "0" : "") + hex)
            }
        }
        if file.hasPrefix("/") { return "file://" + encoded }
        if ContainerPath.isWindows(file) { return "file:///" + encoded }
        return encoded
    }
}
