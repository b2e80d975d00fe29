package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The README's "Extending the type system" example, end to end, as a user would build it: the folder
 * {@code src/test/extension} holds the user's sources ({@code org.example.ClaimAnnotator},
 * {@code org.example.ClaimCsvWriter}), descriptor ({@code org/example/ClaimTypes.xml}, importing ours by
 * name) and {@code META-INF/org.apache.uima.fit/types.txt}. Maven does not compile that folder: the test
 * compiles the sources against the tool's class path into a folder of its own, which is on no class path
 * but the user class loader given to {@code annotate} (what {@code QUOTESTANCE_CLASSPATH} does for the
 * launcher). The claim reaches the XMI and the user's CSV.
 */
class ExtensionExampleTest {

    @TempDir
    Path tmp;

    private static Path extensionFolder() {
        String root = System.getProperty("quotestance.projectRoot");
        Path folder = root == null ? Path.of("src/test/extension") : Path.of(root, "pipeline/src/test/extension");
        assertTrue(Files.isDirectory(folder), "no extension fixture at " + folder.toAbsolutePath());
        return folder;
    }

    /** The extension's classes and resources, compiled and copied into {@code classes} as a user's build would. */
    private static void buildExtension(Path classes) throws IOException {
        Path sources = extensionFolder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> javaFiles = new ArrayList<>();
        for (Path file : files) {
            if (file.toString().endsWith(".java")) {
                javaFiles.add(file.toString());
            } else {
                Path copy = classes.resolve(sources.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        assertEquals(2, javaFiles.size(), "the example has two classes: " + javaFiles);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no Java compiler in this JDK");
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17",
                "-proc:none", "-cp", System.getProperty("java.class.path")));
        arguments.addAll(javaFiles);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int code = javac.run(null, log, log, arguments.toArray(String[]::new));
        assertEquals(0, code, log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void claimAnnotatorAndClaimWriterRunAsExtraEngines() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(in.resolve("budget.txt"), "Schools plan\n\n"
                + "\"We will build 300 new schools this year,\" Education Minister Jane Roe said on Monday.\n\n"
                + "\"We are ready to talk,\" she said.\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("corpus");
        Path claims = tmp.resolve("claims.csv");

        int code;
        StringWriter err = new StringWriter();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Path classes = Files.createDirectory(tmp.resolve("extension-classes"));
        buildExtension(classes);
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.example.ClaimAnnotator"),
                "the example must not be on the test class path, or loading it as a user class proves nothing");
        try (URLClassLoader userClassPath = new URLClassLoader(new URL[] { classes.toUri().toURL() }, previous)) {
            Thread.currentThread().setContextClassLoader(userClassPath);
            CommandLine cli = Main.commandLine();
            cli.setErr(new PrintWriter(err, true));
            code = cli.execute("annotate", in.toString(), "--out", out.toString(), "--no-progress",
                    "--formats", "xmi,csv",
                    "--extra-engine", "org.example.ClaimAnnotator",
                    "--extra-engine", "org.example.ClaimCsvWriter,targetLocation=" + claims);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertEquals(0, code, err.toString());

        CAS cas = CasCreationUtils.createCas(UIMAFramework.getXMLParser().parseTypeSystemDescription(
                new XMLInputSource(out.resolve("xmi/TypeSystem.xml").toFile())), null, null);
        try (InputStream xmi = Files.newInputStream(out.resolve("xmi/budget.xmi"))) {
            XmiCasDeserializer.deserialize(xmi, cas);
        }
        Type claimType = cas.getTypeSystem().getType("org.example.Claim");
        assertNotNull(claimType, "org.example.Claim is not in the corpus type system");
        List<AnnotationFS> found = cas.getAnnotationIndex(claimType).select().asList();
        assertEquals(1, found.size(), "one DIRECT quote holds a number");
        AnnotationFS claim = found.get(0);
        assertEquals("CHECK", claim.getStringValue(claimType.getFeatureByBaseName("verdict")));
        assertTrue(claim.getCoveredText().contains("300 new schools"), claim.getCoveredText());
        Feature quote = claimType.getFeatureByBaseName("quote");
        assertEquals("org.quotestance.type.Quote", claim.getFeatureValue(quote).getType().getName());

        try (Reader reader = Files.newBufferedReader(claims);
                CSVParser csv = CSVParser.parse(reader,
                        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(1, rows.size());
            assertEquals("budget", rows.get(0).get("doc_id"));
            assertEquals("CHECK", rows.get(0).get("verdict"));
            assertEquals(claim.getCoveredText(), rows.get(0).get("text"));
        }
    }

    @Test
    void unknownExtraEngineClassIsAClearError() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Text.\n");
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("annotate", in.toString(), "--out", tmp.resolve("out").toString(), "--no-progress",
                "--extra-engine", "org.example.NoSuchEngine");
        assertEquals(2, code);
        assertTrue(err.toString().contains("org.example.NoSuchEngine"), err.toString());
    }
}
