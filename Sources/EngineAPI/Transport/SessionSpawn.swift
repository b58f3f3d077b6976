#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOConcurrencyHelpers
import NIOCore

/// Starts a program in a new session, as the docker CLI starts its connection helpers (`Setsid`), and
/// reports how it ended.
///
/// Without a controlling terminal, ssh cannot stop to ask (an unknown host key, a key's passphrase): it
/// fails at once and says why, where a prompt from a background process would stop it for good; and a
/// terminal's Ctrl-C reaches mixcompose alone, which still needs the connection to stop the project.
/// Foundation's `Process` can only start a new process group, so this uses `posix_spawn` directly.
enum SessionSpawn {
    #if os(Linux)
    // glibc's POSIX_SPAWN_SETSID (2.26+), hidden from Swift behind _GNU_SOURCE.
    private static let setsid: Int32 = 0x80
    #else
    private static let setsid = Int32(POSIX_SPAWN_SETSID)
    #endif

    /// Held from creating a child's pipes until the child is spawned: another spawn in between would hand
    /// a pipe to a second child before its close-on-exec flag is set, and the first would never see EOF.
    static let lock = NIOLock()

    /// Spawns `executable` with `arguments` and exactly `environment`, its stdin, stdout and stderr on the
    /// given descriptors, in a new session (else, as Foundation's `Process`, a new process group);
    /// `ended(status, signalled)` is called from a waiting thread once it exits.
    static func spawn(
        executable: String, arguments: [String], environment: [String: String], stdio: (CInt, CInt, CInt),
        newSession: Bool = true, ended: @escaping @Sendable (Int32, Bool) -> Void
    ) throws -> pid_t {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        for (fd, target) in [(stdio.0, STDIN_FILENO), (stdio.1, STDOUT_FILENO), (stdio.2, STDERR_FILENO)] {
            posix_spawn_file_actions_adddup2(&actions, fd, target)
        }
        // The child starts with no blocked signals, and SIGPIPE back at its default (NIO ignores it here).
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16((newSession ? setsid : Int32(POSIX_SPAWN_SETPGROUP)) | Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw EngineError.unsupported("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        let spawned = pid
        POSIXIO.detach {
            var status: Int32 = 0
            while waitpid(spawned, &status, 0) == -1 && errno == EINTR {}
            let signal = status & 0x7f
            signal == 0 ? ended((status >> 8) & 0xff, false) : ended(signal, true)
        }
        return pid
    }

    /// A pipe whose ends are both close-on-exec (call it holding `lock`): no child inherits it but through
    /// the `stdio` descriptors given to `spawn`, which are duplicated without the flag.
    static func cloexecPipe() throws -> (read: CInt, write: CInt) {
        var fds: [CInt] = [-1, -1]
        guard pipe(&fds) == 0 else { throw IOError(errnoCode: errno, reason: "pipe") }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }
}
