import EngineAPI
import Runner
import Testing

/// The pure output of `top` and `images`, laid out as Docker Compose v2.40 lays it out.
@Suite struct ContainerCommandFormatTests {
    @Test("top merges the daemons' process titles into one table: SERVICE, #, DAEMON first, CMD last, '-' for a missing title")
    func topTable() {
        let linux = TopTable.Entry(
            container: "p-app-1", service: "app", replica: "1", daemon: "linux",
            top: ContainerTop(titles: ["UID", "PID", "CMD"], processes: [["root", "12", "sleep 3600"], ["root", "13", "sh"]]))
        let windows = TopTable.Entry(
            container: "p-api-1", service: "api", replica: "1", daemon: "windows",
            top: ContainerTop(titles: ["Name", "PID", "CPU"], processes: [["dotnet.exe", "4", "00:00:01"]]))
        #expect(TopTable.lines([linux, windows]) == [
            "SERVICE  #   DAEMON   Name        PID  CPU       UID   CMD",
            "api      1   windows  dotnet.exe  4    00:00:01  -     -",
            "app      1   linux    -           12   -         root  sleep 3600",
            "app      1   linux    -           13   -         root  sh",
        ])
        #expect(TopTable.lines([TopTable.Entry(container: "x", service: "x", replica: "1", daemon: "linux", top: ContainerTop(titles: ["PID"], processes: []))]).isEmpty)
    }

    @Test("images reads repository and tag as Docker's reference parser does")
    func references() {
        let cases: [(String, String, String)] = [
            ("busybox", "busybox", "latest"), ("docker.io/library/nginx:1.25", "nginx", "1.25"),
            ("mixcompose-testbed/busybox:latest", "mixcompose-testbed/busybox", "latest"),
            ("localhost:5000/team/app:v2", "localhost:5000/team/app", "v2"), ("127.0.0.1:5000/app", "127.0.0.1:5000/app", "latest"),
            ("docker.io/me/app", "me/app", "latest"), ("alpine@sha256:" + String(repeating: "a", count: 64), "alpine", ""),
            ("Bad/Name", "", ""), ("Registry.Example/team/app:1", "Registry.Example/team/app", "1"),
            ("docker.io/library/team/app", "library/team/app", "latest"), ("index.docker.io/library/redis:7", "redis", "7"),
        ]
        for (reference, repository, tag) in cases {
            let row = ImageRow(container: "c", daemon: "linux", reference: reference, image: ImageDetails(id: "sha256:1"))
            #expect(row.repositoryAndTag == (repository, tag), "\(reference)")
        }
    }

    @Test("images prints Compose's table with a DAEMON column, and its JSON with a Daemon field")
    func imagesOutput() {
        let image = ImageDetails(
            id: "sha256:c680a2639fbdd01ec759a8995ca6d141ccba8d3906b49996a577b1b3ac3b2d92", os: "linux", architecture: "amd64",
            size: 1_984_265, created: "2026-12-01T10:00:00Z", lastTagTime: "2026-12-06T13:21:52.903895594Z")
        let windowsImage = ImageDetails(id: "sha256:14d73adc8711", os: "windows", architecture: "amd64", size: 11_776_654, created: "2026-12-06T10:00:00Z", lastTagTime: "0001-01-01T00:00:00Z")
        let rows = [
            ImageRow(container: "p-web-1", daemon: "windows", reference: "nginx:alpine", image: windowsImage),
            ImageRow(container: "p-app-1", daemon: "linux", reference: "busybox", image: image),
        ]
        let now = 1_796_567_400.0 // 2026-12-06T14:30:00Z
        #expect(ImageRow.table(rows, now: now).split(separator: "\n") == [
            "CONTAINER           DAEMON              REPOSITORY          TAG                 PLATFORM            IMAGE ID            SIZE                CREATED",
            "p-app-1             linux               busybox             latest              linux/amd64         c680a2639fbd        1.98MB              About an hour ago",
            "p-web-1             windows             nginx               alpine              windows/amd64       14d73adc8711        11.8MB              292 years ago",
        ])
        #expect(rows[1].json == """
            {"ID":"sha256:c680a2639fbdd01ec759a8995ca6d141ccba8d3906b49996a577b1b3ac3b2d92","ContainerName":"p-app-1",\
            "Repository":"busybox","Tag":"latest","Platform":"linux/amd64","Size":1984265,\
            "LastTagTime":"2026-12-06T13:21:52.903895594Z","Daemon":"linux"}
            """)
        #expect(rows[0].json.contains("\"LastTagTime\":\"2026-12-06T10:00:00Z\""))
        #expect(ImageRow.jsonArray([]) == "null")
        #expect(ImageRow.quietIDs(rows + rows) == ["c680a2639fbdd01ec759a8995ca6d141ccba8d3906b49996a577b1b3ac3b2d92", "14d73adc8711"])
    }

    @Test("sizes and ages are worded as the docker CLI words them")
    func humanUnits() {
        #expect(HumanUnits.size(0) == "0B")
        #expect(HumanUnits.size(999) == "999B")
        #expect(HumanUnits.size(1_984_265) == "1.98MB")
        #expect(HumanUnits.size(11_776_654) == "11.8MB")
        #expect(HumanUnits.size(250_000_000_000) == "250GB")
        let ages: [(Double, String)] = [
            (0.5, "Less than a second"), (1, "1 second"), (59, "59 seconds"), (90, "About a minute"), (14 * 60 + 5, "14 minutes"),
            (3600, "About an hour"), (5400, "2 hours"), (47 * 3600, "47 hours"), (3 * 86400, "3 days"), (20 * 86400, "2 weeks"),
            (90 * 86400, "3 months"), (800 * 86400, "2 years"),
        ]
        for (seconds, words) in ages { #expect(HumanUnits.duration(seconds: seconds) == words, "\(seconds)") }
    }
}
