import Foundation
import Normalize

/// Documents handed from the export lane that reads them to the lane beside it, in order, with
/// at most `capacity` of them waiting: the batch decodes each document once for all its exports,
/// and memory does not grow with the number of documents.
///
/// The reader learns whether the feed ended complete (`take` returns nil, then `isComplete`),
/// so an export is never committed from part of the documents; a reader that stops early calls
/// `abandon`, after which `put` returns at once.
final class DocumentFeed: @unchecked Sendable {
    let capacity: Int
    // All state below is read and written holding `condition`.
    private let condition = NSCondition()
    private var waiting: [PlanDocument] = []
    private var closed = false
    private var complete = false
    private var abandoned = false

    init(capacity: Int = 4) {
        self.capacity = max(1, capacity)
    }

    /// Hands `document` over, waiting while `capacity` documents wait; nothing when the reader
    /// has stopped.
    func put(_ document: PlanDocument) {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity, !abandoned { condition.wait() }
        guard !abandoned else { return }
        waiting.append(document)
        condition.broadcast()
    }

    /// No more documents: `complete` when every document was put. The first close counts.
    func close(complete: Bool) {
        condition.lock()
        defer { condition.unlock() }
        guard !closed else { return }
        closed = true
        self.complete = complete
        condition.broadcast()
    }

    /// The next document, waiting for it; nil once the feed is closed and empty.
    func take() -> PlanDocument? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty, !closed { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        let document = waiting.removeFirst()
        condition.broadcast()
        return document
    }

    /// Whether the feed was closed with every document put.
    var isComplete: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed && complete
    }

    /// The reader stops: what waits is dropped and later documents are not kept.
    func abandon() {
        condition.lock()
        defer { condition.unlock() }
        abandoned = true
        waiting.removeAll()
        condition.broadcast()
    }
}
