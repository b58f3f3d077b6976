import Foundation

/// A structural check of a SARIF log covering the SARIF 2.1.0 schema's required properties for
/// everything mixcompose emits, plus what GitHub code scanning needs (rule ids, levels, locations).
enum SARIFStructure {
    /// Every problem found, as readable strings; empty when the log is well-formed.
    static func problems(in log: String) -> [String] {
        guard let root = (try? JSONSerialization.jsonObject(with: Data(log.utf8))) as? [String: Any] else {
            return ["not a JSON object"]
        }
        var problems: [String] = []
        func require(_ condition: Bool, _ message: String) { if !condition { problems.append(message) } }
        require(root["version"] as? String == "2.1.0", "version must be 2.1.0")
        require((root["$schema"] as? String)?.hasPrefix("https://") == true, "$schema must be an https URI")
        guard let runs = root["runs"] as? [[String: Any]], !runs.isEmpty else {
            return problems + ["runs must be a non-empty array"]
        }
        for (r, run) in runs.enumerated() {
            let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
            require(driver?["name"] is String, "runs[\(r)].tool.driver.name is required")
            let rules = driver?["rules"] as? [[String: Any]] ?? []
            let ids = rules.compactMap { $0["id"] as? String }
            require(ids.count == rules.count, "runs[\(r)] every rule needs an id")
            require(Set(ids).count == ids.count, "runs[\(r)] rule ids must be unique")
            for rule in rules {
                let level = ((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String) ?? "warning"
                require(levels.contains(level), "rule \(rule["id"] ?? "?") has an invalid default level")
                require(
                    ((rule["shortDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false,
                    "rule \(rule["id"] ?? "?") needs shortDescription.text")
            }
            guard let results = run["results"] as? [[String: Any]] else {
                problems.append("runs[\(r)].results must be an array")
                continue
            }
            for (i, result) in results.enumerated() {
                problems += check(result, at: "runs[\(r)].results[\(i)]", ruleIDs: ids)
            }
        }
        return problems
    }

    private static let levels: Set<String> = ["none", "note", "warning", "error"]

    private static func check(_ result: [String: Any], at path: String, ruleIDs: [String]) -> [String] {
        var problems: [String] = []
        func require(_ condition: Bool, _ message: String) { if !condition { problems.append("\(path): \(message)") } }
        let ruleID = result["ruleId"] as? String
        require(ruleID.map(ruleIDs.contains) == true, "ruleId must name a rule of the driver")
        if let index = result["ruleIndex"] as? Int {
            require(ruleIDs.indices.contains(index) && ruleIDs[index] == ruleID, "ruleIndex must point at ruleId")
        }
        require(levels.contains(result["level"] as? String ?? ""), "level must be none, note, warning or error")
        require(
            ((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false, "message.text is required")
        for (l, location) in (result["locations"] as? [[String: Any]] ?? []).enumerated() {
            let physical = location["physicalLocation"] as? [String: Any]
            let uri = (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String
            require(uri.map(isURIReference) == true, "locations[\(l)] needs a valid artifactLocation.uri")
            if let region = physical?["region"] as? [String: Any] {
                require((region["startLine"] as? Int ?? 0) >= 1, "locations[\(l)].region.startLine must be >= 1")
                require((region["startColumn"] as? Int ?? 1) >= 1, "locations[\(l)].region.startColumn must be >= 1")
            }
        }
        return problems
    }

    /// RFC 3986 URI reference characters only (no spaces, no backslashes), non-empty.
    private static func isURIReference(_ text: String) -> Bool {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~:/?#[]@!$&'()*+,;=%"))
        return !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && allowed.contains($0) }
    }
}
