import ArgumentParser
import ComposeModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Docker Compose's global project flags, shared by every subcommand.
struct ProjectOptions: ParsableArguments {
    @Option(name: [.short, .customLong("file")], help: "Compose configuration files (repeatable; - for stdin).")
    var files: [String] = []

    @Option(name: [.short, .customLong("project-name")], help: "Project name.")
    var projectName: String?

    @Option(name: .customLong("profile"), help: "Enable a profile (repeatable).")
    var profiles: [String] = []

    @Option(name: .customLong("env-file"), help: "Alternate environment files (repeatable).")
    var envFiles: [String] = []

    @Option(name: .customLong("project-directory"), help: "Alternate working directory (default: the first file's directory).")
    var projectDirectory: String?

    /// The loader's options for these flags, the process environment and the current directory.
    func loadOptions(services: [String] = [], interpolate: Bool = true) -> LoadOptions {
        var options = LoadOptions(
            workingDirectory: FileManager.default.currentDirectoryPath,
            environment: ProcessInfo.processInfo.environment)
        options.files = files
        options.projectName = projectName
        options.profiles = profiles
        options.envFiles = envFiles
        options.projectDirectory = projectDirectory
        options.services = services
        options.interpolate = interpolate
        options.stdin = { StandardInput.bytes }
        return options
    }
}
