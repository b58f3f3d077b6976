#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import EngineAPI

/// Container paths of synced files, for the container's OS: `/`-paths in Linux containers; in a Windows
/// container `C:\app\…` paths written below the drive's root, and on the Linux stand-in for the Windows
/// role the same paths below `/` (`C:\app\x` is `/app/x`), as the hosts file is written there.
package struct WatchTarget: Sendable, Hashable {
    /// True for a real Windows container (not the stand-in).
    package var windows: Bool

    /// Paths for a container that `windows` says runs Windows.
    package init(windows: Bool) {
        self.windows = windows
    }

    /// `target` joined with `relative` (`/`-separated), with `target`'s own separator.
    package static func join(_ target: String, _ relative: String) -> String {
        guard isWindowsPath(target) else { return DockerIgnore.clean(target + "/" + relative) }
        let base = target.hasSuffix(#"\"#) ? String(target.dropLast()) : target
        return base + #"\"# + relative.replacing("/", with: #"\"#)
    }

    /// True for `C:\…`, `C:/…` and `\…` paths.
    static func isWindowsPath(_ path: String) -> Bool {
        let characters = Array(path)
        if characters.count >= 2, characters[0].isLetter, characters[1] == ":" { return true }
        return path.contains(#"\"#)
    }

    /// The drive (`C:`, the default) and the `/`-path below it of a container path; a Linux path is its own.
    static func split(_ path: String) -> (drive: String, path: String) {
        var rest = Substring(path)
        var drive = "C:"
        if rest.count >= 2, rest.first?.isLetter == true, rest.dropFirst().first == ":" {
            drive = String(rest.prefix(2)).uppercased()
            rest = rest.dropFirst(2)
        }
        return (drive, DockerIgnore.clean("/" + String(rest.replacing(#"\"#, with: "/"))))
    }

    /// Where the archive of a synced file is extracted (`PUT …/archive?path=`) and the entry's name in it.
    package func placement(of containerPath: String) -> (root: String, name: String) {
        let (drive, path) = Self.split(containerPath)
        return (windows ? drive + #"\"# : "/", String(path.dropFirst()))
    }

    /// The command that removes deleted paths in the container: `rm -rf` as Compose runs it, or `cmd`'s
    /// `rmdir`/`del` in a Windows container.
    package func removal(of containerPaths: [String]) -> [String] {
        let paths = containerPaths.map(Self.split)
        guard windows else { return ["rm", "-rf"] + paths.map(\.path) }
        let steps = paths.map { drive, path in
            let native = drive + path.replacing("/", with: #"\"#)
            return #"(if exist "\#(native)\*" (rmdir /s /q "\#(native)") else (if exist "\#(native)" del /f /q "\#(native)"))"#
        }
        return ["cmd", "/S", "/C", steps.joined(separator: " & ")]
    }
}
