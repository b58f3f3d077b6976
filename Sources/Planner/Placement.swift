import ComposeModel
import YAML

/// Decides which daemon runs a service, with a reason that points at the source. Precedence:
/// `x-mixcompose.daemon`, the OS in `platform:`, the image OS a daemon reported, the well-known
/// Windows image families (for `image:` or the Dockerfile's final `FROM`), then `--default-os`.
struct Placement {
    var role: DaemonRole
    var os: DaemonRole
    var reason: String

    static func place(
        _ service: Service, settings: MixcomposeExtension, input: PlanInput, findings: inout Findings
    ) -> Placement {
        let platformOS = platformOS(service, findings: &findings)
        if let daemon = settings.daemon {
            let (role, mark) = (daemon.role, daemon.mark)
            if let platformOS, platformOS.role != role {
                findings.report(
                    .daemonOverridesPlatform,
                    "x-mixcompose.daemon \(role) runs \(platformOS.role) containers (platform: \(service.platform ?? "")) "
                        + "on the \(role) daemon, which needs one that can run them",
                    at: mark, service: service.name)
            }
            return Placement(role: role, os: platformOS?.role ?? role, reason: "x-mixcompose.daemon: \(role)\(mark.at)")
        }
        if let platformOS { return Placement(role: platformOS.role, os: platformOS.role, reason: platformOS.reason) }
        if let role = fromImage(service, input: input) { return role }
        let role = input.defaultOS
        return Placement(role: role, os: role, reason: "default (--default-os \(role))")
    }

    private static func platformOS(_ service: Service, findings: inout Findings) -> (role: DaemonRole, reason: String)?
    {
        guard let platform = service.platform, !platform.isEmpty else { return nil }
        let mark = service.mark(of: "platform")
        guard let role = DaemonRole(platform: platform) else {
            findings.report(
                .unknownPlatformOS, "platform \(platform) names neither linux nor windows; placement ignores it",
                at: mark, service: service.name)
            return nil
        }
        return (role, "platform: \(platform)\(mark.at)")
    }

    /// Steps 3 and 4: what a daemon reported for the image, then the image's name, first for
    /// `image:` and then for the final `FROM` of its Dockerfile.
    private static func fromImage(_ service: Service, input: PlanInput) -> Placement? {
        var candidates: [(image: String, label: String, mark: Mark)] = []
        if let image = service.image, !image.isEmpty {
            candidates.append((image, "image \(image)", service.mark(of: "image")))
        }
        if service.image == nil, service.build != nil,
            let projectName = input.project.name.isEmpty ? nil : input.project.name
        {
            // What Compose tags a build without `image:` as; a daemon may already have it.
            let built = "\(projectName)-\(service.name)"
            if input.imageOS[built] != nil { candidates.append((built, "image \(built)", service.mark(of: "build"))) }
        }
        if let from = input.dockerfileFinalFrom[service.name], !from.isEmpty {
            candidates.append((from, "build: final FROM \(from)", service.mark(of: "build")))
        }
        for candidate in candidates {
            if let role = input.imageOS[candidate.image] {
                return Placement(
                    role: role, os: role,
                    reason: "image os reported by daemon: \(role) (\(candidate.label)\(candidate.mark.at))")
            }
        }
        for candidate in candidates where WindowsImageFamily.contains(candidate.image) {
            return Placement(
                role: .windows, os: .windows, reason: "\(candidate.label) is a Windows image family\(candidate.mark.at)"
            )
        }
        return nil
    }
}
