import Foundation

/// When the processing of one document must have finished: `--timeout` seconds from its start,
/// for pdftotext and the parsing after it together. Stages check it between their steps.
public struct Deadline: Sendable {
    /// The allowance `--timeout` gives when it is not set.
    public static let defaultSeconds: Double = 120

    /// The allowance, in seconds from the start.
    public let seconds: Double
    private let end: ContinuousClock.Instant

    public init(seconds: Double = Deadline.defaultSeconds, from start: ContinuousClock.Instant = .now) {
        self.seconds = seconds
        end = start.advanced(by: .milliseconds(Int64((min(seconds, 1e9) * 1000).rounded(.up))))
    }

    public var hasPassed: Bool { ContinuousClock.now >= end }

    /// What is left (zero once passed).
    public var remaining: Duration { max(.zero, end - ContinuousClock.now) }

    /// Throws when the deadline has passed, naming the document and the stage it was in.
    public func check(path: String, stage: String) throws(DeadlineExceeded) {
        if hasPassed { throw DeadlineExceeded(path: path, seconds: seconds, stage: stage) }
    }
}

/// A document not finished within its deadline; renders as one line naming the file.
public struct DeadlineExceeded: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var seconds: Double
    /// What was running when time ran out ("reading budget tables").
    public var stage: String

    public init(path: String, seconds: Double, stage: String) {
        self.path = path
        self.seconds = seconds
        self.stage = stage
    }

    /// The reason alone, without the path.
    public var reason: String {
        "not finished within the timeout of \(Deadline.format(seconds)) s (stopped while \(stage)); "
            + "raise --timeout for a document this large"
    }

    public var description: String { "\(path): \(reason)" }
}

extension Deadline {
    /// "120" for whole seconds, "0.5" otherwise.
    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}
