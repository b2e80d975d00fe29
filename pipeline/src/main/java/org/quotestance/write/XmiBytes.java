package org.quotestance.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Takes the SAX events of UIMA's {@code XmiCasSerializer}, or the same elements, attributes and texts from
 * {@link CasXmiWriter}'s walk of a CAS, and writes them straight into UTF-8 bytes, laid out
 * exactly as the JDK's serializer behind UIMA's {@code XMLSerializer} (XML 1.1, indented) writes them, without
 * that serializer's layers of character checks, transformer handler and writer. It writes the characters XML 1.1
 * needs as references as that serializer and {@link XmlCharRefOutputStream} behind it do: controls as decimal
 * references, and so the C1 controls, DEL and U+2028 in texts, but in attribute values as the hex references of
 * the stream (the serializer writes them raw there), and characters beyond the BMP as decimal references of
 * their code point. What it does not handle (U+0000, a lone surrogate, U+FFFE/U+FFFF) or a text of white space
 * alone (which the indenting serializer drops) makes it throw {@link Unhandled}, and the caller writes the
 * document with the JDK's serializer instead ({@code XmiBytesTest} holds the two to the same bytes).
 */
final class XmiBytes implements ContentHandler {

    /** The document holds something this writer does not lay out as the JDK's serializer would. */
    static final class Unhandled extends SAXException {
        private static final long serialVersionUID = 1L;

        Unhandled(String what) {
            super(what);
        }
    }

    private static final byte[] DECLARATION = "<?xml version=\"1.1\" encoding=\"UTF-8\"?>".getBytes(
            java.nio.charset.StandardCharsets.US_ASCII);
    private static final int INDENT = 4;
    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private byte[] bytes = new byte[1 << 16];
    private char[] chars = new char[1 << 12];
    private int length;
    private int depth;
    /** The last start tag is not closed yet ("/>" if nothing follows, ">" otherwise). */
    private boolean startTagOpen;
    /** The node just written was text: no line break before the next tag. */
    private boolean afterText;
    private final List<String> prefixMappings = new ArrayList<>();

    /** The bytes of the document written since the last {@link #startDocument()}. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    /** Lets a buffer grown by one very large document go. */
    void shrink() {
        if (bytes.length > 1 << 22) {
            bytes = new byte[1 << 16];
        }
        if (chars.length > 1 << 20) {
            chars = new char[1 << 12];
        }
    }

    @Override
    public void startDocument() {
        reset();
        ascii(DECLARATION);
    }

    private void reset() {
        length = 0;
        depth = 0;
        startTagOpen = false;
        afterText = false;
        prefixMappings.clear();
    }

    /** The bytes written since the last {@link #startDocument()}. */
    byte[] toByteArray() {
        return java.util.Arrays.copyOf(bytes, length);
    }

    @Override
    public void endDocument() {
        closeStartTag();
        if (!afterText) {
            ascii('\n');
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        prefixMappings.add(prefix);
        prefixMappings.add(uri);
    }

    @Override
    public void endPrefixMapping(String prefix) {
        // declared on the element that follows its start
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        openStartTag();
        name(qName);
        // the JDK's serializer declares the prefixes mapped before the element first, and writes an attribute
        // that declares one of them again (UIMA does both) in the declaration's place: the values agree
        List<String> declared = prefixMappings.isEmpty() ? List.of() : new ArrayList<>();
        for (int i = 0; i < prefixMappings.size(); i += 2) {
            String prefix = prefixMappings.get(i);
            String attribute = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
            String value = attributes.getValue(attribute);
            declared.add(attribute);
            ascii(' ');
            name(attribute);
            attributeValue(value == null ? prefixMappings.get(i + 1) : value);
        }
        prefixMappings.clear();
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String attribute = attributes.getQName(i);
            if (!declared.isEmpty() && declared.contains(attribute)) {
                continue;
            }
            ascii(' ');
            name(attribute);
            attributeValue(attributes.getValue(i));
        }
        startTagOpen = true;
        afterText = false;
        depth++;
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (closeElement()) {
            name(qName);
            ascii('>');
        }
    }

