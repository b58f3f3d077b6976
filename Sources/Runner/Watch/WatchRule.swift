import ComposeModel
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One `develop.watch` rule of a service, ready to match changed host paths as Docker Compose's
/// `watchRule` does: under `path`, matching `include` (when given), and not ignored by the build
/// context's `.dockerignore`, editors' temporary files, `.git` or the rule's own `ignore`.
package struct WatchRule: Sendable {
    /// What a matching change does, as Compose names it.
    package enum Action: String, Sendable, CaseIterable {
        case sync, restart, rebuild
        case syncRestart = "sync+restart"
        case syncExec = "sync+exec"

        /// True for the actions that copy files into the containers.
        var syncs: Bool { self == .sync || self == .syncRestart || self == .syncExec }
    }

    package var service: String
    package var action: Action
    /// The watched host path, absolute.
    package var path: String
    /// Where `path` lands in the container (nil for `rebuild` and `restart`).
    package var target: String?
    /// `sync+exec`'s command.
    package var exec: Service.Hook?
    package var initialSync: Bool
    private var include: WatchPatterns?
    private var ignores: [WatchPatterns]

    /// The rule `watch` of `service`, with `dockerIgnore` the build context's ignore rules (nil without a build).
    package init(_ watch: Service.Develop.Watch, service: String, dockerIgnore: WatchPatterns?) throws(WatchError) {
        guard let action = Action(rawValue: watch.action) else { throw .invalid("service \(service): unknown watch action \(watch.action)") }
        self.service = service
        self.action = action
        path = DockerIgnore.clean(watch.path)
        target = watch.target.flatMap { $0.isEmpty ? nil : $0 }
        exec = watch.exec
        initialSync = watch.initialSync ?? false
        do {
            include = watch.include.isEmpty ? nil : try WatchPatterns(root: path, patterns: watch.include)
            ignores = [dockerIgnore, .ephemeral, .dotGit, try WatchPatterns(root: path, patterns: watch.ignore)].compactMap { $0 }
        } catch {
            throw .invalid("service \(service): \(error)")
        }
    }

    /// Where the changed `hostPath` goes in the container (`target` joined with its path below `path`,
    /// empty without a target), or nil when this rule does not take it.
    package func containerPath(for hostPath: String) -> String? {
        let changed = DockerIgnore.clean(hostPath)
        guard changed == path || changed.hasPrefix(path == "/" ? "/" : path + "/") else { return nil }
        if let include, !include.matches(changed) { return nil }
        if ignores.contains(where: { $0.matches(changed) }) { return nil }
        guard let target else { return "" }
        let relative = String(changed.dropFirst(path.count)).drop { $0 == "/" }
        return relative.isEmpty ? target : WatchTarget.join(target, String(relative))
    }

    /// The rules of `service`'s `develop.watch` section; `.dockerignore` of its build context as Compose
    /// reads it (`<Dockerfile>.dockerignore` first, then `.dockerignore`).
    package static func rules(of service: Service) throws(WatchError) -> [WatchRule] {
        guard let develop = service.develop else { return [] }
        var dockerIgnore: WatchPatterns?
        if let build = service.build {
            let root = DockerIgnore.clean(build.context ?? ".")
            let dockerfile = build.dockerfile ?? "Dockerfile"
            let candidates = [root + "/" + dockerfile + ".dockerignore", root + "/.dockerignore"]
            if let file = candidates.lazy.compactMap({ FileManager.default.contents(atPath: $0) }).first {
                do {
                    let patterns = try DockerIgnore(fileContents: String(decoding: file, as: UTF8.self)).patterns
                    dockerIgnore = try WatchPatterns(root: root, patterns: patterns.map { ($0.isException ? "!" : "") + $0.text })
                } catch {
                    throw .invalid("error reading .dockerignore: \(error)")
                }
            }
        }
        var rules: [WatchRule] = []
        for watch in develop.watch {
            let rule = try WatchRule(watch, service: service.name, dockerIgnore: dockerIgnore)
            if rule.action == .rebuild && service.build == nil {
                throw .invalid("can't watch service \"\(service.name)\" with action rebuild without a build context")
            }
            rules.append(rule)
        }
        return rules
    }
}
