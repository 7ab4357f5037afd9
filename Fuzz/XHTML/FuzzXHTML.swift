import Foundation
import FuzzSupport
@testable import Ingest

/// libFuzzer target: bytes as pdftotext's `-bbox-layout` XHTML, through the stream reader, whole
/// and in pieces.
/// Whatever it reads has pages numbered from 1 and lines numbered in order.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayoutXHTML(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzXHTML.check(FuzzMain.data(bytes, count))
    return 0
}

@main
enum FuzzXHTML {
    static func main() { FuzzMain.run(fuzzLayoutXHTML) }

    static func check(_ data: Data) {
        let whole = try? LayoutXMLReader.read(data, path: "fuzz.xhtml")
        // Fed in pieces, as it comes from pdftotext's pipe, the stream reads the same.
        let size = 1 + Int(data.first ?? 0) % 61
        let reader = LayoutXMLReader(path: "fuzz.xhtml")
        for start in stride(from: 0, to: data.count, by: size) {
            reader.feed(data.subdata(in: start..<min(start + size, data.count)))
        }
        FuzzMain.require((try? reader.finish()) == whole, "read differently in pieces of \(size) bytes")
        guard let pages = whole else { return }
        FuzzMain.require(pages.map(\.number) == pages.indices.map { $0 + 1 }, "page numbers \(pages.map(\.number))")
        let numbers = pages.flatMap(\.lines).map(\.number)
        FuzzMain.require(zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }, "line numbers out of order")
    }
}
