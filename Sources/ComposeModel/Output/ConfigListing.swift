/// The one-per-line lists `config` prints instead of the project (`--services`, `--images`,
/// `--volumes`, `--networks`, `--profiles`). Docker Compose prints them in Go map order, which
/// changes from run to run; these are sorted so that scripts and diffs see a stable order.
package enum ConfigListing: String, CaseIterable, Sendable {
    case services, images, volumes, networks, profiles

    /// Whether services named on the command line narrow the list. Docker Compose narrows only
    /// `--images`; the other lists describe the whole project (profiles still apply).
    package var honoursServiceSelection: Bool { self == .images }

    /// The list for `result` (its typed `project` for all but profiles).
    package func lines(of project: Project, loaded result: LoadResult) -> [String] {
        switch self {
        case .services:
            return project.serviceNames
        case .images:
            // A service without `image:` runs the image `up` builds for it: `<project>-<service>`.
            return project.serviceNames.compactMap { name in
                project.services[name].map(project.imageName(of:))
            }
        case .volumes:
            return project.volumes.keys.sorted()
        case .networks:
            return project.networks.keys.sorted()
        case .profiles:
            return result.declaredProfiles
        }
    }
}
