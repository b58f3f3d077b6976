import ComposeModel
import Testing

@testable import Planner

@Suite struct DockerfileInspectorTests {
    @Test("the final stage's base is resolved through stage names, flags and global ARG defaults")
    func multiStage() {
        let dockerfile = """
            # syntax=docker/dockerfile:1
            ARG TAG=ltsc2022
            ARG SDK=mcr.microsoft.com/dotnet/framework/sdk:4.8
            FROM --platform=$BUILDPLATFORM ${SDK} AS build
            RUN msbuild app.sln
            FROM mcr.microsoft.com/windows/servercore:${TAG} AS Base
            FROM base AS final
            COPY --from=build /out C:/app
            """
        #expect(DockerfileInspector.finalFromImage(dockerfile) == "mcr.microsoft.com/windows/servercore:ltsc2022")
        #expect(
            DockerfileInspector.finalFromImage(dockerfile, buildArgs: ["TAG": "ltsc2019"])
                == "mcr.microsoft.com/windows/servercore:ltsc2019")
        #expect(
            DockerfileInspector.finalFromImage(dockerfile, buildArgs: ["TAG": String?.none])
                == "mcr.microsoft.com/windows/servercore:ltsc2022", "an arg without a value keeps the default")
        #expect(
            DockerfileInspector.finalFromImage(dockerfile, target: "build")
                == "mcr.microsoft.com/dotnet/framework/sdk:4.8")
    }

    @Test("the escape directive, continuations, comments inside them and heredoc bodies are handled")
    func lexicalDetails() {
        let dockerfile = """
            # escape=`
            FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS base
            RUN powershell -Command `
                # a comment inside a continuation
                Write-Host hi
            COPY <<EOF C:/notes.txt
            FROM alpine
            EOF
            FROM `
              base
            """
        #expect(DockerfileInspector.finalFromImage(dockerfile) == "mcr.microsoft.com/windows/nanoserver:ltsc2022")
    }

    @Test("a backslash continuation joins the FROM line, and CRLF line ends are accepted")
    func continuationAndCRLF() {
        #expect(DockerfileInspector.finalFromImage("FROM \\\r\n  node:20 \\\r\n  AS app\r\n") == "node:20")
    }

    @Test("ARG defaults may use earlier ARGs and the ${VAR:-word} forms")
    func substitution() {
        let dockerfile = """
            ARG REGISTRY
            ARG IMAGE=${REGISTRY:-docker.io}/library/python
            FROM ${IMAGE}:${PY_VERSION:-3.12}-windowsservercore
            """
        #expect(DockerfileInspector.finalFromImage(dockerfile) == "docker.io/library/python:3.12-windowsservercore")
        #expect(
            DockerfileInspector.finalFromImage(dockerfile, buildArgs: ["REGISTRY": "reg.local"])
                == "reg.local/library/python:3.12-windowsservercore")
    }

    @Test("ARGs declared after the first FROM do not apply to later FROM lines")
    func stageArgsDoNotLeak() {
        let dockerfile = """
            FROM alpine
            ARG LATER=x
            FROM img:${LATER}
            """
        #expect(DockerfileInspector.finalFromImage(dockerfile) == "img:")
    }

    @Test(
        "no FROM, or one that expands to nothing, gives nil",
        arguments: ["", "# only a comment\n", "FROM ${NOPE}\n", "RUN x"])
    func nothing(text: String) {
        #expect(DockerfileInspector.finalFromImage(text) == nil)
    }

    @Test("the Dockerfile path joins context and dockerfile, and is nil when it cannot be read")
    func dockerfilePath() throws {
        let project = try Fixture.project(
            """
            services:
              a: {build: {context: /p/a, dockerfile: Dockerfile.win}}
              b: {build: {context: /p/b, dockerfile: /abs/Dockerfile}}
              c: {build: {context: "https://github.com/x/y.git", dockerfile: Dockerfile}}
              d: {build: {context: /p/d, dockerfile_inline: "FROM alpine"}}
              e: {image: alpine}
              f: {build: {context: 'C:\\src\\f'}}
            """)
        let paths = project.serviceNames.map { project.services[$0].flatMap(Planner.dockerfilePath(for:)) }
        #expect(paths == ["/p/a/Dockerfile.win", "/abs/Dockerfile", nil, nil, nil, #"C:\src\f\Dockerfile"#])
        #expect(project.services["d"].flatMap(Planner.inlineDockerfile(for:)) == "FROM alpine")
    }
}
