package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.OutputKeys;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.StringArray;
import org.apache.uima.util.XMLSerializer;
import org.junit.jupiter.api.Test;
import org.quotestance.type.SpeakerEntity;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/** The direct XMI layout against the JDK's serializer behind UIMA's XMLSerializer (the oracle), byte for byte. */
class XmiBytesTest {

    /** A document of the shapes XMI has: namespaces, attributes, an empty element, text elements, nesting. */
    private static void events(ContentHandler h, String value) throws SAXException {
        events(h, List.of(value));
    }

    private static void events(ContentHandler h, List<String> values) throws SAXException {
        h.startDocument();
        h.startPrefixMapping("xmi", "http://www.omg.org/XMI");
        h.startPrefixMapping("type4", "http:///org/quotestance/type.ecore");
        AttributesImpl root = new AttributesImpl();
        root.addAttribute("http://www.omg.org/XMI", "version", "xmi:version", "CDATA", "2.0");
        h.startElement("http://www.omg.org/XMI", "XMI", "xmi:XMI", root);
        for (String value : values) {
            element(h, value);
        }
        h.endElement("http://www.omg.org/XMI", "XMI", "xmi:XMI");
        h.endDocument();
    }

    private static void element(ContentHandler h, String value) throws SAXException {
        AttributesImpl empty = new AttributesImpl();
        empty.addAttribute("", "name", "name", "CDATA", value);
        empty.addAttribute("", "end", "end", "CDATA", "12");
        h.startElement("http:///org/quotestance/type.ecore", "Quote", "type4:Quote", empty);
        h.endElement("http:///org/quotestance/type.ecore", "Quote", "type4:Quote");
        h.startElement("http:///org/quotestance/type.ecore", "SpeakerEntity", "type4:SpeakerEntity", empty);
        for (String text : List.of(value, "plain")) {
            h.startElement("", "variants", "variants", new AttributesImpl());
            h.characters(text.toCharArray(), 0, text.length());
            h.endElement("", "variants", "variants");
        }
        h.endElement("http:///org/quotestance/type.ecore", "SpeakerEntity", "type4:SpeakerEntity");
    }

    private static byte[] throughJdk(List<String> values) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new XmlCharRefOutputStream(bytes)) {
            XMLSerializer xml = new XMLSerializer(out, true);
            xml.setOutputProperty(OutputKeys.VERSION, "1.1");
            events(xml.getContentHandler(), values);
        }
        return bytes.toByteArray();
    }

    private static byte[] throughJdk(String value) throws Exception {
        return throughJdk(List.of(value));
    }

    private static byte[] direct(String value) throws Exception {
        return direct(List.of(value));
    }

    private static byte[] direct(List<String> values) throws Exception {
        XmiBytes direct = new XmiBytes();
        events(direct, values);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        direct.writeTo(bytes);
        return bytes.toByteArray();
    }

    @Test
    void everyCharacterItLaysOutItLaysOutAsTheJdkSerializerDoes() throws Exception {
        List<String> handled = new ArrayList<>();
        XmiBytes probe = new XmiBytes();
        for (int c = 0; c <= 0xFFFF; c++) {
            String value = "a" + (char) c + "b";
            try {
                events(probe, value);
                handled.add(value);
            } catch (XmiBytes.Unhandled e) {
                // left to the JDK's serializer
            }
        }
        // all of the BMP but U+0000, surrogates and U+FFFE/U+FFFF
        assertEquals(0x10000 - 1 - 0x800 - 2, handled.size());
        String expected = new String(throughJdk(handled), StandardCharsets.UTF_8);
        String written = new String(direct(handled), StandardCharsets.UTF_8);
        String[] expectedLines = expected.split("\n", -1);
        String[] writtenLines = written.split("\n", -1);
        assertEquals(expectedLines.length, writtenLines.length);
        for (int i = 0; i < expectedLines.length; i++) {
            assertEquals(expectedLines[i], writtenLines[i], "line " + (i + 1));
        }
    }

    @Test
    void textsAndEmptyValuesAreLaidOutAsTheJdkSerializerDoes() throws Exception {
        for (String value : List.of("", "x", " leading and trailing ", "\"quoted\" & <tagged>", "line\nbreak",
                "tab\there", "Xankəndi — “curly”", "It\u0092s", "line\u2028sep", "carriage\r\nreturn",
                "escape\u001B[0m", "emoji \uD83D\uDE00", "\uD800\uDC00 to \uDBFF\uDFFF")) {
            assertEquals(new String(throughJdk(value), StandardCharsets.UTF_8),
                    new String(direct(value), StandardCharsets.UTF_8), value);
        }
    }

    @Test
    void whiteSpaceAloneAndCharactersXmlCannotHoldAreLeftToTheJdkSerializer() {
        for (String value : List.of(" ", "\n", " \r\n", "lone \uD83D surrogate", "lone \uDE00", "end \uD83D",
                "null\u0000", "\uFFFE", "\uFFFF")) {
            assertThrows(XmiBytes.Unhandled.class, () -> direct(value), value);
        }
    }

    @Test
    void integerAttributesAndValuesAreWrittenAsIntegerToStringWritesThem() {
        List<Integer> values = new ArrayList<>(List.of(0, -1, -10, Integer.MIN_VALUE, Integer.MAX_VALUE));
        for (long power = 1; power <= 1_000_000_000L; power *= 10) { // each number of digits, at its edges
            values.addAll(List.of((int) power - 1, (int) power, (int) power + 1));
        }
        byte[] name = " begin=\"".getBytes(StandardCharsets.US_ASCII);
        XmiBytes direct = new XmiBytes();
        direct.startDocument();
        StringBuilder expected = new StringBuilder("<?xml version=\"1.1\" encoding=\"UTF-8\"?>");
        // enough of them to grow the buffer from its first 64 KiB, twice
        for (int round = 0; round < 2_000; round++) {
            for (int value : values) {
                direct.attribute(name, value);
                direct.ascii(' ');
                direct.value(value);
                expected.append(" begin=\"").append(value).append("\" ").append(value);
            }
        }
        assertTrue(expected.length() > 1 << 17);
        assertEquals(expected.toString(), new String(direct.toByteArray(), StandardCharsets.US_ASCII));
    }

    @Test
    void aDocumentWithTextArraysAndRareCharactersIsWrittenAsTheJdkSerializerWritesIt() throws Exception {
        for (String text : List.of("Abbas Araqchi said \"no\" & left.\nNext <line>.",
                "It\u0092s \uD83D\uDE00 and\r\nmore\u2028.")) {
            JCas jcas = JCasFactory.createJCas();
            jcas.setDocumentText(text);
            DocumentMetaData meta = DocumentMetaData.create(jcas);
            meta.setDocumentId("doc");
            meta.setDocumentTitle("A \"title\" & more");
            SpeakerEntity speaker = new SpeakerEntity(jcas);
            speaker.setCanonicalName("Abbas Araqchi");
            StringArray variants = new StringArray(jcas, 2);
            variants.set(0, "Abbas Araqchi");
            variants.set(1, "Araqchi");
            speaker.setVariants(variants);
            speaker.addToIndexes();
            ByteArrayOutputStream jdk = new ByteArrayOutputStream();
            XmiCorpusWriter.writeXmiThroughJdkSerializer(jcas.getCas(), jdk);
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            XmiCorpusWriter.writeXmi(jcas.getCas(), written);
            String expected = jdk.toString(StandardCharsets.UTF_8);
            assertTrue(expected.contains("<variants>Araqchi</variants>"), expected);
            assertEquals(expected, written.toString(StandardCharsets.UTF_8));
        }
    }
}
