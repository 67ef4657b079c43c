/// Character references: `&amp;`, `&#8217;`, `&#x2019;`, and the named entities news pages use.
enum HTMLEntities {
    /// The five XML entities; TimeML and other XML use only these.
    static let xml: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    /// Named HTML entities common in articles (the full HTML list is over 2,000 names).
    static let html: [String: String] = xml.merging([
        "nbsp": "\u{00A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "shy": "\u{00AD}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "bdquo": "\u{201E}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
        "prime": "\u{2032}", "Prime": "\u{2033}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "minus": "\u{2212}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "\u{00B7}", "dagger": "\u{2020}", "Dagger": "\u{2021}", "permil": "\u{2030}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "sect": "\u{00A7}", "para": "\u{00B6}",
        "deg": "\u{00B0}", "plusmn": "\u{00B1}", "times": "\u{00D7}", "divide": "\u{00F7}", "frac12": "\u{00BD}",
        "frac14": "\u{00BC}", "frac34": "\u{00BE}", "sup1": "\u{00B9}", "sup2": "\u{00B2}", "sup3": "\u{00B3}",
        "micro": "\u{00B5}", "cent": "\u{00A2}", "pound": "\u{00A3}", "euro": "\u{20AC}", "yen": "\u{00A5}",
        "curren": "\u{00A4}", "iexcl": "\u{00A1}", "iquest": "\u{00BF}", "ordf": "\u{00AA}", "ordm": "\u{00BA}",
        "acute": "\u{00B4}", "uml": "\u{00A8}", "cedil": "\u{00B8}", "macr": "\u{00AF}", "not": "\u{00AC}",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í",
        "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô",
        "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü",
        "Yacute": "Ý", "THORN": "Þ", "szlig": "ß",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ",
        "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í",
        "icirc": "î", "iuml": "ï", "eth": "ð", "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô",
        "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü",
        "yacute": "ý", "thorn": "þ", "yuml": "ÿ", "Scaron": "Š", "scaron": "š", "Zcaron": "Ž", "zcaron": "ž",
        "OElig": "Œ", "oelig": "œ", "Yuml": "Ÿ", "fnof": "ƒ", "circ": "ˆ", "tilde": "˜",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "pi": "π", "mu": "μ", "Delta": "Δ", "Omega": "Ω",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "infin": "∞",
    ]) { a, _ in a }

    /// Numeric references that name no character become U+FFFD; 128...159 are read as Windows-1252, as browsers do.
    private static let replacement: Unicode.Scalar = "\u{FFFD}"
    private static let longestName = 10

    /// `text` with every reference known to `table` (and every numeric one) decoded; others stay as written.
    static func decode(_ text: String, table: [String: String] = html) -> String {
        guard text.unicodeScalars.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (decoded, length) = reference(in: scalars, at: i, table: table) {
                out.append(contentsOf: decoded.unicodeScalars)
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The reference starting at `i` (which holds `&`): its text and how many scalars it spans.
    /// Named references need their `;`; numeric ones too, except before a non-digit (tolerated as browsers do).
    static func reference(in s: [Unicode.Scalar], at i: Int, table: [String: String]) -> (String, Int)? {
        var j = i + 1
        guard j < s.count else { return nil }
        if s[j] == "#" {
            j += 1
            let hex = j < s.count && (s[j] == "x" || s[j] == "X")
            if hex { j += 1 }
            let digitsStart = j
            while j < s.count, j - digitsStart < 8, isDigit(s[j], hex: hex) { j += 1 }
            guard j > digitsStart, let code = UInt32(String(String.UnicodeScalarView(s[digitsStart..<j])), radix: hex ? 16 : 10) else { return nil }
            if j < s.count, s[j] == ";" { j += 1 }
            if (0x80...0x9F).contains(code) { return (TextDecoding.windows1252([UInt8(code)]), j - i) }
            let scalar = Unicode.Scalar(code).flatMap { code == 0 ? nil : $0 } ?? replacement
            return (String(scalar), j - i)
        }
        let nameStart = j
        while j < s.count, j - nameStart <= longestName, s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) { j += 1 }
        guard j < s.count, s[j] == ";", j > nameStart,
              let value = table[String(String.UnicodeScalarView(s[nameStart..<j]))] else { return nil }
        return (value, j + 1 - i)
    }

    private static func isDigit(_ c: Unicode.Scalar, hex: Bool) -> Bool {
        hex ? c.properties.isASCIIHexDigit : ("0"..."9").contains(c)
    }
}
