import Foundation

/// Runs an external program to completion with a timeout, draining stdout and stderr concurrently
/// (a full stderr pipe would otherwise block the child and hang a naive caller).
struct ProcessRunner: Sendable {
    struct Result: Sendable {
        var status: Int32
        var standardOutput: Data
        var standardError: Data
    }

    enum Failure: Error, Sendable {
        case notFound
        case timedOut
        case launchFailed(String)
    }

    var timeout: Double

    /// Finds `name` on PATH, as a shell would.
    static func locate(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? URL(filePath: name) : nil }
        for directory in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(filePath: String(directory)).appending(path: name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    func run(_ executable: String, arguments: [String]) throws(Failure) -> Result {
        guard let url = Self.locate(executable) else { throw .notFound }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .launchFailed(error.localizedDescription)
        }
        let outputData = PipeDrain(output.fileHandleForReading)
        let errorData = PipeDrain(error.fileHandleForReading)
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            // The pipes are not awaited: a grandchild may still hold them open. Their readers end
            // by themselves when it exits.
            throw .timedOut
        }
        return Result(status: process.terminationStatus,
                      standardOutput: outputData.wait(), standardError: errorData.wait())
    }
}

/// Reads a pipe to its end on a background thread.
private final class PipeDrain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Blocks until the pipe is closed, then returns everything read.
    func wait() -> Data {
        done.wait()
        done.signal()
        return data
    }
}
