import Foundation
import Glibc

/// Runs an external program to completion in a process group of its own, reading stdout and
/// stderr as they come (a full stderr pipe would otherwise block the child) and handing stdout
/// on chunk by chunk, so that the caller can work on it while the program still runs.
///
/// Every wait is bounded by the deadline: when it passes, or stdout grows past `outputLimit`, the
/// whole group is killed (a wrapper script's children too), and when the program exits, whatever
/// it left running in its group is killed, so a child that keeps the output open cannot hang the
/// caller. Output still open after that (held by a process that left the group) is read for a
/// short grace period at most. Linux (glibc): `waitid` without reaping, close-on-exec socket pairs.
struct ProcessRunner: Sendable {
    struct Result: Sendable {
        var status: Int32
        var standardError: Data
    }

    enum Failure: Error, Sendable, Equatable {
        case notFound
        case timedOut
        /// Stdout grew past the limit; the bytes allowed at that point.
        case outputTooLarge(limit: Int)
        case launchFailed(String)
    }

    var deadline: Deadline
    var outputLimit: OutputLimit

    /// How long output is still read after the program exited and its group was killed.
    private static let drainGrace: Duration = .seconds(1)
    /// How long a killed process is waited for before it is left (it can only be stuck in the kernel).
    private static let reapGrace: Duration = .seconds(2)
    /// The longest poll between checks whether the program exited.
    private static let pollInterval: Duration = .milliseconds(50)
    /// Stderr kept: its first and its last this many bytes (messages are read from both ends).
    private static let errorKept = 65_536

