import Foundation
import Normalize
import Testing
@testable import Export

/// The hand-over between the batch's two export lanes: in order, bounded, and telling the reader
/// whether every document came.
struct DocumentFeedTests {
    @Test func documentsArriveInOrderThroughABoundedFeed() {
        let feed = DocumentFeed(capacity: 2)
        let ids = (0..<25).map { "dokument-\($0)" }
        let writer = Thread {
            for id in ids { feed.put(TableFixtures.document(id: id, tables: [])) }
            feed.close(complete: true)
        }
        writer.start()
        var taken: [String] = []
        while let document = feed.take() { taken.append(document.document.id) }
        #expect(taken == ids)
        #expect(feed.isComplete)
    }

    @Test func aFeedClosedEarlyIsNotComplete() {
        let feed = DocumentFeed()
        feed.put(TableFixtures.document(id: "a", tables: []))
        feed.close(complete: false)
        feed.close(complete: true)  // the first close counts
        #expect(feed.take()?.document.id == "a")
        #expect(feed.take() == nil)
        #expect(!feed.isComplete)
    }

    @Test func aReaderThatStopsNeverBlocksTheWriter() {
        let feed = DocumentFeed(capacity: 1)
        feed.abandon()
        for index in 0..<5 { feed.put(TableFixtures.document(id: "d\(index)", tables: [])) }
        feed.close(complete: true)
        #expect(feed.take() == nil)
    }
}
