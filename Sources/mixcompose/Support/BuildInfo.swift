/// The version and commit `mixcompose --version` prints. A build from source is a development build;
/// scripts/release compiles in BuildInfo.generated.swift (git-ignored), which makes BuildInfo a
/// `ReleaseBuildInfo` with the release's version and commit, so committed sources never change for a
/// release and no compiler flag (which would rebuild every module) is needed.
enum BuildInfo {
    static var version: String { release?.releaseVersion ?? "0.0.0-dev" }
    static var commit: String { release?.releaseCommit ?? "unknown" }

    /// `--version`'s line: `0.1.0 (commit 1a2b3c4d5e6f)`.
    static var versionLine: String { "\(version) (commit \(commit))" }

    private static var release: (any ReleaseBuildInfo.Type)? { BuildInfo.self as Any as? any ReleaseBuildInfo.Type }
}

/// What scripts/release's generated file declares on BuildInfo.
protocol ReleaseBuildInfo {
    static var releaseVersion: String { get }
    static var releaseCommit: String { get }
}
