import Foundation
import Testing
@testable import Ingestion

@Suite struct BadInputTests {
    @Test(arguments: InputFormat.allCases)
    func emptyFile(format: InputFormat) throws {
        let folder = try makeTempFolder()
        let path = try write("", to: "empty.\(format.rawValue == "text" ? "txt" : format.rawValue)", in: folder)
        #expect(ArticleReader().read(path: path).errors == [InputError(origin: path, reason: "empty file")])
    }

    @Test(arguments: ["txt", "csv", "json"])
    func binaryFile(ext: String) {
        var data = Data("PK".utf8)
        data.append(contentsOf: [0, 1, 2, 0xff, 0])
        #expect(ArticleReader().read(data: data, origin: "archive.\(ext)").errors
                == [InputError(origin: "archive.\(ext)", reason: "binary file, not text")])
    }

    @Test(arguments: ["txt", "csv", "jsonl", "html"])
    func invalidUTF8NamesTheByte(ext: String) {
        var data = Data("title,text\nok,caf".utf8)
        data.append(0xE9)  // Latin-1 "é"
        data.append(contentsOf: Data("\n".utf8))
        #expect(ArticleReader().read(data: data, origin: "latin1.\(ext)").errors
                == [InputError(origin: "latin1.\(ext)", reason: "invalid UTF-8 at byte 17")])
    }

    @Test func overlongAndSurrogateAndTruncatedSequencesAreInvalid() {
        #expect(TextDecoder.firstInvalidUTF8([0x61, 0xC0, 0xAF], from: 0) == 1)
        #expect(TextDecoder.firstInvalidUTF8([0xED, 0xA0, 0x80], from: 0) == 0)
        #expect(TextDecoder.firstInvalidUTF8([0x61, 0x62, 0xE2, 0x82], from: 0) == 2)
        #expect(TextDecoder.firstInvalidUTF8(Array("Goïta — 😀".utf8), from: 0) == nil)
    }

    @Test func missingPath() {
        let path = "/nonexistent/ingestion-test/nothing-here.txt"
        #expect(ArticleReader().read(path: path).errors == [InputError(origin: path, reason: "no such file or folder")])
    }

    @Test func unreadableFile() throws {
        // Root reads anything with mode 000, so also read a file the kernel refuses to read at all.
        let folder = try makeTempFolder()
        let path = try write("secret", to: "locked.txt", in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let locked = ArticleReader().read(path: path)
        if getuid() != 0 {
            #expect(locked.errors == [InputError(origin: path, reason: "cannot read file: permission denied")])
        }
        #if os(Linux)
        let refused = ArticleReader().read(path: "/proc/self/mem")
        #expect(refused.articles.isEmpty)
        #expect(refused.errors.first?.origin == "/proc/self/mem")
        #expect(refused.errors.first?.reason.hasPrefix("cannot read file: ") == true)
        #endif
    }

    @Test func whitespaceOnlyFileIsEmptyText() {
        #expect(read(" \n\n \u{00A0}\n", as: "blank.txt").errors == [InputError(origin: "blank.txt", reason: "empty text")])
    }

    @Test func bomIsDroppedFromText() {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("Text.".utf8))
        #expect(ArticleReader().read(data: data, origin: "bom.txt").articles.first?.article.text == "Text.")
    }
}

@Suite struct FolderTests {
    @Test func folderReadsEverythingInPathOrderAndReportsTheBadFile() throws {
        let folder = try makeTempFolder()
        try write("Story B.", to: "b.txt", in: folder)
        try write("Story A.", to: "a.txt", in: folder)
        try write(#"{"text": "Story C."}"#, to: "sub/c.json", in: folder)
        try write("title,text\nD,Story D.\n", to: "sub/deeper/d.csv", in: folder)
        try write("<p>Story E.</p>", to: "sub/e.html", in: folder)
        try write("Hidden story.", to: ".hidden.txt", in: folder)
        try write("Hidden folder story.", to: ".git/f.txt", in: folder)
        try write("Notes without an extension.", to: "NOTES", in: folder)
        try write("Unknown extension but text.", to: "story.article", in: folder)
        try write(Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]), to: "picture.png", in: folder)
        try write("", to: "bad.txt", in: folder)

        let batch = ArticleReader().read(path: folder.path)
        #expect(batch.articles.map(\.article.text) == [
            "Notes without an extension.", "Story A.", "Story B.", "Unknown extension but text.",
            "Story C.", "Story D.", "Story E.",
        ])
        #expect(batch.articles[5].origin == folder.path + "/sub/deeper/d.csv:2")
        #expect(batch.errors == [InputError(origin: folder.path + "/bad.txt", reason: "empty file")])
    }

    @Test func trailingSlashAndBinaryWithTextExtension() throws {
        let folder = try makeTempFolder()
        try write("Fine.", to: "ok.txt", in: folder)
        try write(Data([0x41, 0, 0x42]), to: "nul.txt", in: folder)
        let batch = ArticleReader().read(path: folder.path + "/")
        #expect(batch.articles.map(\.origin) == [folder.path + "/ok.txt"])
        #expect(batch.errors == [InputError(origin: folder.path + "/nul.txt", reason: "binary file, not text")])
    }

    @Test func symlinkedFoldersAreNotFollowed() throws {
        let folder = try makeTempFolder()
        try write("Once.", to: "a.txt", in: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop", withDestinationPath: folder.path)
        #expect(ArticleReader().read(path: folder.path).articles.count == 1)
    }
}
