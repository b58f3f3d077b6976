/// One cross-daemon edge as `doctor` probed it: a consumer container reaching an injected peer's port.
package struct DoctorEdge: Sendable, Hashable, Encodable {
    /// The consumer container as Compose names it in output (`web-1`).
    package var consumer: String
    /// The peer service whose address the consumer was given.
    package var peer: String
    /// The address injected into the consumer (`<P>_HOST`).
    package var address: String
    /// The port probed; nil when the peer exposes none.
    package var port: Int?
    /// True or false once probed (or known without a probe: a peer that is not running); nil when it could not be probed.
    package var reachable: Bool?
    /// How long the TCP connect probe took, exec overhead included.
    package var rttMilliseconds: Int?
    /// What to check when the edge is not reachable, or why it could not be probed.
    package var hint: String?

    /// Creates an edge.
    package init(
        consumer: String, peer: String, address: String, port: Int?, reachable: Bool? = nil, rttMilliseconds: Int? = nil,
        hint: String? = nil
    ) {
        self.consumer = consumer
        self.peer = peer
        self.address = address
        self.port = port
        self.reachable = reachable
        self.rttMilliseconds = rttMilliseconds
        self.hint = hint
    }

    /// `web-1 -> api`.
    package var name: String { "\(consumer) -> \(peer)" }

    enum CodingKeys: String, CodingKey {
        case consumer, peer, address, port, reachable, rttMilliseconds = "rtt_ms", hint
    }
}
