package org.quotestance.curation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.uima.UIMAException;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.xml.sax.SAXException;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * A folder of XMI files as {@code annotate} writes them or as INCEpTION exports them ("UIMA CAS XMI
 * (XML 1.1)"), searched recursively. The CASes use our type system merged with every type system file
 * of the folder ({@code TypeSystem.xml}, any case), so a curator's own layers load with the document;
 * an XMI element of a type no type system declares is skipped rather than failing the document.
 */
public final class XmiFolder {

    /** The names INCEpTION gives a document's curated and initial CAS. */
    private static final Set<String> RESERVED = Set.of("CURATION_USER", "INITIAL_CAS");

    private final Path root;
    private final List<Path> files;
    private final TypeSystemDescription typeSystem;
    private final Map<String, Path> loaded = new HashMap<>();

    private XmiFolder(Path root, List<Path> files, TypeSystemDescription typeSystem) {
        this.root = root;
        this.files = files;
        this.typeSystem = typeSystem;
    }

    public static XmiFolder open(Path root) throws IOException, ResourceInitializationException {
        if (!Files.isDirectory(root)) {
            throw new IOException("XMI folder does not exist: " + root);
        }
        List<Path> xmi;
        List<Path> typeSystemFiles;
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = walk.filter(Files::isRegularFile).sorted().toList();
            xmi = all.stream().filter(p -> name(p).endsWith(".xmi")).toList();
            typeSystemFiles = all.stream().filter(p -> name(p).equals("typesystem.xml")).toList();
        }
        List<TypeSystemDescription> typeSystems = new ArrayList<>();
        typeSystems.add(TypeSystemDescriptionFactory.createTypeSystemDescription());
        for (Path file : typeSystemFiles) {
            try {
                typeSystems.add(UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(file.toFile())));
            } catch (InvalidXMLException e) {
                throw new IOException("not a UIMA type system: " + file + ": " + e.getMessage(), e);
            }
        }
        return new XmiFolder(root, xmi, CasCreationUtils.mergeTypeSystems(typeSystems));
    }

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** The XMI files, in path order. */
    public List<Path> files() {
        return files;
    }

    /** A file's name relative to the folder, as reports give it. */
    public String relativeName(Path file) {
        return root.relativize(file).toString();
    }

    public JCas newJCas() throws UIMAException {
        return JCasFactory.createJCas(typeSystem);
    }

    /**
     * The document id of {@code file}: its name without {@code .xmi} (and without the {@code .txt} of a
     * {@code <doc_id>.txt.xmi}), as {@code annotate} names its files and INCEpTION names a downloaded document; for INCEpTION's project export, where a document's
     * curated CAS is {@code curation/<document>/CURATION_USER.xmi}, the name of its folder without the
     * extension. INCEpTION keeps the user's name in {@code DocumentMetaData.documentId}, so that field
     * cannot name the document.
     */
    public String documentId(Path file) {
        String stem = stem(file.getFileName().toString());
        Path parent = file.getParent();
        boolean reserved = RESERVED.contains(stem);
        return reserved && parent != null && !parent.equals(root) ? stem(parent.getFileName().toString()) : stem;
    }

    /** The name without its extension, and without the {@code .txt} or {@code .xmi} of a document name before it. */
    private static String stem(String name) {
        String stem = name.replaceFirst("(?i)\\.[a-z0-9]{1,5}$", "");
        return stem.replaceFirst("(?i)\\.(txt|xmi)$", "");
    }

    /**
     * Reads {@code file} into {@code jcas} (reset first), skipping elements of unknown types, and sets its
     * {@code DocumentMetaData} document id (creating the annotation when the file has none) to
     * {@link #documentId}. A second file with the same document id is an error: it is not read.
     */
    public void load(Path file, JCas jcas) throws IOException, SAXException {
        String docId = documentId(file);
        Path first = loaded.putIfAbsent(docId, file);
        if (first != null && !first.equals(file)) {
            throw new IOException("document id " + docId + " is already taken by " + relativeName(first));
        }
        jcas.reset();
        try (InputStream in = Files.newInputStream(file)) {
            XmiCasDeserializer.deserialize(in, jcas.getCas(), true);
        }
        DocumentMetaData meta = jcas.select(DocumentMetaData.class).singleOrNull();
        if (meta == null) {
            meta = DocumentMetaData.create(jcas);
        }
        meta.setDocumentId(docId);
    }
}
