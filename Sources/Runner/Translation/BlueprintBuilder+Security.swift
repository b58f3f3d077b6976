#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ComposeModel
import EngineAPI

extension BlueprintBuilder {
    /// `security_opt` as Compose's `parseSecurityOpts` sends it: `systempaths=unconfined` becomes
    /// empty masked and read-only path lists, and a `seccomp` profile file (relative to the project
    /// directory) is sent inline as compact JSON.
    static func applySecurityOptions(
        of service: Service, in context: BlueprintContext, to request: inout ContainerCreateRequest
    ) throws(BlueprintError) {
        var options: [String] = []
        for option in service.securityOpt {
            if option == "systempaths=unconfined" {
                request.hostConfig?.maskedPaths = []
                request.hostConfig?.readonlyPaths = []
                continue
            }
            var parts = option.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            if parts.count == 1, parts[0] != "no-new-privileges" {
                guard option.contains(":") else {
                    throw .refused(service: service.name, reason: "invalid security-opt: \"\(option)\"")
                }
                parts = option.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            }
            guard parts.count == 2, parts[0] == "seccomp", parts[1] != "unconfined", parts[1] != "builtin" else {
                options.append(option)
                continue
            }
            options.append("seccomp=" + (try seccompProfile(parts[1], service: service.name, in: context)))
        }
        request.hostConfig?.securityOpt = options.isEmpty ? nil : options
    }

    private static func seccompProfile(
        _ path: String, service: String, in context: BlueprintContext
    ) throws(BlueprintError) -> String {
        let base = URL(fileURLWithPath: context.project.workingDirectory, isDirectory: true)
        let file = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
        let data: Data
        do {
            data = try Data(contentsOf: file)
            // Decoding parses (and so checks) the whole document before the type, which accepts any value.
            _ = try JSONDecoder().decode(AnyJSON.self, from: data)
        } catch {
            throw .refused(service: service, reason: "opening seccomp profile (\(path)) failed: \(error)")
        }
        return compactJSON(data)
    }

    /// Valid JSON without the whitespace between tokens, keys in their order (Go's `json.Compact`).
    static func compactJSON(_ data: Data) -> String {
        var output: [UInt8] = []
        var inString = false
        var escaped = false
        for byte in data {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(byte) {
                continue
            }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Any JSON value: decoding it checks only that the document is JSON.
private struct AnyJSON: Decodable {
    init(from decoder: any Decoder) throws {}
}
