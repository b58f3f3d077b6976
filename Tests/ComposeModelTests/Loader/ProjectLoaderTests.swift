import Testing
import YAML

@testable import ComposeModel

@Suite struct ProjectLoaderTests {
    @Test("discovery walks up to the parent that has compose.yaml and adds its override file")
    func discoveryWalksUp() throws {
        let project = try TemporaryProject([
            "compose.yaml": "services: {web: {image: base}}",
            "compose.override.yml": "services: {web: {image: over}}",
            "sub/deeper/keep.txt": "",
        ])
        let result = project.load(cwd: "sub/deeper")
        #expect(result.files.map { Paths.base($0) } == ["compose.yaml", "compose.override.yml"])
        #expect(result.service("web")?["image"]?.text == "over")
        #expect(result.name == "proj")
    }

    @Test("no compose file anywhere is the 'not found' error")
    func noFile() throws {
        let project = try TemporaryProject(["readme.txt": "x"])
        let result = project.load(cwd: "")
        if FileAccess.isFile("/compose.yaml") || FileAccess.isFile("/tmp/compose.yaml") { return }
        #expect(result.errorText == "no configuration file provided: not found")
    }

    @Test(".env feeds interpolation but the shell environment wins")
    func dotEnvPrecedence() throws {
        let project = try TemporaryProject([
            "compose.yaml": "services: {web: {image: \"${IMG}:${TAG}\"}}",
            ".env": "IMG=fromfile\nTAG=filetag\n",
        ])
        let result = project.load(environment: ["TAG": "shell"])
        #expect(result.service("web")?["image"]?.text == "fromfile:shell")
    }

    @Test("COMPOSE_PROJECT_NAME from .env names the project and is visible to interpolation")
    func projectNameFromDotEnv() throws {
        let project = try TemporaryProject([
            "compose.yaml": "name: ignored\nservices: {web: {image: \"img-${COMPOSE_PROJECT_NAME}\"}}",
            ".env": "COMPOSE_PROJECT_NAME=fromenv\n",
        ])
        let result = project.load()
        #expect(result.name == "fromenv")
        #expect(result.service("web")?["image"]?.text == "img-fromenv")
        #expect(result.tree?.mapping?["name"]?.text == "fromenv")
    }

    @Test("an unset variable warns once and becomes empty")
    func unsetVariableWarns() throws {
        let project = try TemporaryProject(["compose.yaml": "services: {a: {image: \"x${NOPE}\"}, b: {image: \"y${NOPE}\"}}"])
        let result = project.load()
        #expect(result.service("a")?["image"]?.text == "x")
        #expect(result.diagnostics.warnings.filter { $0.message.contains("\"NOPE\" variable is not set") }.count == 1)
    }

    @Test("services get the default network and the project gets a named default network")
    func defaultNetwork() throws {
        let project = try TemporaryProject(["compose.yaml": "services: {web: {image: x}, host: {image: y, network_mode: host}}"])
        let result = project.load()
        #expect(result.service("web")?["networks"]?.mapping?.keys == ["default"])
        #expect(result.service("host")?["networks"] == nil)
        let network = result.tree?.mapping?["networks"]?.mapping?["default"]?.mapping
        #expect(network?["name"]?.text == "proj_default")
        #expect(network?["ipam"]?.mapping?.isEmpty == true)
    }

    @Test("unused volumes are pruned and used ones are named after the project unless external")
    func resourceNames() throws {
        let project = try TemporaryProject([
            "compose.yaml": """
            services:
              web:
                image: x
                volumes: [{type: volume, source: data, target: /d}, {type: volume, source: ext, target: /e}]
            volumes: {data: {}, ext: {external: true}, unused: {}}
            """
        ])
        let volumes = try #require(project.load().tree?.mapping?["volumes"]?.mapping)
        #expect(volumes.keys.sorted() == ["data", "ext"])
        #expect(volumes["data"]?.mapping?["name"]?.text == "proj_data")
        #expect(volumes["ext"]?.mapping?["name"]?.text == "ext")
    }

    @Test("links and network_mode service: add implicit depends_on entries")
    func implicitDependencies() throws {
        let project = try TemporaryProject([
            "compose.yaml": "services: {db: {image: x}, web: {image: y, links: ['db:alias']}, side: {image: z, network_mode: 'service:web'}}"
        ])
        let result = project.load()
        #expect(result.service("web")?["depends_on"]?.mapping?["db"]?.mapping?["restart"]?.resolved == .bool(true))
        #expect(result.service("side")?["depends_on"]?.mapping?.keys == ["web"])
    }

    @Test("a dependency cycle is reported with its path")
    func cycle() throws {
        let project = try TemporaryProject([
            "compose.yaml": """
            services:
              a: {image: x, depends_on: {b: {condition: service_started, required: true}}}
              b: {image: x, depends_on: {a: {condition: service_started, required: true}}}
            """
        ])
        #expect(project.load().errorText.hasPrefix("dependency cycle detected: a -> b -> a"))
    }

    @Test("profiles: inactive services disappear, --profile and named services activate them")
    func profiles() throws {
        let project = try TemporaryProject([
            "compose.yaml": "services: {web: {image: x}, tool: {image: y, profiles: [debug]}}"
        ])
        #expect(project.load().service("tool") == nil)
        #expect(project.load(profiles: ["debug"]).service("tool") != nil)
        #expect(project.load(environment: ["COMPOSE_PROFILES": "*"]).service("tool") != nil)
        let selected = project.load(services: ["tool"])
        #expect(selected.service("tool") != nil)
        #expect(selected.service("web") == nil)
    }

