import Testing
import YAML
@testable import ComposeModel

@Suite struct ServiceShortSyntaxTests {
    /// A service field as written, and its JSON as Docker Compose v2.40.3 prints it (paths
    /// resolved against `/proj`, home `/home/me`).
    static let cases: [(String, String)] = [
        ("ports: [\"8080:80\"]", #"[{"mode":"ingress","protocol":"tcp","published":"8080","target":80}]"#),
        ("ports: [5000]", #"[{"mode":"ingress","protocol":"tcp","target":5000}]"#),
        ("ports: [\"127.0.0.1:9000-9001:90-91/udp\"]",
         #"[{"host_ip":"127.0.0.1","mode":"ingress","protocol":"udp","published":"9000","target":90},{"host_ip":"127.0.0.1","mode":"ingress","protocol":"udp","published":"9001","target":91}]"#),
        ("ports: [{target: 80, published: 8080}]", #"[{"mode":"ingress","protocol":"tcp","published":"8080","target":80}]"#),
        ("ports: [{target: \"80\", mode: host}]", #"[{"mode":"host","protocol":"tcp","target":80}]"#),
        ("expose: [3000, \"4000-4001\"]", #"["3000","4000-4001"]"#),
        ("volumes: [\"./data:/data:ro\"]", #"[{"bind":{"create_host_path":true},"read_only":true,"source":"/proj/data","target":"/data","type":"bind"}]"#),
        ("volumes: [\"db:/var/lib/db/\"]", #"[{"source":"db","target":"/var/lib/db","type":"volume","volume":{}}]"#),
        ("volumes: ['C:\\data:C:\\app:ro']", #"[{"bind":{"create_host_path":true},"read_only":true,"source":"C:\\data","target":"C:\\app","type":"bind"}]"#),
        ("volumes: ['\\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine']",
         #"[{"bind":{"create_host_path":true},"source":"\\\\.\\pipe\\docker_engine","target":"\\\\.\\pipe\\docker_engine","type":"bind"}]"#),
        ("volumes: ['.\\rel:/r']", #"[{"bind":{"create_host_path":true},"source":"/proj/.\\rel","target":"/r","type":"bind"}]"#),
        ("volumes: [\"~/cfg:/cfg\"]", #"[{"bind":{"create_host_path":true},"source":"/home/me/cfg","target":"/cfg","type":"bind"}]"#),
        ("volumes: [{type: bind, source: ./x, target: /x}]", #"[{"source":"/proj/x","target":"/x","type":"bind"}]"#),
        ("depends_on: [db]", #"{"db":{"condition":"service_started","required":true}}"#),
        ("depends_on: {db: {condition: service_healthy, restart: false}}", #"{"db":{"condition":"service_healthy","required":true}}"#),
        ("environment: [\"A=1\", \"B\", \"C=x=y\", \"D=\"]", #"{"A":"1","B":null,"C":"x=y","D":""}"#),
        ("environment: {A: 1, B: true, C: 1.0, D: ~, E: 1e6, F: 0123}", #"{"A":"1","B":"true","C":"1","D":null,"E":"1e+06","F":"83"}"#),
        ("labels: [\"a=b\", \"c\"]", #"{"a":"b","c":""}"#),
        ("command: 'echo \"hello world\" ''x y'' a\\ b'", #"["echo","hello world","x y","a b"]"#),
        ("entrypoint: \"\"", #"[]"#),
        ("command: []", #"[]"#),
        ("healthcheck: {test: \"curl -f http://x\", interval: 90s, timeout: 1h, start_period: 500ms}",
         #"{"interval":"1m30s","start_period":"500ms","test":["CMD-SHELL","curl -f http://x"],"timeout":"1h0m0s"}"#),
        ("mem_limit: 1gb", #""1073741824""#),
        ("shm_size: 64m", #""67108864""#),
        ("memswap_limit: -1", #""-1""#),
        ("stop_grace_period: 1d", #""24h0m0s""#),
        ("build: ./app", #"{"context":"/proj/app","dockerfile":"Dockerfile"}"#),
        ("build: {context: ., dockerfile_inline: \"FROM x\", args: [A=1, B]}", #"{"args":{"A":"1","B":null},"context":"/proj","dockerfile_inline":"FROM x"}"#),
        ("build: {context: \"https://github.com/a/b.git\"}", #"{"context":"https://github.com/a/b.git","dockerfile":"Dockerfile"}"#),
        ("secrets: [token]", #"[{"source":"token","target":"/run/secrets/token"}]"#),
        ("configs: [cfg]", #"[{"source":"cfg"}]"#),
        ("configs: [{source: c, mode: 0440}]", #"[{"mode":"0440","source":"c"}]"#),
        ("configs: [{source: c, mode: 440}]", #"[{"mode":"0670","source":"c"}]"#),
        ("configs: [{source: c, mode: \"0400\"}]", #"[{"mode":"0400","source":"c"}]"#),
        ("devices: [\"/dev/sda:/dev/xvda:rw\", \"/dev/fuse\"]",
         #"[{"permissions":"rw","source":"/dev/sda","target":"/dev/xvda"},{"permissions":"rwm","source":"/dev/fuse","target":"/dev/fuse"}]"#),
        ("extra_hosts: [\"somehost:162.242.195.82\", \"otherhost=[::1]\", \"host2=::1\"]", #"["host2=::1","otherhost=::1","somehost=162.242.195.82"]"#),
        ("extra_hosts: {h2: \"::1\", h1: [10.0.0.2, 10.0.0.1]}", #"["h1=10.0.0.1","h1=10.0.0.2","h2=::1"]"#),
        ("gpus: all", #"[{"count":-1}]"#),
        ("gpus: [{driver: nvidia}]", #"[{"count":-1,"driver":"nvidia"}]"#),
        ("dns: 8.8.8.8", #"["8.8.8.8"]"#),
        ("tmpfs: /run", #"["/run"]"#),
        ("env_file: .env", #"[{"path":"/proj/.env","required":true}]"#),
        ("env_file: [{path: a.env, required: false, format: raw}]", #"[{"format":"raw","path":"/proj/a.env","required":false}]"#),
        ("networks: [front, back]", #"{"back":null,"front":null}"#),
        ("networks: {front: {aliases: [a], driver_opts: {mtu: 1500}}, back: null}", #"{"back":null,"front":{"aliases":["a"],"driver_opts":{"mtu":"1500"}}}"#),
        ("deploy: {resources: {limits: {cpus: \"0.5\", pids: 10}}}", #"{"placement":{},"resources":{"limits":{"cpus":0.5,"pids":10}}}"#),
        ("pull_policy: if_not_present", #""missing""#),
        ("deploy: {replicas: \"2\", resources: {limits: {memory: 512m}}}", #"{"placement":{},"replicas":2,"resources":{"limits":{"memory":"536870912"}}}"#),
        ("ulimits: {nofile: {soft: \"20000\", hard: 40000}, nproc: 65535}", #"{"nofile":{"hard":40000,"soft":20000},"nproc":65535}"#),
        ("read_only: \"true\"", "true"),
        ("cpus: \"1.5\"", "1.5"),
        ("x-custom: {anything: [1, 2]}", #"{"anything":[1,2]}"#),
        ("develop: {watch: [{path: ./src, action: rebuild, ignore: tmp/}]}", #"{"watch":[{"action":"rebuild","exec":{"command":null},"ignore":["tmp/"],"path":"/proj/src"}]}"#),
        ("deploy: {resources: {reservations: {devices: [{capabilities: [gpu], count: \"1\"}]}}}",
         #"{"placement":{},"resources":{"reservations":{"devices":[{"capabilities":["gpu"],"count":1}]}}}"#),
        ("provider: {type: foo, options: {a: zot, b: [true, 12]}}", #"{"options":{"a":["zot"],"b":["true","12"]},"type":"foo"}"#),
        ("volumes: [{type: tmpfs, target: /app, tmpfs: {size: 0}}]", #"[{"target":"/app","tmpfs":{},"type":"tmpfs"}]"#),
        ("volumes: [{type: tmpfs, target: /app, tmpfs: {size: 1k}}]", #"[{"target":"/app","tmpfs":{"size":"1024"},"type":"tmpfs"}]"#),
    ]

    @Test("short syntaxes become Docker Compose's long form", arguments: cases)
    func canonicalForm(snippet: String, expected: String) throws {
        let (json, diagnostics) = try CanonicalHarness.serviceField(snippet)
        #expect(diagnostics.isEmpty, "\(diagnostics.items)")
        #expect(json == expected)
    }
}
