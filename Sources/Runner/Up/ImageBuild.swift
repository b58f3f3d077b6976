import ComposeModel
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `POST /build` receives for one service's `build:` section: the query options and the context:
/// the local context directory with its `.dockerignore` applied, streamed when the build runs.
struct ImageBuild: Sendable {
    var options: ImageBuildOptions
    var context: BuildContext
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
        } else {
            let full = DockerIgnore.clean(dockerfile.hasPrefix("/") ? dockerfile : root + "/" + dockerfile)
            if full.hasPrefix(root == "/" ? "/" : root + "/") {
                dockerfile = String(full.dropFirst(root == "/" ? 1 : root.count + 1))
            } else {
                // As `docker build` does: a Dockerfile outside the context is sent inside it under another name.
                guard let contents = FileManager.default.contents(atPath: full) else { throw fail("cannot read the Dockerfile \(full)") }
                generated = Array(contents)
            }
        }
        do throws(ArchiveError) {
            let ignoreText = FileManager.default.contents(atPath: root + "/.dockerignore").map { String(decoding: $0, as: UTF8.self) }
            var ignore = DockerIgnore()
            if let ignoreText { ignore = try DockerIgnore(fileContents: ignoreText) }
            // BuildKit reads the Dockerfile on its own, so `.dockerignore` may leave it out of the context; the
            // classic builder needs it inside and drops it after reading only when the daemon's own matching
            // (`excludes`) says so. Such a Dockerfile is sent under another name too.
            if generated == nil && (!ignore.sends(dockerfile) || ignore.excludes(dockerfile)) {
                guard let contents = FileManager.default.contents(atPath: root + "/" + dockerfile) else {
                    throw ArchiveError("cannot read the Dockerfile \(root)/\(dockerfile)")
                }
                generated = Array(contents)
            }
            var files: [BuildContext.GeneratedFile] = []
            if let generated {
                dockerfile = Self.generatedDockerfile
                // As the docker CLI does with a Dockerfile it adds: the daemon drops what the context's
                // `.dockerignore` names, so that file names the added Dockerfile, and itself unless it is sent.
                let kept = ignoreText.flatMap { ignore.sends(".dockerignore") ? $0 + "\n" : nil } ?? ".dockerignore\n"
                files = [
                    BuildContext.GeneratedFile(name: ".dockerignore", contents: Array((kept + dockerfile + "\n").utf8)),
                    BuildContext.GeneratedFile(name: dockerfile, contents: generated),
                ]
            }
            context = try BuildContext(directory: root, ignore: ignore, generated: files)
        } catch {
            throw fail(error.description)
        }

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
