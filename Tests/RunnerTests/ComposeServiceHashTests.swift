import ComposeModel
import EngineAPI
import Planner
import Testing

@testable import Runner

@Suite struct ComposeServiceHashTests {
    let referenced = [
        "db": [ContainerRecord(id: "aaa111", name: "p-db-1", state: "running")],
        "cache": [ContainerRecord(id: "ccc333", name: "p-cache-1", state: "running")],
    ]

    @Test("a service without references is hashed as rendered: the SHA-256 of its JSON")
    func plain() {
        let input = #"{"command":null,"entrypoint":null,"image":"postgres","networks":{"default":null}}"#
        #expect(ComposeServiceHash.resolved(input, referenced: referenced) == input)
        // Docker Compose v2.40.3's `config --hash` of `db: {image: postgres}`.
        #expect(ComposeServiceHash.of(input, referenced: [:]) == "d336b89da15d6ff8463a4cf94316f13525409249eedb1b1d6f5e7cae3d7d8e60")
    }

    @Test("service: namespaces become container:ID and volumes_from entries IDs, as Compose resolves them before hashing")
    func references() {
        let input = #"{"command":null,"ipc":"service:db","labels":{"pid":"service:db"},"network_mode":"service:cache","pid":"host","volumes_from":["db:ro","container:other:rw"]}"#
        let expected = #"{"command":null,"ipc":"container:aaa111","labels":{"pid":"service:db"},"network_mode":"container:ccc333","pid":"host","volumes_from":["aaa111","other"]}"#
        #expect(ComposeServiceHash.resolved(input, referenced: referenced) == expected)
    }

    @Test("a reference to a service without a container is left as written")
    func missing() {
        let input = #"{"network_mode":"service:gone"}"#
        #expect(ComposeServiceHash.resolved(input, referenced: referenced) == input)
    }
}
