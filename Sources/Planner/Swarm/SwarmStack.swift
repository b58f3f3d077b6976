import ComposeModel

/// What a stack deploy creates on a Swarm manager, in creation order, as Engine API request bodies: the
/// overlay networks, the secrets and configs, then the services wave by wave. Pure data: the runner sends it,
/// fills in the IDs only the manager knows (`SecretID`, `ConfigID`) and waits between waves.
package struct SwarmStack: Sendable {
    package var namespace: String
    /// `POST /networks/create` bodies for the project's own networks (overlay, attachable), by name.
    package var networks: [SwarmObject]
    /// Networks the file marks `external`: they must exist on the manager; nothing creates them.
    package var externalNetworks: [String]
    /// `POST /secrets/create` bodies (`Name`, `Labels`, `Data` in base64), by name.
    package var secrets: [SwarmObject]
    /// `POST /configs/create` bodies, by name.
    package var configs: [SwarmObject]
    /// External secrets and configs: they must exist on the manager under these names.
    package var externalSecrets: [String]
    package var externalConfigs: [String]
    /// Every service, in start order (wave by wave, by name within a wave).
    package var services: [SwarmService]
    /// What did not carry over, what was changed and why (MXC7xx), sorted.
    package var diagnostics: Diagnostics

    package init(
        namespace: String, networks: [SwarmObject] = [], externalNetworks: [String] = [], secrets: [SwarmObject] = [],
        configs: [SwarmObject] = [], externalSecrets: [String] = [], externalConfigs: [String] = [],
        services: [SwarmService] = [], diagnostics: Diagnostics = Diagnostics()
    ) {
        self.namespace = namespace
        self.networks = networks
        self.externalNetworks = externalNetworks
        self.secrets = secrets
        self.configs = configs
        self.externalSecrets = externalSecrets
        self.externalConfigs = externalConfigs
        self.services = services
        self.diagnostics = diagnostics
    }
}

/// One object a stack creates: its full name (`<namespace>_<name>`) and the request body that creates it.
package struct SwarmObject: Sendable {
    package var name: String
    package var body: JSONValue

    package init(name: String, body: JSONValue) {
        self.name = name
        self.body = body
    }
}

/// One Compose service as a Swarm service: its `ServiceSpec` (as `docker stack deploy` maps the file, plus the
/// OS placement), its start wave, and what must be running (or healthy) before it is created.
package struct SwarmService: Sendable {
    /// The Compose service name.
    package var service: String
    /// `<namespace>_<service>`, the spec's `Name`.
    package var name: String
    /// The `ServiceSpec` body. Secret and config references carry `SecretName`/`ConfigName` and an empty
    /// `SecretID`/`ConfigID`, which the runner fills in from the manager.
    package var spec: JSONValue
    /// 0 for services with no dependency; otherwise one more than the highest wave of its dependencies.
    package var wave: Int
    /// The `depends_on` entries this service waits for before it is created.
    package var dependencies: [SwarmDependency]

    package init(service: String, name: String, spec: JSONValue, wave: Int, dependencies: [SwarmDependency] = []) {
        self.service = service
        self.name = name
        self.spec = spec
        self.wave = wave
        self.dependencies = dependencies
    }
}

/// A dependency's condition in Swarm terms: its tasks running, running and healthy, or completed.
package struct SwarmDependency: Sendable, Equatable {
    package enum Condition: String, Sendable { case started, healthy, completed }
    package var service: String
    package var condition: Condition

    package init(service: String, condition: Condition) {
        self.service = service
        self.condition = condition
    }
}
