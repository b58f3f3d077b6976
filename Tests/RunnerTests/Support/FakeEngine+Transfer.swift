import EngineAPI
import Runner

extension FakeEngine {
    func pushImage(_ reference: String, auth: AuthConfig) throws {
        try failIfScripted("push")
        calls.append("push \(reference)")
        pullAuths[reference] = auth
    }

    /// The export of a container: its name, in two chunks, standing for the archive.
    func exportContainer(_ id: String, _ body: @Sendable ([UInt8]) async throws -> Void) async throws {
        guard let record = containers[id]?.record else { throw EngineError.http(status: 404, message: "no such container: \(id)") }
        calls.append("export \(record.name)")
        try await body(Array("export of ".utf8))
        try await body(Array(record.name.utf8))
    }

    func archive(of container: String, at path: String) throws -> [UInt8]? {
        guard let record = containers[container]?.record else {
            throw EngineError.http(status: 404, message: "no such container: \(container)")
        }
        calls.append("get archive \(record.name) \(path)")
        guard let contents = imageFiles[path] else { return nil }
        var archive = TarArchive()
        archive.addFile(String(path.split(separator: "/").last ?? ""), contents: Array(contents.utf8))
        return archive.bytes
    }

    func pathStat(in container: String, at path: String) throws -> PathStat? {
        guard containers[container] != nil else { throw EngineError.http(status: 404, message: "no such container: \(container)") }
        if let contents = imageFiles[path] { return PathStat(name: String(path.split(separator: "/").last ?? ""), size: Int64(contents.utf8.count)) }
        return imageFiles.keys.contains { $0.hasPrefix(path.hasSuffix("/") ? path : path + "/") }
            ? PathStat(name: String(path.split(separator: "/").last ?? ""), mode: 1 << 31 | 0o755) : nil
    }
}
