import ComposeModel
import EngineAPI
import Planner

extension Preflight {
    /// Pulls `image` for `wanted` on `daemon` with the credentials the docker CLI would send for its
    /// registry; a failure names the service and the image and carries the registry's own message.
    func pull(_ image: String, on daemon: Daemon, os wanted: DaemonRole, for service: Service) async throws {
        let role = daemon.role.rawValue
        let auth: AuthConfig
        do {
            auth = try await credentials.authConfig(forImage: image)
        } catch {
            throw RunnerError.pullFailed(service: service.name, image: image, role: role, reason: "registry credentials: \(error)")
        }
        do {
            try await daemon.engine.pullImage(image, platform: daemon.platform(for: wanted), auth: auth)
        } catch let error as EngineError {
            // The daemon relays the registry's answer (`no basic auth credentials`, `unauthorized: …`) as its message.
            throw RunnerError.pullFailed(service: service.name, image: image, role: role, reason: Engines.reason(error))
        }
    }
}
