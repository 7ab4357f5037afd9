/// The most pdftotext may write, in proportion to the pages it writes: `base` bytes plus
/// `perPage` for every page begun in the output (`<page ` opens each one). A dense real page
/// takes well under 200 kB of `-bbox-layout` XHTML; garbage, or text repeated without end,
/// is stopped before it fills memory.
struct OutputLimit: Sendable {
    /// Bytes allowed before any page (the XHTML head, a document with few pages).
    let base: Int
    /// Bytes allowed for each page.
    let perPage: Int

    private(set) var bytes = 0
    private(set) var pages = 0
    /// How much of "<page " the bytes so far end with.
    private var matched = 0
    private static let pageTag = Array("<page ".utf8)

    init(base: Int = 8 * 1_048_576, perPage: Int = 2 * 1_048_576) {
        self.base = base
        self.perPage = perPage
    }

    /// The bytes allowed now.
    var allowed: Int { base + perPage * pages }

    /// Counts `chunk`; false when the output has grown past what its pages allow.
    mutating func admit(_ chunk: some Collection<UInt8>) -> Bool {
        // A pipe's chunk is contiguous: its bytes are read from memory, not by a generic iterator.
        if chunk.withContiguousStorageIfAvailable({ count($0) }) == nil { count(chunk) }
        return bytes <= allowed
    }

    private mutating func count(_ chunk: some Sequence<UInt8>) {
        for byte in chunk {
            bytes += 1
            if byte == Self.pageTag[matched] {
                matched += 1
                if matched == Self.pageTag.count {
                    pages += 1
                    matched = 0
                }
            } else {
                matched = byte == Self.pageTag[0] ? 1 : 0
            }
        }
    }
}
