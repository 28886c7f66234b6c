import Ingestion
import NewsModel

/// What the store checks of an extraction before it stores it: what it can recompute, it does not take on trust.
///
/// An article's id is its content id (docs/protocol.md, "Content ids"), so a result whose id is not the one its
/// title and text give was forged or damaged: stored, it would replace another article's text or plant one no
/// ingester accepted. The extraction must be of the same article.
enum ResultCheck {
    static func check(_ message: ExtractionMessage) throws(ErrorReply) {
        let expected = ContentID.of(message.article)
        guard message.article.id == expected else {
            throw ErrorReply(code: .invalidParameter,
                             message: "content id mismatch: article '\(message.article.id.prefix(64))' has the content id '\(expected)'")
        }
        guard message.extraction.article.id == message.article.id else {
            throw ErrorReply(code: .invalidParameter,
                             message: "the extraction is of article '\(message.extraction.article.id.prefix(64))', not '\(expected)'")
        }
    }
}
