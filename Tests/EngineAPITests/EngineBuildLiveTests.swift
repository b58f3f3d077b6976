import Foundation
import Testing

@testable import EngineAPI

@Suite(.enabled(if: LiveTestbed.isEnabled, "needs the testbed daemon (MIXCOMPOSE_TESTBED_LINUX_HOST)"))
struct EngineBuildLiveTests {
    @Test("a 512 MiB context streams to the daemon whole while this process's peak memory stays below its size")
    func largeContextStreams() async throws {
        let scratch = try ArchiveScratch()
        defer { scratch.remove() }
        // Sparse, so it costs no disk here; the daemon unpacks it into a temporary directory and drops it.
        let size = 512 << 20
        try scratch.sparse("big.bin", size: size)
        // After the big file in name order: built into the image only if the stream arrived whole.
        try scratch.write("marker.txt", "after the big file\n")
        try scratch.write("Dockerfile", "FROM \(LiveTestbed.image)\nCOPY marker.txt /marker.txt\n")
        let image = LiveTestbed.uniqueName("stream")
        var options = ImageBuildOptions()
        options.tags = [image]
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in
            try await LiveTestbed.withCleanup {
                let id = try await client.build(context: BuildContext(directory: scratch.root), options: options)
                #expect(id != nil)
                #expect(try await client.inspectImage(image).os == "linux")
            } cleanup: {
                try? await client.removeImage(image, force: true)
            }
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        // ru_maxrss is in KiB and covers the whole test process, about 170 MiB here whether the context is
        // 8 MiB or 512 MiB; a context held in memory would push it past 512 MiB.
        #expect(usage.ru_maxrss < 384 << 10, "peak resident memory \(usage.ru_maxrss) KiB for a \(size >> 20) MiB context")
    }
}
