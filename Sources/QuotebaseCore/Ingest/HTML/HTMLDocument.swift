import CLibXML2
import Foundation

/// A node of a libxml2 tree. Only valid while the `HTMLDocument` that owns it is alive.
typealias HTMLNode = UnsafeMutablePointer<xmlNode>

/// A web page parsed by libxml2's forgiving HTML parser, which repairs tag soup the way browsers do.
///
/// libxml2 prints its complaints about broken markup to stderr unless told otherwise; `init` silences it for the
/// calling thread and asks the parser for no network access, so a hostile page cannot make us fetch anything.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Parses `bytes`. `encoding` is an IANA name (`UTF-8`, `windows-1252`) or nil to let libxml2 read `<meta charset>`.
    ///
    /// What `htmlReadMemory` does, but with libxml2's "huge" option, which `htmlCtxtUseOptions` does not take: without
    /// it the parser stops for good at 256 levels of nesting, losing the rest of the page (and a text node past
    /// 10 MB). `HTMLNestingLimit` keeps the depth bounded instead.
    init?(bytes: UnsafeRawBufferPointer, encoding: String?) {
        quotebase_libxml2_silence()
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let context = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            htmlCreateMemoryParserCtxt(chars, Int32(bytes.count))
        }
        guard let context else { return nil }
        defer { htmlFreeParserCtxt(context) }
        htmlCtxtUseOptions(context, options)
        context.pointee.options |= Int32(XML_PARSE_HUGE.rawValue)
        if let encoding { _ = quotebase_html_use_encoding(context, encoding) }
        htmlParseDocument(context)
        guard let parsed = context.pointee.myDoc else { return nil }
        context.pointee.myDoc = nil
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    var root: HTMLNode? { xmlDocGetRootElement(document) }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's tag name; libxml2's HTML parser already lowercases it.
    var tag: String { pointee.name.map { String(cString: $0) } ?? "" }

    /// True when the tag name equals `name` (lowercase ASCII), without building a String.
    func hasTag(_ name: StaticString) -> Bool {
        guard let own = pointee.name else { return false }
        return strcmp(UnsafeRawPointer(own).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    /// An attribute's value, entities decoded. Reads libxml2's attribute list directly; nothing to free.
    func attribute(_ name: StaticString) -> String? {
        var property = pointee.properties
        let wanted = UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)
        while let current = property {
            if let attributeName = current.pointee.name,
               strcasecmp(UnsafeRawPointer(attributeName).assumingMemoryBound(to: CChar.self), wanted) == 0 {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            property = current.pointee.next
        }
        return nil
    }

    /// The raw text of a text node.
    var textContent: String { pointee.content.map { String(cString: $0) } ?? "" }

    /// Every descendant text, concatenated without any normalization (for `<script>` and `<title>`).
    var rawText: String {
        var out = ""
        walkHTML(from: self, enter: { node in
            if node.isText { out += node.textContent }
            return true
        })
        return out
    }

    /// Descendant text with whitespace collapsed, for short things such as titles and bylines.
    var collapsedText: String { HTMLWhitespace.collapse(rawText) }

    /// The `class` and `id` attributes together, lowercased, for pattern tests.
    var classAndID: String {
        let classes = attribute("class") ?? ""
        let id = attribute("id") ?? ""
        if classes.isEmpty { return id.lowercased() }
        if id.isEmpty { return classes.lowercased() }
        return (classes + " " + id).lowercased()
    }
}

/// Walks the subtree under `root` depth first without recursion, so a page nested a million tags deep cannot overflow
/// the stack.
///
/// `enter` sees every node below `root` (not `root` itself) and returns whether to descend into it; `exit` is called
/// for every node `enter` accepted, after its children.
func walkHTML(from root: HTMLNode, enter: (HTMLNode) -> Bool, exit: (HTMLNode) -> Void = { _ in }) {
    var next = root.pointee.children
    while let node = next {
        let descend = enter(node)
        if descend, let child = node.pointee.children {
            next = child
            continue
        }
        // `node` is finished (a leaf, or skipped): close it if accepted, then climb until a sibling is found.
        var finished = node
        var accepted = descend
        while true {
            if accepted { exit(finished) }
            if let sibling = finished.pointee.next {
                next = sibling
                break
            }
            guard let parent = finished.pointee.parent, parent != root else {
                next = nil
                break
            }
            finished = parent
            accepted = true
        }
    }
}
