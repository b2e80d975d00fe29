package org.quotestance.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

import javax.xml.transform.OutputKeys;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.Level;
import org.apache.uima.util.TypeSystemUtil;
import org.apache.uima.util.XMLSerializer;
import org.xml.sax.SAXException;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Writes each document as {@code <doc_id>.xmi} (XMI in XML 1.1, as INCEpTION and DKPro Cassis read it)
 * and the type system as {@code TypeSystem.xml} beside the documents. Controls and line separators
 * that XML 1.1 needs as character references are written that way ({@link XmlCharRefOutputStream}),
 * so every document text reads back exactly.
 */
public class XmiCorpusWriter extends JCasAnnotator_ImplBase {

    public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";

    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION, description = "Folder the XMI files are written to")
    private String targetLocation;

    private Path folder;
    private boolean typeSystemWritten;
    private final XmiBytes bytes = new XmiBytes();
    private final CasXmiWriter direct = new CasXmiWriter();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        folder = Path.of(targetLocation);
        typeSystemWritten = false;
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String docId = DocumentMetaData.get(jcas).getDocumentId();
        try {
            if (!typeSystemWritten) {
                writeTypeSystem(jcas.getCas());
                typeSystemWritten = true;
            }
            try (AtomicFile file = AtomicFile.create(folder.resolve(docId + ".xmi"))) {
                writeXmi(jcas.getCas(), file.stream(), direct, bytes).ifPresent(reason -> getLogger().log(
                        Level.FINE, docId + ".xmi written through UIMA's serializer (slower, same bytes): " + reason));
                file.commit();
            }
        } catch (IOException | SAXException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /**
     * Writes {@code cas} as this writer's XMI (XML 1.1, character references where XML 1.1 needs them) to
     * {@code out} and closes it. Public so that other runners (the Spark module) write identical files.
     */
    public static void writeXmi(CAS cas, OutputStream out) throws IOException, SAXException {
        writeXmi(cas, out, new CasXmiWriter(), new XmiBytes());
    }

    /**
     * Lays the document out in {@code bytes} by walking the CAS ({@link CasXmiWriter}, the fast way); a CAS it
     * does not walk (lists, ...) goes through UIMA's serializer into {@code bytes} ({@link XmiBytes}), and a
     * document holding what neither lays out (rare characters) through the JDK's serializer: the same bytes
     * every way, more slowly. Returns why the walk left the document to a serializer, empty when it walked it.
     */
    static Optional<String> writeXmi(CAS cas, OutputStream out, CasXmiWriter direct, XmiBytes bytes)
            throws IOException, SAXException {
        Optional<String> notWalked = Optional.empty();
        try {
            direct.write(cas, bytes);
        } catch (XmiBytes.Unhandled e) {
            notWalked = Optional.of(e.getMessage());
            try {
                new XmiCasSerializer(cas.getTypeSystem()).serialize(cas, bytes);
            } catch (XmiBytes.Unhandled text) {
                writeXmiThroughJdkSerializer(cas, out);
                return notWalked;
            }
        }
        try (out) {
            bytes.writeTo(out);
        } finally {
            bytes.shrink();
        }
        return notWalked;
    }

    /** Writes {@code cas} with the JDK's serializer behind UIMA's {@link XMLSerializer}, as {@link #writeXmi} lays it out. */
    static void writeXmiThroughJdkSerializer(CAS cas, OutputStream out) throws IOException, SAXException {
        try (OutputStream xml = new XmlCharRefOutputStream(new BufferedOutputStream(out, 1 << 16))) {
            serialize(cas, xml);
        }
    }

    /** Writes the type system of {@code cas} as {@value #TYPE_SYSTEM_FILE} holds it to {@code out}. */
    public static void writeTypeSystem(CAS cas, OutputStream out) throws IOException, SAXException {
        TypeSystemUtil.typeSystem2TypeSystemDescription(cas.getTypeSystem()).toXML(out);
    }

    private static void serialize(CAS cas, OutputStream out) throws SAXException {
        XMLSerializer xml = new XMLSerializer(out, true);
        xml.setOutputProperty(OutputKeys.VERSION, "1.1");
        new XmiCasSerializer(cas.getTypeSystem()).serialize(cas, xml.getContentHandler());
    }

    private void writeTypeSystem(CAS cas) throws IOException, SAXException {
        try (AtomicFile file = AtomicFile.create(folder.resolve(TYPE_SYSTEM_FILE))) {
            writeTypeSystem(cas, file.stream());
            file.commit();
        }
    }
}