    // The direct calls of CasXmiWriter: the same layout as the SAX events above, from names it checked once.

    /** Starts a document with {@code rootStartTag} (declaration and the root's start tag, left open). */
    void startDocument(byte[] rootStartTag) {
        reset();
        ascii(rootStartTag);
        startTagOpen = true;
        depth = 1;
    }

    /** Starts an element named {@code qName} (ASCII). */
    void startElement(byte[] qName) {
        openStartTag();
        ascii(qName);
        startTagOpen = true;
        afterText = false;
        depth++;
    }

    /** Ends the element named {@code qName} (ASCII). */
    void endElement(byte[] qName) {
        if (closeElement()) {
            ascii(qName);
            ascii('>');
        }
    }

    /** Starts an attribute of the open start tag: {@code nameEqualsQuote} is {@code ' name="'} in ASCII. */
    void startAttribute(byte[] nameEqualsQuote) {
        ascii(nameEqualsQuote);
    }

    /**
     * An attribute with an integer value, {@code nameEqualsQuote} ({@code ' name="'} in ASCII), the value as
     * {@link Integer#toString(int)} writes it and the closing quote: one call for what most attributes of a
     * document are (ids, offsets, references).
     */
    void attribute(byte[] nameEqualsQuote, int value) {
        if (value < 0) {
            ascii(nameEqualsQuote);
            ascii(Integer.toString(value));
            ascii('"');
            return;
        }
        int digits = DecimalDigits.count(value);
        ensure(nameEqualsQuote.length + digits + 1);
        byte[] out = bytes;
        int at = length;
        System.arraycopy(nameEqualsQuote, 0, out, at, nameEqualsQuote.length);
        at += nameEqualsQuote.length;
        DecimalDigits.write(out, at, digits, value);
        at += digits;
        out[at] = '"';
        length = at + 1;
    }

