import YAML

extension Service {
    /// One `depends_on` entry in long form.
    package struct Dependency: Sendable, Hashable {
        package enum Condition: String, Sendable, Hashable {
            case started = "service_started"
            case healthy = "service_healthy"
            case completedSuccessfully = "service_completed_successfully"
        }

        package var condition: Condition
        /// A dependency that is not required may be missing or fail with only a warning.
        package var required: Bool
        /// Restart this service when the dependency is restarted by the tool.
        package var restart: Bool
        /// Where the dependency's name is written (the key in `depends_on`, or the `links` item
        /// that implied it).
        package var mark: Mark

        package init(condition: Condition = .started, required: Bool = true, restart: Bool = false, mark: Mark = .none) {
            self.condition = condition
            self.required = required
            self.restart = restart
            self.mark = mark
        }
    }

    /// `healthcheck:` with durations kept as Go duration strings (`1m30s`), as Compose prints them.
    package struct Healthcheck: Sendable, Hashable {
        package var mark: Mark = .none
        /// `["CMD", …]`, `["CMD-SHELL", "…"]` or `["NONE"]`.
        package var test: [String]?
        package var interval: String?
        package var timeout: String?
        package var startPeriod: String?
        package var startInterval: String?
        package var retries: Int?
        package var disable: Bool?

        package init() {}
    }

    /// `post_start` / `pre_stop` hooks.
    package struct Hook: Sendable, Hashable {
        package var command: [String]
        package var user: String?
        package var privileged: Bool?
        package var workingDir: String?
        package var environment: [String: String?] = [:]

        /// A hook running `command` with the other fields unset.
        package init(command: [String], user: String? = nil, privileged: Bool? = nil, workingDir: String? = nil, environment: [String: String?] = [:]) {
            self.command = command
            self.user = user
            self.privileged = privileged
            self.workingDir = workingDir
            self.environment = environment
        }
    }

    /// `develop:`: the watch rules `watch` and `up --watch` follow.
    package struct Develop: Sendable, Hashable {
        package struct Watch: Sendable, Hashable {
            package var path: String
            package var action: String
            package var target: String?
            package var ignore: [String] = []
            package var include: [String] = []
            package var initialSync: Bool?
            package var exec: Hook?

            /// A rule doing `action` on changes below `path`.
            package init(
                path: String, action: String, target: String? = nil, ignore: [String] = [], include: [String] = [],
                initialSync: Bool? = nil, exec: Hook? = nil
            ) {
                (self.path, self.action, self.target, self.ignore, self.include) = (path, action, target, ignore, include)
                (self.initialSync, self.exec) = (initialSync, exec)
            }
        }

        package var watch: [Watch] = []

        /// A section with `watch` rules.
        package init(watch: [Watch] = []) {
            self.watch = watch
        }
    }
}
