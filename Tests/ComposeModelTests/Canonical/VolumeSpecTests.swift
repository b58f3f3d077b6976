import Testing
@testable import ComposeModel

@Suite struct VolumeSpecTests {
    /// `type|source|target|options` where options lists ro, selinux, propagation, nocopy, create.
    static let windowsAndUnix: [(String, String)] = [
        ("/anon", "volume||/anon|volume"),
        ("ab", "volume||ab|"),
        ("data:/data", "volume|data|/data|volume"),
        ("./src:/app:ro", "bind|./src|/app|ro,create"),
        (#"C:\data:C:\app:ro"#, #"bind|C:\data|C:\app|ro,create"#),
        ("c:/x:/y", "bind|c:/x|/y|create"),
        (#"\\.\pipe\docker_engine:\\.\pipe\docker_engine"#, #"bind|\\.\pipe\docker_engine|\\.\pipe\docker_engine|create"#),
        ("name:D::rW", "volume|name|D:|volume"),
        (#"c:\program files:d:\s p a c e"#, #"bind|c:\program files|d:\s p a c e|create"#),
        ("${X:-/a:b}:/c", "volume|${X:-/a:b}|/c|volume"),
        ("/a:/b:nocopy", "bind|/a|/b|nocopy,create,volume"),
        ("/a:/b:z,rshared", "bind|/a|/b|z,rshared,create"),
        ("~/x:/b:cached,delegated", "bind|~/x|/b|create"),
        ("vol:/b:ro,nocopy", "volume|vol|/b|ro,nocopy,volume"),
    ]

    @Test("short volume syntax splits like compose-go format.ParseVolume", arguments: windowsAndUnix)
    func parses(spec: String, expected: String) throws {
        let volume = try VolumeSpec.parse(spec)
        var options: [String] = []
        if volume.readOnly { options.append("ro") }
        if !volume.selinux.isEmpty { options.append(volume.selinux) }
        if !volume.propagation.isEmpty { options.append(volume.propagation) }
        if volume.noCopy { options.append("nocopy") }
        if volume.createHostPath { options.append("create") }
        if volume.hasVolume { options.append("volume") }
        let rendered = "\(volume.type.rawValue)|\(volume.source)|\(volume.target)|\(options.joined(separator: ","))"
        #expect(rendered == expected)
    }

    static let failures: [(String, String)] = [
        (":/x", "invalid spec: :/x: empty section between colons"),
        ("/a:/b:ro:x", "invalid spec: /a:/b:ro:x: too many colons"),
        ("/a::/b", "invalid spec: /a::/b: empty section between colons"),
        ("", "invalid empty volume spec"),
    ]

    @Test("malformed volume specs fail with compose-go's messages", arguments: failures)
    func rejects(spec: String, message: String) {
        #expect(throws: VolumeSpec.ParseError(message: message)) { try VolumeSpec.parse(spec) }
    }
}
