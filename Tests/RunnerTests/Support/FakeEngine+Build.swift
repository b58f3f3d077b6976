import EngineAPI
import Runner

extension FakeEngine {
    func set(buildFailure message: String, output: [String]) {
        buildFailure = message
        buildOutput = output
    }

    func buildImage(
        _ options: ImageBuildOptions, context: BuildContext, progress: @Sendable (BuildProgress) async -> Void
    ) async throws {
        calls.append("build \(options.tags.joined(separator: ","))")
        builds.append((options, try await context.stream().bytes()))
        for line in buildOutput { await progress(BuildProgress(stream: line + "\n")) }
        if let buildFailure { throw EngineError.stream(buildFailure) }
        for tag in options.tags {
            images[tag] = options.platform.map { String($0.prefix { $0 != "/" }) } ?? os.description
            imageLabels[tag] = options.labels
        }
    }
}

/// The entry names of a tar archive, read from its ustar headers (PAX records are skipped).
enum TarNames {
    static func of(_ bytes: [UInt8]) -> [String] {
        var names: [String] = []
        var offset = 0
        while offset + 512 <= bytes.count, bytes[offset] != 0 {
            let header = bytes[offset..<(offset + 512)]
            let name = String(decoding: header.prefix(100).prefix { $0 != 0 }, as: UTF8.self)
            let sizeText = String(decoding: header.dropFirst(124).prefix(11), as: UTF8.self)
            let size = Int(sizeText, radix: 8) ?? 0
            if header[header.startIndex + 156] != UInt8(ascii: "x") { names.append(name) }
            offset += 512 + (size + 511) / 512 * 512
        }
        return names
    }

    /// The contents of the entry called `name`.
    static func contents(of name: String, in bytes: [UInt8]) -> String? {
        var offset = 0
        while offset + 512 <= bytes.count, bytes[offset] != 0 {
            let header = bytes[offset..<(offset + 512)]
            let entry = String(decoding: header.prefix(100).prefix { $0 != 0 }, as: UTF8.self)
            let size = Int(String(decoding: header.dropFirst(124).prefix(11), as: UTF8.self), radix: 8) ?? 0
            if entry == name { return String(decoding: bytes[(offset + 512)..<(offset + 512 + size)], as: UTF8.self) }
            offset += 512 + (size + 511) / 512 * 512
        }
        return nil
    }
}
