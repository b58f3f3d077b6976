import Foundation

/// The private sshd started by `scripts/sshd`, whose sessions' `docker` reaches the windows-role daemon.
struct SSHTestbed: Sendable {
    /// `ssh://root@127.0.0.1:<port>`.
    let host: String
    /// The client key the server authorizes.
    let keyFile: String
    /// A known_hosts file holding the server's host key.
    let knownHostsFile: String

    static let hostVariable = "MIXCOMPOSE_TESTBED_SSH_HOST"
    static let keyVariable = "MIXCOMPOSE_TESTBED_SSH_KEY"
    static let knownHostsVariable = "MIXCOMPOSE_TESTBED_SSH_KNOWN_HOSTS"

    /// The configured sshd, or an error telling how to start it.
    static func require() throws(Testbed.Unavailable) -> SSHTestbed {
        let environment = ProcessInfo.processInfo.environment
        guard let host = environment[hostVariable], !host.isEmpty, let key = environment[keyVariable], !key.isEmpty,
            let knownHosts = environment[knownHostsVariable], !knownHosts.isEmpty
        else {
            throw Testbed.Unavailable(
                description: "\(hostVariable), \(keyVariable) and \(knownHostsVariable) are not set; "
                    + "run `scripts/sshd start` as root and `eval \"$(scripts/sshd env)\"`")
        }
        return SSHTestbed(host: host, keyFile: key, knownHostsFile: knownHosts)
    }

    /// An ssh client configuration for the server's address using `keyFile` (another key to see a refusal).
    /// ssh reads `~/.ssh/config` from the passwd entry, not `$HOME`, so tests hand this file over with `ssh -F`.
    func clientConfig(keyFile: String? = nil) -> String {
        """
        Host 127.0.0.1
          IdentityFile \(keyFile ?? self.keyFile)
          IdentitiesOnly yes
          UserKnownHostsFile \(knownHostsFile)
          StrictHostKeyChecking yes
          BatchMode yes
        """
    }
}
