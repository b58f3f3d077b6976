/// How containers on one daemon are reached from the other daemon.
package enum PeerAddressing: Sendable, Hashable {
    /// By the container's IP on its project network: right when both daemons share a host (a Windows
    /// machine with its Windows and Linux engines, the testbed).
    case containerIP
    /// By `host` and the published port: right for an engine inside a VM (Docker Desktop's Linux engine).
    case published(host: String)
}
