import ArgumentParser
import Runner

/// The flags `up` and `create` share: how images are got and when existing containers are replaced. One
/// definition, so the two commands cannot drift apart in names, help or validation.
struct CreationFlags: ParsableArguments {
    @Flag(help: "Build images before creating containers, even when they are present.") var build = false
    @Flag(help: "Don't build images, even when they are missing.") var noBuild = false
    @Option(help: "Pull images: missing, always or never.") var pull: PullPolicy = .missing
    @Flag(help: "Recreate containers even if their configuration is unchanged.") var forceRecreate = false
    @Flag(help: "Keep existing containers even if their configuration changed.") var noRecreate = false
    @Flag(help: "Remove containers of services not in the project.") var removeOrphans = false
    @Flag(help: "Pull without printing progress information.") var quietPull = false
    @Option(help: ArgumentHelp("Run NUM containers of SERVICE (overrides scale in the file).", valueName: "SERVICE=NUM"))
    var scale: [String] = []
    @Flag(name: [.customShort("y"), .long], help: "Assume yes to all prompts (accepted as Compose takes it; mixcompose asks none here).")
    var yes = false

    func validate() throws {
        _ = try ScaleOption.parse(scale)
        if build && noBuild { throw ValidationError("--build and --no-build are incompatible") }
        if forceRecreate && noRecreate { throw ValidationError("--force-recreate and --no-recreate are incompatible") }
    }

    /// Sets the options these flags control.
    func apply(to options: inout UpOptions) throws {
        options.build = build
        options.noBuild = noBuild
        options.pull = pull
        options.forceRecreate = forceRecreate
        options.noRecreate = noRecreate
        options.removeOrphans = removeOrphans
        options.quietPull = quietPull
        options.scale = try ScaleOption.parse(scale)
    }
}
