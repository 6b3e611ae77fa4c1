import CLibXML2

/// Turns the chosen content nodes into plain text: one paragraph per block (`<p>`, headings, `<li>`, `<br>`…),
/// paragraphs separated by a blank line.
///
/// Quotations stay visible to the quote extractor: `<q>` text is wrapped in “ ” and a `<blockquote>` becomes its own
/// paragraph, wrapped in “ ” when it carries no quotation marks of its own.
struct HTMLTextRenderer {
    /// Decides, for an element inside the content, whether to leave it (and its subtree) out.
    var skip: (HTMLNode) -> Bool = { _ in false }

    private var paragraphs: [String] = []
    private var current = String.UnicodeScalarView()
    private var pendingSpace = false
    private var blockquoteStarts: [Int] = []

    init(skip: @escaping (HTMLNode) -> Bool = { _ in false }) {
        self.skip = skip
    }

    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "pre", "table", "tr", "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "header", "footer",
        "address", "hr", "center", "details", "summary", "fieldset", "body", "html", "hgroup", "menu", "blockquote",
    ]

    /// Renders the given nodes (in document order) and returns the paragraphs.
    mutating func render(_ nodes: [HTMLNode]) -> [String] {
        for node in nodes {
            if node.isText {
                appendText(node)
            } else if node.isElement, !skip(node) {
                open(node)
                walkHTML(from: node, enter: { child in
                    if child.isText {
                        self.appendText(child)
                        return false
                    }
                    guard child.isElement, !self.skip(child) else { return false }
                    self.open(child)
                    return true
                }, exit: { child in
                    if child.isElement { self.close(child) }
                })
                close(node)
            }
        }
        flush()
        return paragraphs
    }

    private mutating func open(_ element: HTMLNode) {
        let tag = element.tag
        if tag == "br" {
            flush()
        } else if tag == "blockquote" {
            flush()
            blockquoteStarts.append(paragraphs.count)
        } else if tag == "q" {
            appendScalars("“")
        } else if tag == "td" || tag == "th" {
            pendingSpace = true
        } else if Self.blockTags.contains(tag) {
            flush()
        }
    }

    private mutating func close(_ element: HTMLNode) {
        let tag = element.tag
        if tag == "blockquote" {
            flush()
            guard let start = blockquoteStarts.popLast(), start < paragraphs.count else { return }
            let quoted = paragraphs[start...]
            if !quoted.contains(where: Self.containsQuotationMark) {
                paragraphs[start] = "“" + paragraphs[start]
                paragraphs[paragraphs.count - 1] += "”"
            }
        } else if tag == "q" {
            current.append("”")
        } else if tag == "td" || tag == "th" {
            pendingSpace = true
        } else if Self.blockTags.contains(tag) {
            flush()
        }
    }

    private mutating func appendText(_ node: HTMLNode) {
        guard let content = node.pointee.content else { return }
        appendScalars(String(cString: content))
    }

    private mutating func appendScalars(_ text: String) {
        for scalar in text.unicodeScalars {
            if HTMLWhitespace.isSpace(scalar) {
                pendingSpace = true
            } else if !HTMLWhitespace.isInvisible(scalar) {
                if pendingSpace, !current.isEmpty, current.last != "“" { current.append(" ") }
                pendingSpace = false
                current.append(scalar)
            }
        }
    }

    private mutating func flush() {
        pendingSpace = false
        guard !current.isEmpty else { return }
        paragraphs.append(String(current))
        current = String.UnicodeScalarView()
    }

    static func containsQuotationMark(_ text: String) -> Bool {
        // Not ’: it is the apostrophe of "l’Italia" and "don’t" far more often than a closing quote.
        text.unicodeScalars.contains { scalar in
            switch scalar {
            case "\"", "“", "”", "«", "»", "„": return true
            default: return false
            }
        }
    }
}