    /// Finds `name` on PATH, as a shell would.
    static func locate(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? URL(filePath: name) : nil }
        for directory in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(filePath: String(directory)).appending(path: name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs the program; `consume` gets each chunk of its stdout as it arrives, on this thread.
    func run(_ executable: String, arguments: [String], output consume: (Data) -> Void) throws(Failure) -> Result {
        guard let url = Self.locate(executable) else { throw .notFound }
        let output = try Channel()
        let error: Channel
        do {
            error = try Channel()
        } catch let failure {
            output.closeBoth()
            throw failure
        }
        let pid: pid_t
        do {
            pid = try Self.spawn(url.path, arguments: arguments, output: output.writeEnd, error: error.writeEnd)
        } catch let failure {
            output.closeBoth()
            error.closeBoth()
            throw failure
        }
        output.closeWriteEnd()
        error.closeWriteEnd()
        defer {
            output.closeReadEnd()
            error.closeReadEnd()
        }
        var limit = outputLimit
        var errors = ErrorOutput()
        var status: Int32?
        var drainEnd: ContinuousClock.Instant?
        var wait = Duration.milliseconds(1)
        while true {
            if status == nil, Self.hasExited(pid) {
                // Whatever the program left running in its group goes with it.
                kill(-pid, SIGKILL)
                status = Self.reap(pid, within: Self.reapGrace)
                drainEnd = ContinuousClock.now + Self.drainGrace
            }
            let open = [output, error].filter(\.isOpen)
            if open.isEmpty, status != nil { break }
            if let drainEnd, ContinuousClock.now >= drainEnd { break }
            if status == nil, deadline.hasPassed {
                Self.stop(pid)
                throw .timedOut
            }
            let bound = min(deadline.remaining, drainEnd.map { max(.zero, $0 - ContinuousClock.now) } ?? Self.pollInterval)
            if open.isEmpty {
                // Output closed, the program still running: check again soon, less often as it goes on.
                Thread.sleep(forTimeInterval: Self.seconds(min(wait, bound)))
                wait = min(wait * 2, Self.pollInterval)
                continue
            }
            let ready = Self.ready(open, within: min(bound, Self.pollInterval))
            for channel in ready {
                guard let chunk = channel.readAvailable() else { continue }
                if channel === output {
                    guard limit.admit(chunk) else {
                        if status == nil { Self.stop(pid) }
                        throw .outputTooLarge(limit: limit.allowed)
                    }
                    consume(chunk)
                } else {
                    errors.append(chunk, kept: Self.errorKept)
                }
            }
        }
        return Result(status: status ?? -1, standardError: errors.kept)
    }

    // MARK: - Processes

    private static func spawn(_ path: String, arguments: [String], output: Int32, error: Int32) throws(Failure) -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own (so the group can be killed), no blocked signals, default dispositions.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD] { sigaddset(&signals, signal) }
        posix_spawnattr_setsigdefault(&attributes, &signals)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, error, 2)
        // Nothing else another thread opened without close-on-exec (a script being written, another
        // program's output) reaches the program: it could hold that open ("Text file busy").
        if let closeFrom = Self.closeFrom { _ = closeFrom(&actions, 3) }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard result == 0 else { throw .launchFailed(String(cString: strerror(result))) }
        return pid
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
    /// module does not declare: looked up by name.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? =
        dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map {
            unsafeBitCast($0, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
        }

    /// Whether `pid` has exited, without reaping it (its group id stays its own until it is reaped).
    private static func hasExited(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == pid
    }

    /// Reaps `pid`, waiting at most `grace`; its exit status (128 + signal when killed), nil if it
    /// did not end in time.
    private static func reap(_ pid: pid_t, within grace: Duration) -> Int32? {
        let end = ContinuousClock.now + grace
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let signal = status & 0x7F
                return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            }
            if result < 0 && errno != EINTR { return nil }
            if ContinuousClock.now >= end { return nil }
            Thread.sleep(forTimeInterval: 0.005)
        }
    }

    /// Kills the program's whole group and reaps the program (bounded).
    private static func stop(_ pid: pid_t) {
        kill(-pid, SIGKILL)
        _ = reap(pid, within: reapGrace)
    }

    /// The channels of `open` with data or an end to read, waiting at most `bound`.
    private static func ready(_ open: [Channel], within bound: Duration) -> [Channel] {
        var descriptors = open.map { pollfd(fd: $0.readEnd, events: Int16(POLLIN), revents: 0) }
        let milliseconds = Int32(min(Double(Int32.max), (seconds(bound) * 1000).rounded(.up)))
        guard poll(&descriptors, nfds_t(descriptors.count), milliseconds) > 0 else { return [] }
        return zip(open, descriptors).filter { $0.1.revents != 0 }.map(\.0)
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// What the program wrote to stderr: its head, then its tail.
private struct ErrorOutput {
    private var errorHead = Data()
    private var errorTail = Data()

    var kept: Data { errorHead + errorTail }

    mutating func append(_ chunk: Data, kept: Int) {
        let room = kept - errorHead.count
        if room > 0 {
            errorHead.append(chunk.prefix(room))
            if chunk.count <= room { return }
        }
        errorTail.append(chunk.dropFirst(max(0, room)))
        if errorTail.count > 2 * kept { errorTail = errorTail.suffix(kept) }
    }
}

/// One of the program's output streams: a connected socket pair, made close-on-exec so that no
/// other program started meanwhile inherits it (and holds it open).
private final class Channel {
    private(set) var readEnd: Int32
    private(set) var writeEnd: Int32

    var isOpen: Bool { readEnd >= 0 }

    init() throws(ProcessRunner.Failure) {
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            throw .launchFailed(String(cString: strerror(errno)))
        }
        readEnd = ends[0]
        writeEnd = ends[1]
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
    }

    /// What can be read now; nil when nothing is (the end of the stream closes the channel).
    func readAvailable() -> Data? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = read(readEnd, &buffer, buffer.count)
        if count > 0 { return Data(buffer[0..<count]) }
        if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) { closeReadEnd() }
        return nil
    }

    func closeWriteEnd() {
        if writeEnd >= 0 { close(writeEnd) }
        writeEnd = -1
    }

    func closeReadEnd() {
        if readEnd >= 0 { close(readEnd) }
        readEnd = -1
    }

    func closeBoth() {
        closeReadEnd()
        closeWriteEnd()
    }
}