    /** Part of an attribute's value, escaped as {@link #attributeValue} escapes it. */
    void value(String value) throws Unhandled {
        int n = value.length();
        char[] buffer = chars(n);
        value.getChars(0, n, buffer, 0);
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = buffer[i];
            if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"') {
                if (length == bytes.length) {
                    ensure(n - i);
                }
                bytes[length++] = (byte) c; // most of a value, the sofa's text above all, is plain ASCII
                continue;
            }
            switch (c) {
                case '&' -> ascii("&amp;");
                case '<' -> ascii("&lt;");
                case '>' -> ascii("&gt;");
                case '"' -> ascii("&quot;");
                case '\n' -> ascii("&#10;");
                case '\t' -> ascii("&#9;");
                default -> i = character(buffer, i, n, true);
            }
        }
    }

    /** An integer in an attribute's value, as {@link Integer#toString(int)} writes it. */
    void value(int value) {
        if (value < 0) {
            ascii(Integer.toString(value));
            return;
        }
        int digits = DecimalDigits.count(value);
        ensure(digits);
        DecimalDigits.write(bytes, length, digits, value);
        length += digits;
    }

    /** Ends an attribute's value. */
    void endAttribute() {
        ascii('"');
    }

    /** The text of an element, as {@link #characters} writes it. */
    void text(String text) throws Unhandled {
        if (text != null && !text.isEmpty()) {
            char[] buffer = chars(text.length());
            text.getChars(0, text.length(), buffer, 0);
            characters(buffer, 0, text.length());
        }
    }

    /** Writes a line break and indent unless text came just before, then {@code <}. */
    private void openStartTag() {
        if (startTagOpen) {
            ascii('>');
            startTagOpen = false;
        }
        if (depth > 0 && !afterText) {
            lineBreak(depth);
        }
        ascii('<');
    }

    /** Ends the current element: {@code />} if its start tag is still open, else a line break and {@code </}. */
    private boolean closeElement() {
        depth--;
        boolean endTag = !startTagOpen;
        if (startTagOpen) {
            ascii('/');
            ascii('>');
            startTagOpen = false;
        } else {
            if (!afterText) {
                lineBreak(depth);
            }
            ascii('<');
            ascii('/');
        }
        afterText = false;
        return endTag;
    }

    @Override
    public void characters(char[] ch, int start, int count) throws Unhandled {
        if (count == 0) {
            return;
        }
        boolean blank = true;
        for (int i = start; i < start + count && blank; i++) {
            blank = ch[i] == ' ' || ch[i] == '\t' || ch[i] == '\n' || ch[i] == '\r';
        }
        if (blank) {
            throw new Unhandled("text of white space alone");
        }
        closeStartTag();
        ensure(count);
        for (int i = start, end = start + count; i < end; i++) {
            char c = ch[i];
            if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>') {
                if (length == bytes.length) {
                    ensure(end - i);
                }
                bytes[length++] = (byte) c;
                continue;
            }
            switch (c) {
                case '&' -> ascii("&amp;");
                case '<' -> ascii("&lt;");
                case '>' -> ascii("&gt;");
                case '\n' -> ascii('\n');
                default -> i = character(ch, i, end, false);
            }
        }
        afterText = true;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int count) throws SAXException {
        characters(ch, start, count);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        throw new Unhandled("processing instruction");
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        throw new Unhandled("skipped entity");
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        // no locations to report
    }

    private void closeStartTag() {
        if (startTagOpen) {
            ascii('>');
            startTagOpen = false;
        }
    }

    private void lineBreak(int level) {
        ensure(1 + level * INDENT);
        bytes[length++] = '\n';
        for (int i = level * INDENT; i > 0; i--) {
            bytes[length++] = ' ';
        }
    }

    /** An element or attribute name: XMI names are ASCII; anything else is left to the JDK's serializer. */
    private void name(String name) throws SAXException {
        int n = name.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                throw new Unhandled("name " + name);
            }
            bytes[length++] = (byte) c;
        }
    }

    private void attributeValue(String value) throws Unhandled {
        ascii('=');
        ascii('"');
        value(value);
        ascii('"');
    }

    /**
     * The character at {@code i} of text or of an attribute value, other than plain ASCII and the escaped ones;
     * returns the index of its last char (the low surrogate of a pair).
     */
    private int character(char[] text, int i, int end, boolean inAttribute) throws Unhandled {
        char c = text[i];
        if (c == '\t') {
            ascii('\t');
        } else if (c >= 0xA0 && c < 0x800) {
            ensure(2);
            bytes[length++] = (byte) (0xC0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (c >= 0x800 && c != 0x2028 && !Character.isSurrogate(c) && c < 0xFFFE) {
            ensure(3);
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (c >= 0x7F && c < 0xA0 || c == 0x2028) {
            if (inAttribute) {
                hexReference(c);
            } else {
                decimalReference(c);
            }
        } else if (c > 0 && c < 0x20) {
            decimalReference(c);
        } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
            decimalReference(Character.toCodePoint(c, text[i + 1]));
            return i + 1;
        } else {
            throw new Unhandled("character U+" + Integer.toHexString(c));
        }
        return i;
    }

    /** {@code &#N;}, as the JDK's serializer writes a character it must not write raw. */
    private void decimalReference(int codePoint) {
        ascii('&');
        ascii('#');
        value(codePoint);
        ascii(';');
    }

    /** {@code &#xHH;} in upper case, as {@link XmlCharRefOutputStream} writes a character the serializer wrote raw. */
    private void hexReference(char c) {
        ascii("&#x");
        for (int shift = c > 0xFF ? 12 : 4; shift >= 0; shift -= 4) {
            ascii(HEX_DIGITS[c >> shift & 0xF]);
        }
        ascii(';');
    }

    /** An ASCII character that needs no escaping (a separator or a digit in an attribute's value). */
    void ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
    }

    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
    }

    private void ascii(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    /** A reused buffer of at least {@code n} chars, to read a string without a bounds-checked charAt per char. */
    private char[] chars(int n) {
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        return chars;
    }

    /** Room for {@code more} bytes; small enough for C1 to inline where it is called, the growing is not. */
    private void ensure(int more) {
        if (length + more > bytes.length) {
            grow(more);
        }
    }

    private void grow(int more) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
}
