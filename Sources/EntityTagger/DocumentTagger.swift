/// The seam between the entity stage of `Extraction` and whatever finds names: a trained sequence model,
/// or rules. It sees one document as sentences of words and answers one IOB2 tag per word
/// (`O`, `B-PER`, `I-PER`, `B-ORG`, ... with types PER ORG LOC MISC).
///
/// A whole document at once, so a tagger can keep a name's tag consistent across its sentences.
public protocol DocumentTagger: Sendable {
    /// - Parameter sentences: the document's sentences, each a list of words as they appear in the text.
    /// - Returns: for each sentence, one IOB2 tag per word (same shape as the input).
    func tag(sentences: [[String]]) -> [[String]]
}
