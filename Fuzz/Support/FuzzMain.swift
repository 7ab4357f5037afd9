import Foundation

/// The signature libFuzzer calls with each input.
public typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<Int32>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                       _ callback: FuzzCallback) -> Int32
#endif

/// The entry point of each fuzz target. Built by `make fuzz` (`-sanitize=fuzzer,address -DFUZZING`)
/// it hands the command line to libFuzzer's driver; in an ordinary build it replays each file named
/// on the command line (a crash libFuzzer saved, or a corpus file) through the same check.
public enum FuzzMain {
    public static func run(_ callback: FuzzCallback) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv, callback))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot read the file\n".utf8))
                exit(2)
            }
            _ = data.withUnsafeBytes { callback($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
            print("\(path): ok")
        }
        exit(0)
        #endif
    }

    /// The input as `Data`.
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let bytes, count > 0 else { return Data() }
        return Data(bytes: bytes, count: count)
    }

    /// Stops the run (libFuzzer saves the input) when an invariant of the output fails.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant failed: \(message())") }
    }

    /// Whether all of `text` matches `pattern` (an ICU regular expression).
    public static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: "^(?:\(pattern))$", options: .regularExpression) != nil
    }
}
