extension LoaderMarkTests {
    /// Problems found while reading files: `.env`, interpolation, `extends`, `include`.
    static let loading: [Broken] = [
        Broken(
            description: "a .env syntax error points at its line in .env",
            files: ["compose.yaml": "services: {a: {image: x}}\n", ".env": "A=1\nB C=2\n"],
            message: "key cannot contain a space", mark: ".env:2:1"),
        Broken(
            description: "an env_file syntax error points at its line in that file",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    env_file: e.env\n", "e.env": "A=1\nB C=2\n"],
            message: "key cannot contain a space", mark: "e.env:2:1"),
        Broken(
            description: "a required variable points at the value that uses it",
            files: ["compose.yaml": "services:\n  a:\n    image: \"${X:?boom}\"\n"],
            message: "required variable X is missing a value: boom", mark: "compose.yaml:3:12"),
        Broken(
            description: "an empty file points at its start",
            files: ["compose.yaml": "# nothing\n"],
            message: "empty compose file", mark: "compose.yaml:1:1"),
        Broken(
            description: "extends of an unknown service points at the reference",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    extends: nope\n"],
            message: "service \"nope\" not found", mark: "compose.yaml:4:14"),
        Broken(
            description: "extends of a missing file points at its file value",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    extends:\n      file: nope.yaml\n      service: b\n"],
            message: "no such file or directory", mark: "compose.yaml:5:13"),
        Broken(
            description: "extends of a service missing from its file points at the service value",
            files: [
                "compose.yaml": "services:\n  a:\n    image: x\n    extends:\n      file: b.yaml\n      service: zz\n",
                "b.yaml": "services: {b: {image: x}}\n",
            ],
            message: "service \"zz\" not found in b.yaml", mark: "compose.yaml:6:16"),
        Broken(
            description: "an extends cycle points at its first extends",
            files: ["compose.yaml": "services:\n  a:\n    image: x\n    extends: b\n  b:\n    extends: a\n"],
            message: "Circular reference", mark: "compose.yaml:4:14"),
        Broken(
            description: "an included resource clashing with a local one points at the local name",
            files: ["compose.yaml": "include:\n  - other.yaml\nservices:\n  a:\n    image: x\n", "other.yaml": "services:\n  a:\n    image: y\n"],
            message: "services.a conflicts with imported resource", mark: "compose.yaml:4:3"),
        Broken(
            description: "an include cycle points at the include entry that closes it",
            files: ["compose.yaml": "include: [a.yaml]\nservices: {x: {image: x}}\n", "a.yaml": "include:\n  - compose.yaml\n"],
            message: "include cycle detected", mark: "a.yaml:2:5"),
        Broken(
            description: "a missing included file points at the include entry",
            files: ["compose.yaml": "include:\n  - nope.yaml\n"],
            message: "no such file or directory", mark: "compose.yaml:2:5"),
        Broken(
            description: "a missing include env_file points at the env_file value",
            files: ["compose.yaml": "include:\n  - path: a.yaml\n    env_file: nope.env\n", "a.yaml": "services: {x: {image: x}}\n"],
            message: "couldn't find env file", mark: "compose.yaml:3:15"),
    ]
}
