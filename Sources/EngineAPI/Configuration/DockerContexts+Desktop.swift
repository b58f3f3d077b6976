#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// Docker Desktop on Windows names its two engines' contexts `desktop-linux` and `desktop-windows`, each a
// named pipe; its `default` context is `npipe:////./pipe/docker_engine`, which follows whichever engine is
// selected in Desktop's menu, so it is no help in reaching both. mixcompose never switches that selection.
extension DockerContexts {
    /// Docker Desktop's context for its Linux engine.
    package static let desktopLinux = "desktop-linux"
    /// Docker Desktop's context for its Windows engine.
    package static let desktopWindows = "desktop-windows"

    /// The pipes Docker Desktop's contexts point at, used when the config directory lacks them (under WSL the
    /// contexts live in the Windows user's config directory, not in the distro's).
    package static let desktopPipes = [
        desktopLinux: "npipe:////./pipe/dockerDesktopLinuxEngine",
        desktopWindows: "npipe:////./pipe/dockerDesktopWindowsEngine",
    ]

    /// True when context `name` is stored in this config directory.
    package func contains(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: metaPath(name))
    }

    /// True when both Desktop contexts are stored here and the docker CLI would use one of Desktop's own
    /// contexts (`default`, `desktop-linux` or `desktop-windows`, no `DOCKER_HOST`): then each engine serves its
    /// own role rather than only the selected one.
    package func offersDesktopPair(_ environment: [String: String]) throws(EngineError) -> Bool {
        if let host = environment["DOCKER_HOST"], !host.isEmpty { return false }
        guard contains(Self.desktopLinux), contains(Self.desktopWindows) else { return false }
        return ["default", Self.desktopLinux, Self.desktopWindows].contains(try selectedContextName(environment))
    }

    /// Where context `name`'s meta.json lives: below its name's SHA-256, as the docker CLI stores it.
    package func metaPath(_ name: String) -> String {
        "\(directory)/contexts/meta/\(SHA256.hexDigest(of: Array(name.utf8)))/meta.json"
    }
}
