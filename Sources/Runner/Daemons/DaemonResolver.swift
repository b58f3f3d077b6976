import EngineAPI
import Logging
import Planner

/// Finds the daemon of each role, connects to it, checks the OS it runs, and keeps the clients open
/// for the duration of a body. Order per role: flag or env host, flag context, `x-mixcompose`, and
/// otherwise `DOCKER_HOST` / the current context for whichever OS that daemon serves.
package enum DaemonResolver {
    /// `MIXCOMPOSE_ASSUME_DESKTOP=linux` treats the Linux daemon as Docker Desktop's Linux engine (tests).
    package static let assumeDesktopVariable = "MIXCOMPOSE_ASSUME_DESKTOP"

    /// Where a role's daemon is, and who said so.
    struct Source: Sendable {
        var role: DaemonRole?
        var endpoint: EngineEndpoint
        var origin: String
        var peerAddressing: PeerAddressing
    }

    /// Connects the daemons and runs `body` with them; the clients are closed when it returns.
    package static func withDaemons<Result>(
        options: DaemonOptions, settings: DaemonSettings = DaemonSettings(), environment: [String: String],
        logger: Logger, warn: (String) -> Void = { _ in },
        _ body: (DaemonSet) async throws -> Result
    ) async throws -> Result {
        let sources = try self.sources(options: options, settings: settings, environment: environment)
        return try await connect(sources[...], connected: [], options: options, environment: environment, logger: logger, warn: warn, body)
    }

    /// The configured sources; the default endpoint (role unknown) only when a role is left open.
    static func sources(options: DaemonOptions, settings: DaemonSettings, environment: [String: String]) throws -> [Source] {
        let contexts = DockerContexts(environment: environment)
        var sources: [Source] = []
        for role in DaemonRole.allCases {
            let isLinux = role == .linux
            let peer = settings.roles[role]?.peerAddressing ?? PeerAddressing()
            if let host = isLinux ? options.linuxHost : options.windowsHost {
                // The flag overrides the variable, so an equal value may have come from either: name the variable.
                let variable = "MIXCOMPOSE_\(role.rawValue.uppercased())_HOST"
                let origin = environment[variable] == host ? variable : "--\(role)-host"
                sources.append(Source(role: role, endpoint: try EngineEndpoint.parse(host, tlsFrom: environment), origin: origin, peerAddressing: peer))
            } else if let context = isLinux ? options.linuxContext : options.windowsContext {
                sources.append(Source(role: role, endpoint: try contexts.endpoint(named: context), origin: "--\(role)-context", peerAddressing: peer))
            } else if let host = settings.roles[role]?.host {
                let endpoint = try EngineEndpoint.parse(host, tlsFrom: environment)
                sources.append(Source(role: role, endpoint: endpoint, origin: "x-mixcompose.\(role).host", peerAddressing: peer))
            } else if let context = settings.roles[role]?.context {
                sources.append(Source(role: role, endpoint: try contexts.endpoint(named: context), origin: "x-mixcompose.\(role).context", peerAddressing: peer))
            } else if try contexts.offersDesktopPair(environment) {
                let context = isLinux ? DockerContexts.desktopLinux : DockerContexts.desktopWindows
                let endpoint = try contexts.endpoint(named: context)
                sources.append(Source(role: role, endpoint: endpoint, origin: "Docker Desktop's \(context) context", peerAddressing: peer))
            }
        }
        if sources.count < DaemonRole.allCases.count {
            let endpoint = try contexts.resolveEndpoint(environment)
            if !sources.contains(where: { $0.endpoint == endpoint }) {
                let origin = (environment["DOCKER_HOST"] ?? "").isEmpty ? "the current docker context" : "DOCKER_HOST"
                sources.append(Source(role: nil, endpoint: endpoint, origin: origin, peerAddressing: PeerAddressing()))
            }
        }
        return sources
    }

    private static func connect<Result>(
        _ sources: ArraySlice<Source>, connected: [Daemon], options: DaemonOptions, environment: [String: String], logger: Logger,
        warn: (String) -> Void,
        _ body: (DaemonSet) async throws -> Result
    ) async throws -> Result {
        guard let source = sources.first else { return try await body(DaemonSet(connected)) }
        let taken = Set(connected.map(\.role))
        // Errors before the daemon joins are its own (named with its role and address); later ones come from the body.
        var joined = false
        let client: (EngineClient) async throws -> Result = { client in
            let facts = try await client.facts()
            joined = true
            guard var daemon = try place(source, facts: facts, taken: taken, options: options, engine: client, warn: warn) else {
                return try await connect(
                    sources.dropFirst(), connected: connected, options: options, environment: environment, logger: logger, warn: warn, body)
            }
            // A test hook: the testbed's Linux daemon cannot say it is Docker Desktop's, so tests say it for it.
            if daemon.role == .linux, environment[assumeDesktopVariable] == "linux" { daemon.facts.operatingSystem = "Docker Desktop" }
            return try await connect(
                sources.dropFirst(), connected: connected + [daemon], options: options, environment: environment, logger: logger, warn: warn,
                body)
        }
        do {
            return try await EngineClient.withClient(source.endpoint, environment: environment, logger: logger, client)
        } catch let error as EngineError where !joined {
            throw RunnerError.daemonUnreachable(role: source.role?.rawValue ?? "default", address: source.endpoint.description, because: error)
        }
    }

    /// The daemon a source becomes, checking its OS against the role; nil for a default endpoint
    /// whose role is already taken.
    static func place(
        _ source: Source, facts: DaemonFacts, taken: Set<DaemonRole>, options: DaemonOptions, engine: any Engine,
        warn: (String) -> Void
    ) throws -> Daemon? {
        let os = facts.containerOS
        let address = source.endpoint.description
        let role: DaemonRole
        if let wanted = source.role {
            role = wanted
        } else {
            let serves: DaemonRole = os == "windows" ? .windows : .linux
            if !taken.contains(serves) {
                role = serves
            } else if serves == .linux, options.windowsStandIn, !taken.contains(.windows) {
                role = .windows
            } else {
                return nil
            }
        }
        var standIn = false
        if role == .windows && os != "windows" {
            guard options.windowsStandIn, os == "linux" else {
                throw RunnerError.wrongDaemonOS(role: role.rawValue, address: address, os: os)
            }
            standIn = true
            warn("the \(os) daemon at \(address) stands in for the windows role (--windows-standin): no windows platform is sent to it")
        } else if role == .linux && os != "linux" {
            throw RunnerError.wrongDaemonOS(role: role.rawValue, address: address, os: os)
        }
        return Daemon(
            role: role, engine: engine, facts: facts, address: address, isStandIn: standIn, peerAddressing: source.peerAddressing,
            origin: source.origin)
    }
}
