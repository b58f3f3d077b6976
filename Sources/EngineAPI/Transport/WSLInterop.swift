/// Whether this process runs under WSL with Windows interop, and where Docker Desktop's `docker.exe` is.
///
/// WSL sets `WSL_DISTRO_NAME` in every distro shell, and registers the binfmt handler that runs `.exe`
/// files as `/proc/sys/fs/binfmt_misc/WSLInterop` (`WSLInterop-late` on newer kernels). Both must hold:
/// the variable alone survives in containers and `wsl -e` sessions where interop is switched off.
enum WSLInterop {
    /// Where Docker Desktop installs its Windows CLI, seen from WSL.
    static let desktopBinDirectory = "/mnt/c/Program Files/Docker/Docker/resources/bin"
    /// The binfmt entries WSL registers for running Windows programs.
    static let interopMarkers = ["/proc/sys/fs/binfmt_misc/WSLInterop", "/proc/sys/fs/binfmt_misc/WSLInterop-late"]
    /// Replaces `interopMarkers` with one file (tests, or a distro that registers interop elsewhere).
    static let markerOverrideVariable = "MIXCOMPOSE_WSL_INTEROP"

    /// True under WSL with interop: `.exe` files can be run from here.
    static func isAvailable(environment: [String: String], fileExists: (String) -> Bool) -> Bool {
        guard let distro = environment["WSL_DISTRO_NAME"], !distro.isEmpty else { return false }
        if let marker = environment[markerOverrideVariable], !marker.isEmpty { return fileExists(marker) }
        return interopMarkers.contains(where: fileExists)
    }

    /// `docker.exe` on `PATH` (WSL appends the Windows `PATH`), else in Docker Desktop's install folder.
    static func dockerExecutable(environment: [String: String], fileExists: (String) -> Bool) -> String? {
        if let found = ExecutableSearch.find("docker.exe", environment: environment, fileExists: fileExists) { return found }
        let desktop = desktopBinDirectory + "/docker.exe"
        return fileExists(desktop) ? desktop : nil
    }
}
