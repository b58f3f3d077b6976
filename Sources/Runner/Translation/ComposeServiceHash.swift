#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import EngineAPI

/// Docker Compose's `com.docker.compose.config-hash` of a service: the SHA-256 of its compact Go JSON
/// (`PlannedService.composeHashInput`) as Compose's convergence hashes it, with the containers it shares
/// put in first (`resolveServiceReferences`): `network_mode`, `ipc` and `pid` `service:NAME` become
/// `container:ID`, and each `volumes_from` entry the ID of its service's container (`container:NAME[:mode]`
/// just NAME).
enum ComposeServiceHash {
    /// The hash of `input` with the IDs of the `referenced` services' containers (replica 1 first).
    static func of(_ input: String, referenced: [String: [ContainerRecord]]) -> String {
        SHA256.hexDigest(of: Array(resolved(input, referenced: referenced).utf8))
    }

    /// `input` with the references resolved; as it is when it has none.
    static func resolved(_ input: String, referenced: [String: [ContainerRecord]]) -> String {
        guard input.contains("service:") || input.contains(#""volumes_from":"#) else { return input }
        let members = topLevelMembers(input).map { key, value -> String in
            "\"\(key)\":" + resolvedValue(key, value, referenced: referenced)
        }
        return "{" + members.joined(separator: ",") + "}"
    }

    private static func resolvedValue(_ key: String, _ value: String, referenced: [String: [ContainerRecord]]) -> String {
        let id = { (service: String) in referenced[service]?.first?.id }
        switch key {
        case "network_mode", "ipc", "pid":
            guard let text = try? JSONDecoder().decode(String.self, from: Data(value.utf8)), text.hasPrefix("service:"),
                let container = id(String(text.dropFirst("service:".count)))
            else { return value }
            return "\"container:\(container)\""
        case "volumes_from":
            guard let entries = try? JSONDecoder().decode([String].self, from: Data(value.utf8)) else { return value }
            let resolved = entries.map { entry -> String in
                let parts = entry.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                if parts[0] == "container", parts.count > 1 { return parts[1] }
                return id(parts[0]) ?? entry
            }
            return "[" + resolved.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        default:
            return value
        }
    }

    /// The members of a compact JSON object: each key (as written, without its quotes) and its value's text.
    private static func topLevelMembers(_ json: String) -> [(String, String)] {
        let bytes = Array(json.utf8)
        var members: [(String, String)] = []
        var depth = 0, inString = false, escaped = false, start = 1
        for (i, byte) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0, start < i { members.append(member(bytes[start..<i])) }
            case UInt8(ascii: ",") where depth == 1:
                members.append(member(bytes[start..<i]))
                start = i + 1
            default: break
            }
        }
        return members
    }

    /// `"key":value` split at the colon after the key (keys are field names: no escapes, no colons).
    private static func member(_ text: ArraySlice<UInt8>) -> (String, String) {
        let colon = text.firstIndex(of: UInt8(ascii: ":")) ?? text.endIndex
        let key = String(decoding: text[text.startIndex..<colon].dropFirst().dropLast(), as: UTF8.self)
        return (key, String(decoding: text[min(colon + 1, text.endIndex)...], as: UTF8.self))
    }
}
