// Transcribed from compose-go v2.9.1 schema/compose-spec.json; keep in step with that file.
extension ComposeSchema {
    static let include = SchemaNode(
        oneOf: [
            .string,
            includeEntry,
        ]
    )

    static let includeEntry = SchemaNode(
        types: [.object],
        properties: [
            "path": stringOrList,
            "env_file": stringOrList,
            "project_directory": .string,
        ],
        additionalProperties: .forbidden
    )

    static let network = SchemaNode(
        types: [.object, .null],
        properties: [
            "name": .string,
            "driver": .string,
            "driver_opts": driverOptions,
            "ipam": ipam,
            "external": externalByName,
            "internal": SchemaNode(types: [.boolean, .string]),
            "enable_ipv4": SchemaNode(types: [.boolean, .string]),
            "enable_ipv6": SchemaNode(types: [.boolean, .string]),
            "attachable": SchemaNode(types: [.boolean, .string]),
            "labels": listOrDict,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let ipam = SchemaNode(
        types: [.object],
        properties: [
            "driver": .string,
            "config": SchemaNode(types: [.array], items: ipamConfig),
            "options": SchemaNode(types: [.object], patternProperties: [("^.+$", .string)], additionalProperties: .forbidden),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let ipamConfig = SchemaNode(
        types: [.object],
        properties: [
            "subnet": .string,
            "ip_range": .string,
            "gateway": .string,
            "aux_addresses": SchemaNode(types: [.object], patternProperties: [("^.+$", .string)], additionalProperties: .forbidden),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let volume = SchemaNode(
        types: [.object, .null],
        properties: [
            "name": .string,
            "driver": .string,
            "driver_opts": driverOptions,
            "external": externalByName,
            "labels": listOrDict,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let secret = SchemaNode(
        types: [.object],
        properties: [
            "name": .string,
            "environment": .string,
            "file": .string,
            "external": SchemaNode(
                types: [.boolean, .string, .object],
                properties: [
                    "name": .string,
                ]
            ),
            "labels": listOrDict,
            "driver": .string,
            "driver_opts": driverOptions,
            "template_driver": .string,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let config = SchemaNode(
        types: [.object],
        properties: [
            "name": .string,
            "content": .string,
            "environment": .string,
            "file": .string,
            "external": SchemaNode(
                types: [.boolean, .string, .object],
                properties: [
                    "name": .string,
                ]
            ),
            "labels": listOrDict,
            "template_driver": .string,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let model = SchemaNode(
        types: [.object],
        properties: [
            "name": .string,
            "model": .string,
            "context_size": .integer,
            "runtime_flags": SchemaNode(types: [.array], items: .string),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden,
        required: ["model"]
    )
}
