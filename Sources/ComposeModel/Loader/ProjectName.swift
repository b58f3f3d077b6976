import YAML

/// Project name rules (compose-semantics §2): `-p`, then `COMPOSE_PROJECT_NAME`, then the last
/// top-level `name:` (interpolated, normalised), then the project directory's base name.
enum ProjectName {
    /// Lower case, only `[a-z0-9_-]`, no leading `_` or `-`.
    static func normalize(_ name: String) -> String {
        let kept = name.lowercased().unicodeScalars.filter { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
        }
        return String(String.UnicodeScalarView(kept).drop { $0 == "_" || $0 == "-" })
    }

    static func invalid(_ name: String) -> String {
        "invalid project name \"\(name)\": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number"
    }

    /// The last non-empty top-level `name` string across `documents`.
    static func declared(in documents: [Node]) -> Node? {
        var found: Node?
        for document in documents {
            if let name = document.mapping?["name"], let text = name.text, !name.isNull, !text.isEmpty { found = name }
        }
        return found
    }

    /// The project name, or nil after reporting why none is acceptable.
    static func decide(
        flag: String?, environment: [String: String], declared: Node?, interpolate: Bool, projectDirectory: String,
        diagnostics: inout Diagnostics
    ) -> String? {
        if let flag, !flag.isEmpty {
            guard normalize(flag) == flag else {
                diagnostics.error(invalid(flag), at: .none)
                return nil
            }
            return flag
        }
        if let fromEnv = environment["COMPOSE_PROJECT_NAME"], !fromEnv.isEmpty {
            guard normalize(fromEnv) == fromEnv else {
                diagnostics.error(invalid(fromEnv), at: .none)
                return nil
            }
            return fromEnv
        }
        if let declared, var text = declared.text {
            if interpolate, Interpolation.containsVariable(text) {
                do {
                    text = try Interpolation.substitute(text) { environment[$0] }.value
                } catch {
                    diagnostics.error(TreeInterpolator.message(for: error, path: "name", text: text), at: declared.mark)
                    return nil
                }
            }
            // A declared name that interpolates or normalises to nothing is an error, not the directory's.
            let normalized = normalize(text)
            guard !normalized.isEmpty else {
                diagnostics.error("project name must not be empty", at: declared.mark)
                return nil
            }
            return normalized
        }
        let fromDirectory = normalize(Paths.base(projectDirectory))
        guard !fromDirectory.isEmpty else {
            diagnostics.error("project name must not be empty", at: declared?.mark ?? .none)
            return nil
        }
        return fromDirectory
    }
}
