import EngineAPI

extension EngineClient {
    package func pushImage(_ reference: String, auth: AuthConfig) async throws {
        try await push(image: reference, auth: auth)
    }

    package func archive(of container: String, at path: String) async throws -> [UInt8]? {
        try await getArchive(container: container, path: path)
    }

    package func pathStat(in container: String, at path: String) async throws -> PathStat? {
        try await statPath(container: container, path: path)
    }
}
