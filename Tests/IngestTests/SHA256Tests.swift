import Foundation
import Testing
@testable import Ingest

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheFIPSTestVectors(input: String, expected: String) {
        #expect(SHA256.hex(of: Data(input.utf8)) == expected)
    }

    @Test func hashesASeedLikeSha256sum() throws {
        let data = try Data(contentsOf: TestFiles.seed("002_583bd4024cf3832c.txt"))
        #expect(SHA256.hex(of: data) == "894d8c9131bb466bb0a19028d020806aab42574ca67beb32918f07c43cbc4543")
    }
}
