// A build from source (`swift build`) is a development build. scripts/release compiles with
// -DMIXCOMPOSE_BUILD_INFO and writes BuildInfo.generated.swift (git-ignored) with the release's
// version and commit instead, so the committed sources never change for a release.
#if !MIXCOMPOSE_BUILD_INFO
/// The version and commit `mixcompose --version` prints.
enum BuildInfo {
    static let version = "0.0.0-dev"
    static let commit = "unknown"
}
#endif

extension BuildInfo {
    /// `--version`'s line: `0.1.0 (commit 1a2b3c4d5e6f)`.
    static var versionLine: String { "\(version) (commit \(commit))" }
}
