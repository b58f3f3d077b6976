import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore
import NIOHTTP1

extension EngineClient {
    /// `PUT /containers/{id}/archive?path=&copyUIDGID=`: extracts a tar archive into a container's
    /// filesystem under the directory `path`, created or stopped containers included. With
    /// `copyUIDGID` the entries keep the owners in their headers; otherwise they belong to the
    /// container's root user.
    package func putArchive(_ archive: [UInt8], container id: String, path: String, copyUIDGID: Bool = false) async throws {
        let query = [URLQueryItem(name: "path", value: path), .flag("copyUIDGID", copyUIDGID)]
        // Through the gate as every ordinary request: hundreds of containers starting at once each get their files.
        _ = try await send(.PUT, "/containers/\(Self.segment(id))/archive", query: query, raw: (.bytes(ByteBuffer(bytes: archive)), "application/x-tar"))
    }

    /// `GET /containers/{id}/export`: the container's whole filesystem as a tar archive, handed to `body` chunk by
    /// chunk as it arrives (it may be gigabytes, so it is never held whole).
    package func exportContainer(_ id: String, _ body: @Sendable ([UInt8]) async throws -> Void) async throws {
        for try await chunk in try await stream(.GET, "/containers/\(Self.segment(id))/export").bytes {
            try await body(Array(buffer: chunk))
        }
    }

    /// `GET /containers/{id}/archive?path=`: a tar archive of `path` in a container's filesystem (a
    /// created container's too); nil when nothing exists at `path`.
    package func getArchive(container id: String, path: String) async throws -> [UInt8]? {
        do {
            let body = try await send(.GET, "/containers/\(Self.segment(id))/archive", query: [URLQueryItem(name: "path", value: path)])
            return Array(buffer: body)
        } catch EngineError.http(status: 404, _) {
            return nil
        }
    }

    /// `HEAD /containers/{id}/archive?path=`: what is at `path` in a container; nil when nothing is.
    package func statPath(container id: String, path: String) async throws -> PathStat? {
        do {
            let response = try await execute(
                .HEAD, "/containers/\(Self.segment(id))/archive", query: [URLQueryItem(name: "path", value: path)], timeout: requestTimeout)
            _ = try? await response.body.collect(upTo: 1 << 16)
            return response.headers.first(name: "X-Docker-Container-Path-Stat").flatMap(PathStat.init(header:))
        } catch EngineError.http(status: 404, _) {
            return nil
        }
    }
}
