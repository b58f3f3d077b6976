import ComposeModel
import Foundation
import Runner
import Testing

@Suite struct WatchRuleTests {
    private func rule(
        _ action: String = "sync", path: String = "/p/src", target: String? = "/app", ignore: [String] = [], include: [String] = []
    ) throws -> WatchRule {
        let watch = Service.Develop.Watch(path: path, action: action, target: target, ignore: ignore, include: include)
        return try WatchRule(watch, service: "web", dockerIgnore: nil)
    }

    @Test("a changed path below the rule's path lands below its target; others are not taken")
    func mapping() throws {
        let sync = try rule()
        #expect(sync.containerPath(for: "/p/src/a.txt") == "/app/a.txt")
        #expect(sync.containerPath(for: "/p/src/sub/b.txt") == "/app/sub/b.txt")
        #expect(sync.containerPath(for: "/p/src") == "/app")
        #expect(sync.containerPath(for: "/p/srcx/a.txt") == nil)
        #expect(sync.containerPath(for: "/p/other.txt") == nil)
        #expect(try rule("rebuild", target: nil).containerPath(for: "/p/src/a.txt") == "")
    }

    @Test("ignore patterns are relative to the rule's path and also leave out everything below a match; ! re-includes")
    func ignore() throws {
        let sync = try rule(ignore: ["*.tmp", "node_modules/", "build/**", "!build/keep.txt"])
        #expect(sync.containerPath(for: "/p/src/x.tmp") == nil)
        #expect(sync.containerPath(for: "/p/src/sub/x.tmp") != nil, "*.tmp matches at the top only, as in Compose")
        #expect(sync.containerPath(for: "/p/src/node_modules/a/b.js") == nil)
        #expect(sync.containerPath(for: "/p/src/build/out.o") == nil)
        #expect(sync.containerPath(for: "/p/src/build/keep.txt") == "/app/build/keep.txt")
        #expect(sync.containerPath(for: "/p/src/x.txt") == "/app/x.txt")
    }

    @Test("include keeps only what it matches; a lone * in ignore keeps only its exceptions, as Compose does")
    func includeAndStar() throws {
        let included = try rule(include: ["*.js"])
        #expect(included.containerPath(for: "/p/src/a.js") == "/app/a.js")
        #expect(included.containerPath(for: "/p/src/a.css") == nil)
        let star = try rule(ignore: ["*", "*.md", "!docs"])
        #expect(star.containerPath(for: "/p/src/readme.md") == "/app/readme.md")
        #expect(star.containerPath(for: "/p/src/docs/a.txt") == "/app/docs/a.txt")
    }

    @Test("editors' temporary files and /.git are never synced")
    func ephemeral() throws {
        let sync = try rule()
        for path in ["/p/src/.a.txt.swp", "/p/src/a.txt~", "/p/src/4913", "/p/src/.#a", "/p/src/#a#", "/p/src/.idea/x"] {
            #expect(sync.containerPath(for: path) == nil, "\(path)")
        }
        #expect(WatchPatterns.dotGit.matches("/.git/HEAD"))
        #expect(!WatchPatterns.dotGit.matches("/p/src/.git/HEAD"), "Compose roots its .git rule at /")
    }

    @Test("the build context's .dockerignore (or the Dockerfile's own) applies to the rules of its service")
    func dockerIgnore() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mxc-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "*.log\n".write(toFile: directory + "/.dockerignore", atomically: true, encoding: .utf8)
        var service = Service(name: "web")
        service.build = Service.Build()
        service.build?.context = directory
        service.develop = Service.Develop(watch: [Service.Develop.Watch(path: directory, action: "sync", target: "/app")])
        let rules = try WatchRule.rules(of: service)
        #expect(rules.first?.containerPath(for: directory + "/a.log") == nil)
        #expect(rules.first?.containerPath(for: directory + "/a.txt") == "/app/a.txt")
        try "*.txt\n".write(toFile: directory + "/Dockerfile.dockerignore", atomically: true, encoding: .utf8)
        let specific = try WatchRule.rules(of: service)
        #expect(specific.first?.containerPath(for: directory + "/a.txt") == nil)
        #expect(specific.first?.containerPath(for: directory + "/a.log") == "/app/a.log")
    }

    @Test("a rebuild rule on a service without build is Compose's error")
    func rebuildNeedsBuild() throws {
        var service = Service(name: "web")
        service.develop = Service.Develop(watch: [Service.Develop.Watch(path: "/p", action: "rebuild")])
        #expect(throws: WatchError.invalid("can't watch service \"web\" with action rebuild without a build context")) {
            try WatchRule.rules(of: service)
        }
    }

    @Test("Windows targets keep their separator; the stand-in writes them below /, a Windows container below the drive")
    func windowsTargets() throws {
        let sync = try rule(target: #"C:\app"#)
        let path = try #require(sync.containerPath(for: "/p/src/sub/a.txt"))
        #expect(path == #"C:\app\sub\a.txt"#)
        #expect(WatchTarget(windows: false).placement(of: path) == (root: "/", name: "app/sub/a.txt"))
        #expect(WatchTarget(windows: true).placement(of: path) == (root: #"C:\"#, name: "app/sub/a.txt"))
        #expect(WatchTarget(windows: false).placement(of: "/app/a.txt") == (root: "/", name: "app/a.txt"))
        #expect(WatchTarget(windows: false).removal(of: [path, "/app/x"]) == ["rm", "-rf", "/app/sub/a.txt", "/app/x"])
        let windows = WatchTarget(windows: true).removal(of: [path])
        #expect(windows.prefix(3) == ["cmd", "/S", "/C"])
        #expect(windows.last?.contains(#"rmdir /s /q "C:\app\sub\a.txt""#) == true)
    }
}
