import Foundation

/// Turns a finished model into bytes; writing files is the caller's job (`OutputWriter`).
public protocol Exporter<Input>: Sendable {
    associatedtype Input
    func render(_ input: Input) throws -> Data
}
