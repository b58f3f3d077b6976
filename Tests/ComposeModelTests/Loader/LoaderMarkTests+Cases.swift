extension LoaderMarkTests {
    /// One broken project: its files, the compose files to load (empty: discovery), and where the
    /// error whose message contains `message` must point.
    struct Broken: Sendable, CustomStringConvertible {
        var description: String
        var files: [String: String]
        var message: String
        var mark: String
        var load: [String] = []
    }

    static let consistency: [Broken] = [
        Broken(
            description: "undefined dependency points at its name in depends_on",
            files: ["compose.yaml": "services:\n  web:\n    image: nginx\n    depends_on: [db]\n"],
            message: "depends on undefined service \"db\"", mark: "compose.yaml:4:18"),
        Broken(
            description: "undefined long-syntax dependency points at its key",
            files: ["compose.yaml": "services:\n  web:\n    image: nginx\n    depends_on:\n      db: {condition: service_started}\n"],
            message: "undefined service \"db\"", mark: "compose.yaml:5:7"),
        Broken(
            description: "dependency cycle points at the cycle's first edge",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [a]\n"],
            message: "dependency cycle detected: a -> b -> a", mark: "compose.yaml:4:18"),
        Broken(
            description: "a cycle reached from outside points at its own first edge",
            files: ["compose.yaml": "services:\n  z: {image: x, depends_on: [a]}\n  a: {image: x, depends_on: [b]}\n  b: {image: x, depends_on: [a]}\n"],
            message: "a -> b -> a", mark: "compose.yaml:3:30"),
        Broken(
            description: "a service depending on itself points at that dependency",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    depends_on: [a]\n"],
            message: "a -> a", mark: "compose.yaml:4:18"),
        Broken(
            description: "undefined network points at the service's network key",
            files: ["compose.yaml": "services:\n  web:\n    image: nginx\n    networks:\n      front: {}\n"],
            message: "undefined network front", mark: "compose.yaml:5:7"),
        Broken(
            description: "network_mode with networks points at network_mode",
            files: ["compose.yaml": "services:\n  web:\n    image: nginx\n    network_mode: host\n    networks: [front]\nnetworks: {front: {}}\n"],
            message: "mutually exclusive `network_mode` and `networks`", mark: "compose.yaml:4:19"),
        Broken(
            description: "undefined volume in short syntax points at the entry",
            files: ["compose.yaml": "services:\n  web:\n    image: nginx\n    volumes: [\"data:/d\"]\n"],
            message: "undefined volume data", mark: "compose.yaml:4:15"),
        Broken(
            description: "undefined volume in long syntax points at its source",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    volumes:\n      - type: volume\n        source: data\n        target: /d\n"],
            message: "undefined volume data", mark: "compose.yaml:6:17"),
        Broken(
            description: "undefined secret points at the reference",
            files: ["compose.yaml": "services:\n  web:\n    image: nginx\n    secrets: [s]\n"],
            message: "undefined secret s", mark: "compose.yaml:4:15"),
        Broken(
            description: "undefined config in long syntax points at its source",
            files: ["compose.yaml": "services:\n  web:\n    image: nginx\n    configs:\n      - source: c\n        target: /c\n"],
            message: "undefined config c", mark: "compose.yaml:5:17"),
        Broken(
            description: "undefined build secret points at its source",
            files: ["compose.yaml": "services:\n  a:\n    build:\n      context: .\n      secrets:\n        - source: s\n"],
            message: "undefined build secret s", mark: "compose.yaml:6:19"),
        Broken(
            description: "container name clash points at the second container_name",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    container_name: same\n  b:\n    image: x\n    container_name: same\n"],
            message: "already in use by service a", mark: "compose.yaml:7:21"),
        Broken(
            description: "scale against deploy.replicas points at scale",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    scale: 2\n    deploy:\n      replicas: 3\n"],
            message: "'scale' and 'deploy.replicas'", mark: "compose.yaml:4:12"),
        Broken(
            description: "container_name with replicas points at container_name",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    container_name: cc\n    deploy:\n      replicas: 2\n"],
            message: "container name must be unique", mark: "compose.yaml:4:21"),
        Broken(
            description: "tmpfs and volume on one target points at the second mount",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    tmpfs: [/t]\n    volumes: [\"/h:/t\"]\n"],
            message: "target /t already mounted", mark: "compose.yaml:5:15"),
        Broken(
            description: "a service with neither image nor build points at its name",
            files: ["compose.yaml": "services:\n  a:\n    command: x\n"],
            message: "neither an image nor a build context", mark: "compose.yaml:2:3"),
        Broken(
            description: "a missing env_file points at the env_file entry",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    env_file: missing.env\n"],
            message: "env file", mark: "compose.yaml:4:15"),
        Broken(
            description: "a missing label_file points at the label_file entry",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    label_file: [missing.labels]\n"],
            message: "label file", mark: "compose.yaml:4:18"),
        Broken(
            description: "a label file that cannot be parsed points at its line",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    label_file: bad.labels\n", "bad.labels": "ok=1\nbad key=2\n"],
            message: "failed to read", mark: "bad.labels:2:1"),
        Broken(
            description: "a secret without file or environment points at its name",
            files: ["compose.yaml": "services:\n  a:\n    image: x\nsecrets:\n  s: {}\n"],
            message: "must declare either `file` or `environment`", mark: "compose.yaml:5:3"),
        Broken(
            description: "a healthcheck test without CMD points at its first word",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    healthcheck:\n      test: [FOO, x]\n"],
            message: "healthcheck.test", mark: "compose.yaml:5:14"),
        Broken(
            description: "an external volume with a driver points at the driver key",
            files: ["compose.yaml": "services:\n  a:\n    image: x\nvolumes:\n  v:\n    external: true\n    driver: local\n"],
            message: "conflicting parameters", mark: "compose.yaml:7:5"),
        Broken(
            description: "dockerfile with dockerfile_inline points at dockerfile_inline",
            files: ["compose.yaml": "services:\n  a:\n    build:\n      context: .\n      dockerfile: D\n      dockerfile_inline: FROM x\n"],
            message: "dockerfile and dockerfile_inline", mark: "compose.yaml:6:26"),
        Broken(
            description: "a dependency on a disabled profile's service points at the dependency",
            files: ["compose.yaml": "services:\n  app: {image: app, depends_on: [db]}\n  db: {image: postgres, profiles: [db]}\n"],
            message: "undefined service \"db\"", mark: "compose.yaml:2:34"),
        Broken(
            description: "an error from the override file is marked in the override file",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n", "compose.override.yaml": "services:\n  a:\n    depends_on: [q]\n"],
            message: "undefined service \"q\"", mark: "compose.override.yaml:3:18"),
        Broken(
            description: "a file in a subdirectory is named relative to the working directory",
            files: ["sub/compose.yaml": "services:\n  a:\n    image: x\n    depends_on: [zz]\n"],
            message: "undefined service \"zz\"", mark: "sub/compose.yaml:4:18", load: ["sub/compose.yaml"]),
    ]
}
