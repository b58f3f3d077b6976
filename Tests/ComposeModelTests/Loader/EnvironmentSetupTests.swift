import Testing
import YAML

@testable import ComposeModel

@Suite struct EnvironmentSetupTests {
    private let files = [
        "compose.yaml": "services: {web: {image: \"${IMG:-none}\"}}",
        ".env": "IMG=from-dotenv\n",
        "other.env": "IMG=from-other\n",
    ]

    @Test("--env-file replaces the default .env")
    func envFileFlag() throws {
        let project = try TemporaryProject(files)
        #expect(project.load(envFiles: ["other.env"]).service("web")?["image"]?.text == "from-other")
    }

    @Test("COMPOSE_ENV_FILES names the env files when no flag is given")
    func composeEnvFiles() throws {
        let project = try TemporaryProject(files)
        #expect(project.load(environment: ["COMPOSE_ENV_FILES": "other.env"]).service("web")?["image"]?.text == "from-other")
    }

    @Test("COMPOSE_DISABLE_ENV_FILE turns the default .env off")
    func disableEnvFile() throws {
        let project = try TemporaryProject(files)
        #expect(project.load(environment: ["COMPOSE_DISABLE_ENV_FILE": "true"]).service("web")?["image"]?.text == "none")
    }

    @Test("a named env file that does not exist is an error")
    func missingEnvFile() throws {
        let project = try TemporaryProject(files)
        #expect(project.load(envFiles: ["nope.env"]).errorText.hasPrefix("couldn't find env file:"))
    }

    @Test("COMPOSE_FILE from .env picks the files, split on COMPOSE_PATH_SEPARATOR")
    func composeFileFromDotEnv() throws {
        let project = try TemporaryProject([
            "a.yaml": "services: {web: {image: a}}",
            "b.yaml": "services: {web: {image: b}}",
            ".env": "COMPOSE_FILE=a.yaml,b.yaml\nCOMPOSE_PATH_SEPARATOR=,\n",
        ])
        let result = project.load()
        #expect(result.files.map { Paths.base($0) } == ["a.yaml", "b.yaml"])
        #expect(result.service("web")?["image"]?.text == "b")
    }

    @Test("standard input is read for the file '-'")
    func standardInput() throws {
        let project = try TemporaryProject(["keep.txt": ""])
        let result = project.load(files: ["-"], stdin: Array("services: {web: {image: piped}}".utf8))
        #expect(result.service("web")?["image"]?.text == "piped")
    }

    @Test("an include that includes its includer is a cycle")
    func includeCycle() throws {
        let project = try TemporaryProject([
            "compose.yaml": "include: [b/compose.yaml]\nservices: {a: {image: x}}",
            "b/compose.yaml": "include: [../compose.yaml]\nservices: {b: {image: y}}",
        ])
        #expect(project.load().errorText.hasPrefix("include cycle detected"))
    }

    @Test("an include chain deeper than the bound is an error, not a stack overflow")
    func deepIncludeChain() throws {
        var files = ["compose.yaml": "include: [i1.yaml]\nservices: {a: {image: x}}"]
        for level in 1...(TreeLoader.maximumChain + 20) {
            files["i\(level).yaml"] = "include: [i\(level + 1).yaml]\nservices: {s\(level): {image: x}}"
        }
        files["i\(TreeLoader.maximumChain + 21).yaml"] = "services: {last: {image: x}}"
        let project = try TemporaryProject(files)
        #expect(project.load().errorText.contains("include is nested more than 250 files deep"))
    }

    @Test("an include sees its own .env only for variables the parent does not define")
    func includeEnvironment() throws {
        let project = try TemporaryProject([
            "compose.yaml": "include: [sub/compose.yaml]\nservices: {a: {image: \"${SHARED}\"}}",
            ".env": "SHARED=parent\n",
            "sub/compose.yaml": "services: {b: {image: \"${SHARED}-${OWN}\"}}",
            "sub/.env": "SHARED=child\nOWN=own\n",
        ])
        #expect(project.load().service("b")?["image"]?.text == "parent-own")
    }
}

@Suite struct ActiveProfilesTests {
    @Test("the result names the active profiles, including those of services named on the command line")
    func activeProfiles() throws {
        let project = try TemporaryProject(["compose.yaml": "services: {a: {image: x, profiles: [p1]}, b: {image: y, profiles: [p2]}}"])
        let result = project.load(environment: ["COMPOSE_PROFILES": "p0, p1"], services: ["b"])
        #expect(result.profiles == ["p0", "p1", "p2"])
    }
}
