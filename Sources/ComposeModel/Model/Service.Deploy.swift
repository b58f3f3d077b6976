import YAML

extension Service {
    /// `deploy:`. mixcompose honours `resources` and `replicas` locally, as Docker Compose does.
    package struct Deploy: Sendable, Hashable {
        package struct Resources: Sendable, Hashable {
            package struct Limits: Sendable, Hashable {
                package var cpus: Double?
                package var memory: Int64?
                package var pids: Int64?
                package var devices: [DeviceRequest] = []
                package var genericResources: [String: Int64] = [:]
            }

            package var limits: Limits?
            package var reservations: Limits?
        }

        package struct RestartPolicy: Sendable, Hashable {
            package var condition: String?
            package var delay: String?
            package var maxAttempts: Int?
            package var window: String?
        }

        package struct UpdateConfig: Sendable, Hashable {
            package var parallelism: Int?
            package var delay: String?
            package var failureAction: String?
            package var monitor: String?
            package var maxFailureRatio: Double?
            package var order: String?
        }

        package struct Placement: Sendable, Hashable {
            package var constraints: [String] = []
            package var preferences: [String] = []
            package var maxReplicasPerNode: Int?
        }

        package var mode: String?
        package var endpointMode: String?
        package var replicas: Int?
        package var labels: [String: String] = [:]
        package var resources = Resources()
        package var restartPolicy: RestartPolicy?
        package var updateConfig: UpdateConfig?
        package var rollbackConfig: UpdateConfig?
        package var placement = Placement()

        package init() {}
    }
}
