import ComposeModel
import EngineAPI
import Foundation

/// What `POST /build` receives for one service's `build:` section: the query options and the context
/// archive, read from the local context directory with its `.dockerignore` applied.
struct ImageBuild: Sendable {
    var options: ImageBuildOptions
    var context: [UInt8]
    /// Options the classic builder cannot honour, named for a warning (`cache_to`, `type=` caches).
    var ignored: [String] = []

    /// Where a Dockerfile given inline or from outside the context is put in the archive.
    static let generatedDockerfile = ".mixcompose.Dockerfile"

    /// Prepares the build of `image` for `service`; `platform` is sent as is (nil: the daemon's own), and
    /// `environment` gives the values of arguments declared without one.
    init(service: Service, image: String, platform: String?, environment: [String: String]) throws(RunnerError) {
        let build = service.build ?? Service.Build()
        let fail = { (reason: String) in RunnerError.buildUnsupported(service: service.name, reason: reason) }
        let given = build.context ?? "."
        if Self.isRemote(given) { throw fail("remote build context \(given) is not supported, only local directories") }
        let root = DockerIgnore.clean(given)
        guard root.hasPrefix("/") else { throw fail("build context \(root) is not an absolute path") }
        if !build.additionalContexts.isEmpty { throw fail("additional_contexts needs BuildKit, which mixcompose does not drive") }
        if !build.ssh.isEmpty || !build.secrets.isEmpty { throw fail("build ssh and secrets need BuildKit, which mixcompose does not drive") }

        var generated: [UInt8]?
        var dockerfile = build.dockerfile ?? "Dockerfile"
        if let inline = build.dockerfileInline {
            generated = Array(inline.utf8)
            dockerfile = Self.generatedDockerfile
        } else {
            let full = DockerIgnore.clean(dockerfile.hasPrefix("/") ? dockerfile : root + "/" + dockerfile)
            if full.hasPrefix(root == "/" ? "/" : root + "/") {
                dockerfile = String(full.dropFirst(root == "/" ? 1 : root.count + 1))
            } else {
                // As `docker build` does: a Dockerfile outside the context is sent inside it under another name.
                guard let contents = FileManager.default.contents(atPath: full) else { throw fail("cannot read the Dockerfile \(full)") }
                generated = Array(contents)
                dockerfile = Self.generatedDockerfile
            }
        }

        var archive: TarArchive
        do {
            let ignoreFile = root + "/.dockerignore"
            var ignore = DockerIgnore()
            if let data = FileManager.default.contents(atPath: ignoreFile) {
                ignore = try DockerIgnore(fileContents: String(decoding: data, as: UTF8.self))
            }
            archive = try TarArchive.directory(at: root, ignore: ignore.keeping([dockerfile, ".dockerignore"]))
        } catch {
            throw fail(error.description)
        }
        if let generated { archive.addFile(dockerfile, contents: generated) }
        context = archive.bytes

        options = ImageBuildOptions()
        options.tags = [image] + build.tags.filter { $0 != image }
        options.dockerfile = dockerfile
        options.buildArgs = build.args.reduce(into: [:]) { args, entry in
            if let value = entry.value ?? environment[entry.key] { args[entry.key] = value }
        }
        options.target = build.target
        options.labels = build.labels
        options.platform = platform
        options.pull = build.pull ?? false
        options.noCache = build.noCache ?? false
        options.networkMode = build.network
        options.extraHosts = build.extraHosts.map(BlueprintBuilder.hostEntry)
        options.shmSize = build.shmSize
        // The classic builder takes plain image references as cache sources; `type=...` caches
        // and cache_to are BuildKit's.
        options.cacheFrom = build.cacheFrom.filter { !$0.contains("=") }
        ignored = build.cacheFrom.filter { $0.contains("=") }.map { "cache_from \($0)" } + build.cacheTo.map { "cache_to \($0)" }
    }

    /// True for contexts Compose leaves relative because they are not directories: URLs, git remotes,
    /// `service:` references.
    static func isRemote(_ context: String) -> Bool {
        context.contains("://") || context.hasPrefix("service:") || context.hasPrefix("git@") || context.hasPrefix("github.com/")
    }
}
