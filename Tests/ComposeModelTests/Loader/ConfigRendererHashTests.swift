import Testing

@testable import ComposeModel

@Suite struct ConfigRendererHashTests {
    static let compose = """
        services:
          web:
            image: nginx
            build: .
            cgroup: host
            cgroup_parent: p
            command: echo $$HOME
            depends_on: [db]
            pull_policy: always
            deploy: {replicas: 2, resources: {limits: {cpus: "0.5"}}}
            env_file: e.env
            environment: {A: "1", C: null}
            ulimits: {nofile: {soft: 1, hard: 2}}
          db:
            image: postgres
        """

    func inputs(_ resolution: LoadOptions.EnvironmentResolution) throws -> (inputs: [String: String], directory: String) {
        let project = try TemporaryProject(["compose.yaml": Self.compose, "e.env": "B=2\n"])
        var options = LoadOptions(workingDirectory: project.directory, projectName: "p", environment: ["C": "3"])
        options.environmentResolution = resolution
        let result = ProjectLoader.load(options)
        let tree = try #require(result.tree, "\(result.errorText)")
        return (ConfigRenderer.serviceHashInputs(tree), project.directory)
    }

    // Docker Compose v2.40.3's `config --hash web` on this project is the SHA-256 of exactly this text.
    @Test("config --hash's input is Go's compact JSON in compose-go's field order, without build, pull_policy, deploy.replicas and depends_on, env_file unfolded")
    func configHashInput() throws {
        let (inputs, directory) = try inputs(.none)
        let expected = #"{"cgroup_parent":"p","cgroup":"host","command":["echo","$HOME"],"deploy":{"resources":{"limits":{"cpus":0.5}},"placement":{}},"entrypoint":null,"environment":{"A":"1","C":"3"},"env_file":[""#
            + directory + #"/e.env"],"image":"nginx","networks":{"default":null},"ulimits":{"nofile":{"soft":1,"hard":2}}}"#
        #expect(inputs["web"] == expected)
        #expect(inputs["db"] == #"{"command":null,"entrypoint":null,"image":"postgres","networks":{"default":null}}"#)
    }

    @Test("up's input folds env_file's variables into environment and keeps env_file")
    func upHashInput() throws {
        let (inputs, directory) = try inputs(.keepingEnvFiles)
        let web = try #require(inputs["web"])
        #expect(web.contains(#""environment":{"A":"1","B":"2","C":"3"},"env_file":[""# + directory + #"/e.env"]"#))
    }

    @Test("config's own load still drops env_file once folded")
    func configDropsEnvFile() throws {
        let (inputs, _) = try inputs(.discardingEnvFiles)
        #expect(inputs["web"]?.contains("env_file") == false)
    }

    @Test("an optional env file is written as compose-go's EnvFile struct, the path alone when required")
    func optionalEnvFile() throws {
        let project = try TemporaryProject([
            "compose.yaml": "services:\n  a:\n    image: x\n    env_file: [{path: o.env, required: false, format: raw}, r.env]\n",
            "r.env": "",
        ])
        var options = LoadOptions(workingDirectory: project.directory, projectName: "p")
        options.environmentResolution = .none
        let tree = try #require(ProjectLoader.load(options).tree)
        let input = try #require(ConfigRenderer.serviceHashInputs(tree)["a"])
        let dir = project.directory
        #expect(input.contains(#""env_file":[{"path":"\#(dir)/o.env","required":false,"format":"raw"},"\#(dir)/r.env"]"#))
    }
}
