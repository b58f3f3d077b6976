import ComposeModel

extension Planner {
    /// The Dockerfile the CLI should read for `service`'s final `FROM`: `build.dockerfile` resolved
    /// against `build.context`. Nil without `build:`, for `dockerfile_inline` (see `inlineDockerfile`)
    /// and for remote or `service:` contexts, which the planner cannot read.
    package static func dockerfilePath(for service: Service) -> String? {
        guard let build = service.build, build.dockerfileInline == nil else { return nil }
        let dockerfile = build.dockerfile ?? "Dockerfile"
        if isAbsolute(dockerfile) { return dockerfile }
        guard let context = build.context, !context.isEmpty, !isRemote(context) else { return nil }
        if dockerfile.isEmpty { return nil }
        let separator = context.hasSuffix("/") || context.hasSuffix("\\") ? "" : (isWindowsPath(context) ? "\\" : "/")
        return context + separator + dockerfile
    }

    /// The text of `build.dockerfile_inline`, which the CLI passes to `DockerfileInspector` directly.
    package static func inlineDockerfile(for service: Service) -> String? {
        service.build?.dockerfileInline
    }

    private static func isAbsolute(_ path: String) -> Bool {
        path.hasPrefix("/") || path.hasPrefix("\\\\") || isWindowsPath(path)
    }

    private static func isWindowsPath(_ path: String) -> Bool {
        let chars = Array(path.prefix(3))
        return chars.count >= 2 && chars[0].isASCII && chars[0].isLetter && chars[1] == ":"
            && (chars.count == 2 || chars[2] == "\\" || chars[2] == "/")
    }

    private static func isRemote(_ context: String) -> Bool {
        context.contains("://") || context.hasPrefix("service:") || context.hasPrefix("git@")
            || context.hasPrefix("github.com/")
    }
}
