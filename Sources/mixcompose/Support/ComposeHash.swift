import ComposeModel
import EngineAPI
import YAML

/// Docker Compose's per-service configuration hash, what it stores in `com.docker.compose.config-hash`:
/// the SHA-256 of the service as Go's `json.Marshal` writes it (`ConfigRenderer.serviceHashInputs`).
enum ComposeHash {
    /// Service name → hash, for the services of `tree`.
    static func hashes(of tree: Node) -> [String: String] {
        ConfigRenderer.serviceHashInputs(tree).mapValues { SHA256.hexDigest(of: Array($0.utf8)) }
    }
}
