import Testing

@testable import ComposeModel

@Suite struct ShortSyntaxTests {
    @Test("a short port string gives compose-go's ports: host IP, host port or range, protocol; a bad one its message")
    func ports() throws {
        let single = try Service.Port.parse(short: "127.0.0.1:8080:80/udp")
        #expect(single == [Service.Port(target: 80, published: "8080", hostIP: "127.0.0.1", protocol: "udp")])
        let range = try Service.Port.parse(short: "9000-9001:90-91")
        #expect(range.map(\.target) == [90, 91] && range.map(\.published) == ["9000", "9001"])
        #expect(try Service.Port.parse(short: "80") == [Service.Port(target: 80)])
        #expect(throws: ShortSyntaxError(message: "invalid proto: bogus")) { try Service.Port.parse(short: "80/bogus") }
    }

    @Test("a short volume string gives compose-go's mount: bind or volume, read-only, bind options; a bad one its message")
    func volumes() throws {
        let bind = try Service.ServiceVolume.parse(short: "/host/dir:/data:ro")
        #expect(bind.type == .bind && bind.source == "/host/dir" && bind.target == "/data" && bind.readOnly == true)
        let named = try Service.ServiceVolume.parse(short: "cache:/var/cache/")
        #expect(named.type == .volume && named.source == "cache" && named.target == "/var/cache" && named.readOnly == nil)
        let anonymous = try Service.ServiceVolume.parse(short: "/scratch")
        #expect(anonymous.type == .volume && anonymous.source == nil)
        #expect(throws: ShortSyntaxError(message: "invalid empty volume spec")) { try Service.ServiceVolume.parse(short: "") }
    }

    @Test("restart: NAME[:N] is cut at its first colon, as Docker's ParseRestartPolicy cuts it: a count that is no number is 0")
    func restartPolicy() {
        var service = Service(name: "app")
        #expect(service.restartPolicy == nil)
        for (restart, name, retries) in [("always", "always", 0), ("on-failure:3", "on-failure", 3), ("on-failure:x", "on-failure", 0), ("", "", 0)] {
            service.restart = restart
            #expect(service.restartPolicy?.name == name && service.restartPolicy?.retries == retries, "\(restart)")
        }
    }
}
