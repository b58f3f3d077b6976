// Transcribed from compose-go v2.9.1 schema/compose-spec.json; keep in step with that file.
extension ComposeSchema {
    static let volumeMount = SchemaNode(
        types: [.object],
        properties: [
            "type": SchemaNode(types: [.string], enumeration: ["bind", "volume", "tmpfs", "cluster", "npipe", "image"]),
            "source": .string,
            "target": .string,
            "read_only": SchemaNode(types: [.boolean, .string]),
            "consistency": .string,
            "bind": volumeMountBind,
            "volume": volumeMountVolume,
            "tmpfs": SchemaNode(
                types: [.object],
                properties: [
                    "size": SchemaNode(
                        oneOf: [
                            SchemaNode(types: [.integer], minimum: 0),
                            .string,
                        ]
                    ),
                    "mode": SchemaNode(types: [.number, .string]),
                ],
                patternProperties: [("^x-", .any)],
                additionalProperties: .forbidden
            ),
            "image": SchemaNode(
                types: [.object],
                properties: [
                    "subpath": .string,
                ],
                patternProperties: [("^x-", .any)],
                additionalProperties: .forbidden
            ),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden,
        required: ["type"]
    )

    static let volumeMountBind = SchemaNode(
        types: [.object],
        properties: [
            "propagation": .string,
            "create_host_path": SchemaNode(types: [.boolean, .string]),
            "recursive": SchemaNode(types: [.string], enumeration: ["enabled", "disabled", "writable", "readonly"]),
            "selinux": SchemaNode(types: [.string], enumeration: ["z", "Z"]),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let volumeMountVolume = SchemaNode(
        types: [.object],
        properties: [
            "labels": listOrDict,
            "nocopy": SchemaNode(types: [.boolean, .string]),
            "subpath": .string,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )
}
