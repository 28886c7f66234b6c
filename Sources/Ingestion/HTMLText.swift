/// The article in a web page: title, paragraph text and the metadata pages carry in `<meta>` tags.
///
/// Not an HTML5 parser: a tolerant tag scanner over UTF-8 bytes, enough for news pages, which put the
/// story in `<p>` elements. Text outside `<p>` (menus, captions, scripts) is used only when a page has no
/// paragraphs at all.
struct HTMLText: Sendable {
    var title: String?
    var text: String
    var published: String?
    var url: String?

    /// Elements whose content is never article text.
    private static let skipped: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "iframe", "object"]
    /// Page chrome: paragraphs in these are furniture ("© 2017 ...", "Sign up for our newsletter").
    private static let chrome: Set<String> = ["nav", "footer", "aside", "form", "header"]
    /// Elements that break text into blocks in the no-paragraph fallback.
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
        "article", "header", "footer", "blockquote", "pre", "main", "nav", "aside", "figure", "figcaption", "dd", "dt", "hr",
    ]
    /// Elements with raw content: a "<" inside them is not a tag.
    private static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "template"]

    init(html: String) {
        let bytes = Array(html.utf8)
        var titleText: String?
        var ogTitle: String?
        var published: String?
        var url: String?
        var canonical: String?
        var paragraphs: [String] = []
        var blockTexts: [String] = []
        var paragraph: String?
        var block = ""
        var skipDepth = 0
        var chromeDepth = 0

        func flushParagraph() {
            if let text = paragraph {
                let clean = HTMLText.collapse(HTMLText.decodeEntities(text))
                if !clean.isEmpty { paragraphs.append(clean) }
            }
            paragraph = nil
        }
        func flushBlock() {
            let clean = HTMLText.collapse(HTMLText.decodeEntities(block))
            if !clean.isEmpty { blockTexts.append(clean) }
            block = ""
        }

        var i = 0
        let n = bytes.count
        func decode(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        func startsWith(_ literal: String, at index: Int) -> Bool {
            let utf8 = Array(literal.utf8)
            guard index + utf8.count <= n else { return false }
            for (k, byte) in utf8.enumerated() where HTMLText.lower(bytes[index + k]) != byte { return false }
            return true
        }
        func find(_ literal: String, from index: Int) -> Int {
            var j = index
            while j < n, !startsWith(literal, at: j) { j += 1 }
            return j
        }

        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else {
                let start = i
                while i < n, bytes[i] != UInt8(ascii: "<") { i += 1 }
                if skipDepth == 0 {
                    let text = decode(start, i)
                    if chromeDepth == 0, paragraph != nil { paragraph! += text }
                    block += text
                }
                continue
            }
            if startsWith("<!--", at: i) {
                i = min(n, find("-->", from: i + 4) + 3)
                continue
            }
            if i + 1 < n, bytes[i + 1] == UInt8(ascii: "!") || bytes[i + 1] == UInt8(ascii: "?") {
                while i < n, bytes[i] != UInt8(ascii: ">") { i += 1 }
                i += 1
                continue
            }
            let closing = i + 1 < n && bytes[i + 1] == UInt8(ascii: "/")
            var j = closing ? i + 2 : i + 1
            let nameStart = j
            while j < n, HTMLText.isNameByte(bytes[j]) { j += 1 }
            guard j > nameStart else {
                // A "<" that starts no tag ("a < b") is text.
                if skipDepth == 0 { if chromeDepth == 0, paragraph != nil { paragraph! += "<" }; block += "<" }
                i += 1
                continue
            }
            let name = decode(nameStart, j).lowercased()
            // The tag runs to the first ">" outside a quoted attribute value.
            var quote: UInt8 = 0
            let attributesStart = j
            while j < n {
                let byte = bytes[j]
                if quote != 0 { if byte == quote { quote = 0 } } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") { break }
                j += 1
            }
            let attributeText = decode(attributesStart, min(j, n))
            i = min(n, j + 1)

            if closing {
                if HTMLText.skipped.contains(name) { skipDepth = max(0, skipDepth - 1) }
                if HTMLText.chrome.contains(name) { chromeDepth = max(0, chromeDepth - 1) }
                if name == "p" || HTMLText.blocks.contains(name) { flushParagraph() }
                if HTMLText.blocks.contains(name) { flushBlock() }
                continue
            }
            let selfClosing = attributeText.hasSuffix("/")
            if name == "meta" || name == "link" {
                let attributes = HTMLText.attributes(attributeText)
                let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
                let content = attributes["content"].map { HTMLText.collapse(HTMLText.decodeEntities($0)) }
                switch key {
                case "og:title": ogTitle = ogTitle ?? content
                case "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "dc.date":
                    published = published ?? content
                case "og:url": url = url ?? content
                default: break
                }
                if name == "link", attributes["rel"]?.lowercased() == "canonical" {
                    canonical = canonical ?? attributes["href"].map { HTMLText.decodeEntities($0) }
                }
                continue
            }
            if HTMLText.rawText.contains(name), !selfClosing {
                let end = find("</" + name, from: i)
                if name == "title", titleText == nil {
                    titleText = HTMLText.collapse(HTMLText.decodeEntities(decode(i, end)))
                }
                i = end
                // The closing tag is consumed by the loop; it must not unbalance the depth counters.
                if HTMLText.skipped.contains(name) { skipDepth += 1 }
                if HTMLText.chrome.contains(name) { chromeDepth += 1 }
                continue
            }
            if name == "p" || HTMLText.blocks.contains(name) { flushParagraph() }
            if HTMLText.blocks.contains(name) { flushBlock() }
            if selfClosing { continue }
            if HTMLText.skipped.contains(name) { skipDepth += 1 }
            if HTMLText.chrome.contains(name) { chromeDepth += 1 }
            if name == "p", skipDepth == 0, chromeDepth == 0 { paragraph = "" }
            if name == "time", published == nil, let value = HTMLText.attributes(attributeText)["datetime"] {
                published = value
            }
        }
        flushParagraph()
        flushBlock()

        self.title = [titleText, ogTitle].compactMap { $0 }.first(where: { !$0.isEmpty })
        self.text = (paragraphs.isEmpty ? blockTexts : paragraphs).joined(separator: "\n\n")
        self.published = published
        self.url = url ?? canonical
    }

    // MARK: Pieces

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }

    /// `name="value"`, `name='value'` and `name=value` pairs; names lowercased, values raw.
    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func skipSpace() { while i < scalars.count, scalars[i].properties.isWhitespace || scalars[i] == "/" { i += 1 } }
        while i < scalars.count {
            skipSpace()
            let nameStart = i
            while i < scalars.count, !scalars[i].properties.isWhitespace, scalars[i] != "=", scalars[i] != "/" { i += 1 }
            guard i > nameStart else { break }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<i])).lowercased()
            while i < scalars.count, scalars[i] == " " { i += 1 }
            guard i < scalars.count, scalars[i] == "=" else { result[name] = result[name] ?? ""; continue }
            i += 1
            while i < scalars.count, scalars[i] == " " { i += 1 }
            var value = String.UnicodeScalarView()
            if i < scalars.count, scalars[i] == "\"" || scalars[i] == "'" {
                let quote = scalars[i]
                i += 1
                while i < scalars.count, scalars[i] != quote { value.append(scalars[i]); i += 1 }
                i += 1
            } else {
                while i < scalars.count, !scalars[i].properties.isWhitespace { value.append(scalars[i]); i += 1 }
            }
            if result[name] == nil { result[name] = String(value) }
        }
        return result
    }

    /// Whitespace runs (HTML source line breaks included) become one space.
    static func collapse(_ text: String) -> String {
        ArticleNormalizer.collapseWhitespace(text)
    }

    /// Decodes character references: `&#8217;`, `&#x2019;` and the named ones news pages use.
    /// Unknown names are left as written, since a bare "&" in text is common and harmless.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&" else { out.append(scalars[i]); i += 1; continue }
            var j = i + 1
            while j < scalars.count, j - i <= 32, scalars[j] != ";", scalars[j] != "&",
                  !scalars[j].properties.isWhitespace { j += 1 }
            guard j < scalars.count, scalars[j] == ";" else { out.append("&"); i += 1; continue }
            let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
            if let decoded = decodeReference(name) {
                out.append(contentsOf: decoded.unicodeScalars)
                i = j + 1
            } else {
                out.append("&")
                i += 1
            }
        }
        return String(out)
    }

    private static func decodeReference(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            // Numeric references to C1 controls are Windows-1252 in practice (&#146; is an apostrophe).
            guard var code = value else { return nil }
            if let mapped = windows1252[code] { code = mapped }
            guard code != 0, let scalar = Unicode.Scalar(code) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return named[name] ?? named[name.lowercased()]
    }

    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D,
        0x96: 0x2013, 0x97: 0x2014, 0x99: 0x2122,
    ]

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{00AB}",
        "raquo": "\u{00BB}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "yen": "\u{00A5}", "cent": "\u{00A2}", "deg": "\u{00B0}", "middot": "\u{00B7}",
        "bull": "\u{2022}", "times": "\u{00D7}", "divide": "\u{00F7}", "plusmn": "\u{00B1}", "frac12": "\u{00BD}",
        "frac14": "\u{00BC}", "frac34": "\u{00BE}", "sect": "\u{00A7}", "para": "\u{00B6}", "shy": "\u{00AD}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "prime": "\u{2032}", "Prime": "\u{2033}", "iexcl": "\u{00A1}", "iquest": "\u{00BF}",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â", "auml": "ä",
        "Auml": "Ä", "atilde": "ã", "Atilde": "Ã", "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ",
        "ccedil": "ç", "Ccedil": "Ç", "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê",
        "Ecirc": "Ê", "euml": "ë", "Euml": "Ë", "iacute": "í", "Iacute": "Í", "igrave": "ì", "Igrave": "Ì",
        "icirc": "î", "Icirc": "Î", "iuml": "ï", "Iuml": "Ï", "ntilde": "ñ", "Ntilde": "Ñ", "oacute": "ó",
        "Oacute": "Ó", "ograve": "ò", "Ograve": "Ò", "ocirc": "ô", "Ocirc": "Ô", "ouml": "ö", "Ouml": "Ö",
        "otilde": "õ", "Otilde": "Õ", "oslash": "ø", "Oslash": "Ø", "uacute": "ú", "Uacute": "Ú", "ugrave": "ù",
        "Ugrave": "Ù", "ucirc": "û", "Ucirc": "Û", "uuml": "ü", "Uuml": "Ü", "yacute": "ý", "Yacute": "Ý",
        "yuml": "ÿ", "szlig": "ß", "oelig": "œ", "OElig": "Œ", "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž",
    ]
}