    @Test("a dependency on a profile-disabled service is an error unless required is false")
    func disabledDependency() throws {
        let project = try TemporaryProject([
            "compose.yaml": """
            services:
              app: {image: x, depends_on: {db: {condition: service_started, required: false}}}
              db: {image: y, profiles: [db]}
            """
        ])
        let result = project.load()
        #expect(!result.diagnostics.hasErrors)
        #expect(result.service("app")?["depends_on"]?.mapping?["db"] != nil)
    }

    @Test("a service without image or build is rejected")
    func imageOrBuild() throws {
        let project = try TemporaryProject(["compose.yaml": "services: {web: {restart: always}}"])
        #expect(project.load().errorText.contains("has neither an image nor a build context"))
    }

    @Test("version is dropped with the obsolete warning")
    func versionDropped() throws {
        let project = try TemporaryProject(["compose.yaml": "version: '3.8'\nservices: {web: {image: x}}"])
        let result = project.load()
        #expect(result.tree?.mapping?["version"] == nil)
        #expect(result.diagnostics.warnings.contains { $0.message.contains("the attribute `version` is obsolete") })
    }

    @Test("an empty file is rejected")
    func emptyFile() throws {
        let project = try TemporaryProject(["compose.yaml": "# nothing\n"])
        #expect(project.load().errorText == "empty compose file")
    }

    @Test("several documents in one file merge in order")
    func multiDocument() throws {
        let project = try TemporaryProject(["compose.yaml": "services: {web: {image: a}}\n---\nservices: {web: {image: b}}\n"])
        #expect(project.load().service("web")?["image"]?.text == "b")
    }

    @Test("extends copies the base service and lets the local values win")
    func extendsSameFile() throws {
        let project = try TemporaryProject([
            "compose.yaml": """
            services:
              base: {image: x, environment: {A: '1', B: '2'}}
              web: {extends: base, environment: {B: '3'}}
            """
        ])
        let web = try #require(project.load().service("web"))
        #expect(web["image"]?.text == "x")
        #expect(web["environment"]?.mapping?["B"]?.text == "3")
        #expect(web["extends"] == nil)
    }

    @Test("an extends cycle is a circular reference error")
    func extendsCycle() throws {
        let project = try TemporaryProject(["compose.yaml": "services: {a: {extends: b, image: x}, b: {extends: a}}"])
        #expect(project.load().errorText.hasPrefix("Circular reference:"))
    }

    @Test("an extends chain longer than the bound is an error, not a stack overflow")
    func longExtendsChain() throws {
        let count = TreeLoader.maximumChain + 50
        let services = (0..<count).map { "  s\($0): {extends: s\($0 + 1)}" }.joined(separator: "\n")
        let project = try TemporaryProject(["compose.yaml": "services:\n\(services)\n  s\(count): {image: x}\n"])
        #expect(project.load().errorText.contains("extends chain of service s250 is longer than 250 services"))
        let fits = (0..<10).map { "  s\($0): {extends: s\($0 + 1)}" }.joined(separator: "\n")
        let short = try TemporaryProject(["compose.yaml": "services:\n\(fits)\n  s10: {image: x}\n"])
        #expect(short.load().service("s0")?["image"]?.text == "x")
    }

    @Test("include imports another project's services and a conflicting redefinition is an error")
    func include() throws {
        let project = try TemporaryProject([
            "compose.yaml": "include: [sub/compose.yaml]\nservices: {web: {image: x, depends_on: {db: {condition: service_started, required: true}}}}",
            "sub/compose.yaml": "services: {db: {image: postgres}}",
        ])
        #expect(project.load().service("db")?["image"]?.text == "postgres")
        let conflict = try TemporaryProject([
            "compose.yaml": "include: [sub/compose.yaml]\nservices: {db: {image: other}}",
            "sub/compose.yaml": "services: {db: {image: postgres}}",
        ])
        #expect(conflict.load().errorText == "services.db conflicts with imported resource")
    }

    @Test("env_file content folds into environment, environment wins, and env_file disappears")
    func envFileFolded() throws {
        let project = try TemporaryProject([
            "compose.yaml": """
            services:
              web:
                image: x
                environment: {A: own}
                env_file: [{path: PROJ/vars.env, required: true}]
            """,
            "vars.env": "A=file\nB=file\n",
        ])
        let text = try String(contentsOfFile: project.directory + "/compose.yaml", encoding: .utf8)
        try text.replacingOccurrences(of: "PROJ", with: project.directory).write(
            toFile: project.directory + "/compose.yaml", atomically: true, encoding: .utf8)
        let web = try #require(project.load().service("web"))
        #expect(web["env_file"] == nil)
        #expect(web["environment"]?.mapping?["A"]?.text == "own")
        #expect(web["environment"]?.mapping?["B"]?.text == "file")
    }

    @Test("label_file content folds into labels: later files win, labels win over files, label_file disappears")
    func labelFileFolded() throws {
        let project = try TemporaryProject([
            "compose.yaml": """
            services:
              web:
                image: x
                labels: {a: own}
                label_file: [one.labels, two.labels]
            """,
            "one.labels": "a=one\nb=one\nc=one\n",
            "two.labels": "c=two\nd=${b}-two\n",
        ])
        let web = try #require(project.load().service("web"))
        #expect(web["label_file"] == nil)
        let labels = web["labels"]?.mapping
        #expect(labels?["a"]?.text == "own")
        #expect(labels?["b"]?.text == "one")
        #expect(labels?["c"]?.text == "two")
        #expect(labels?["d"]?.text == "one-two")
    }
}

import Foundation
