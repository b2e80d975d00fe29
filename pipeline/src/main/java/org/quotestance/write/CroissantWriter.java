package org.quotestance.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes {@code croissant.json}, MLCommons Croissant 1.0 metadata (JSON-LD) of the corpus, when the
 * collection is complete: the CSV tables and the JSONL file as {@code cr:FileObject}s with the SHA-256 of
 * their contents, a record set per CSV table with its columns and their data types, and a record set
 * {@value #JSONL_RECORD_SET} of the JSONL file's articles (id, text and metadata, extracted by JSON path;
 * its nested layers hold the same records as the CSV tables). It must run after the writers of those files
 * (the pipeline puts it last).
 */
public class CroissantWriter extends JCasAnnotator_ImplBase {

    /** The file's path inside the corpus folder. */
    public static final String FILE = "croissant.json";

    /** The record set of the JSONL file: one record per article. */
    public static final String JSONL_RECORD_SET = "articles";

    /** JSONL article fields described in Croissant: name, JSON path, data type (as the same CSV columns). */
    private static final List<String[]> JSONL_FIELDS = List.of(
            new String[] { "id", "$.id", "sc:Text" }, new String[] { "text", "$.text", "sc:Text" },
            new String[] { "outlet", "$.meta.outlet", "sc:Text" },
            new String[] { "date", "$.meta.date", CsvColumnTypes.dataType("date") },
            new String[] { "title", "$.meta.title", "sc:Text" },
            new String[] { "url", "$.meta.url", CsvColumnTypes.dataType("url") });

    public static final String PARAM_CORPUS_LOCATION = "corpusLocation";
    @ConfigurationParameter(name = PARAM_CORPUS_LOCATION, description = "The corpus folder")
    private String corpusLocation;

    public static final String PARAM_FORMATS = "formats";
    @ConfigurationParameter(name = PARAM_FORMATS, defaultValue = { "csv", "jsonl" },
            description = "Which of the corpus files to describe: csv, jsonl")
    private String[] formats;

    public static final String PARAM_TOOL_VERSION = "toolVersion";
    @ConfigurationParameter(name = PARAM_TOOL_VERSION, defaultValue = "dev", description = "The tool's version")
    private String toolVersion;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void process(JCas jcas) {
        // everything it describes is in the files the other writers complete
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        try {
            Path corpus = Path.of(corpusLocation);
            List<String> described = List.of(formats);
            ObjectNode root = MAPPER.createObjectNode();
            try (InputStream context = CroissantWriter.class.getResourceAsStream("croissant-context.json")) {
                root.set("@context", MAPPER.readTree(context));
            }
            root.put("@type", "sc:Dataset");
            root.put("name", DatasetInfo.NAME);
            root.put("description", DatasetInfo.DESCRIPTION);
            root.put("conformsTo", "http://mlcommons.org/croissant/1.0");
            root.put("citeAs", DatasetInfo.citation(toolVersion));
            root.put("license", DatasetInfo.LICENSE);
            root.put("url", "README.md");
            root.put("version", toolVersion);
            root.put("inLanguage", "en");
            ArrayNode distribution = root.putArray("distribution");
            ArrayNode recordSets = root.putArray("recordSet");
            List<String> files = new ArrayList<>();
            if (described.contains("jsonl")) {
                files.add(JsonlCorpusWriter.FILE);  // the largest: hashed first
            }
            if (described.contains("csv")) {
                for (CsvTable table : CsvTable.values()) {
                    files.add("csv/" + table.fileName());
                }
            }
            Map<String, String> sha256 = sha256s(corpus, files);
            if (described.contains("csv")) {
                for (CsvTable table : CsvTable.values()) {
                    String path = "csv/" + table.fileName();
                    distribution.add(fileObject(path, "text/csv", sha256.get(path)));
                    recordSets.add(recordSet(table, path));
                }
            }
            if (described.contains("jsonl")) {
                distribution.add(fileObject(JsonlCorpusWriter.FILE, "application/jsonlines",
                        sha256.get(JsonlCorpusWriter.FILE)));
                recordSets.add(jsonlRecordSet());
            }
            AtomicFile.write(corpus.resolve(FILE),
                    (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
        super.collectionProcessComplete();
    }

    /**
     * The SHA-256 of each file: as its writer recorded it ({@link WrittenFileDigests}), else hashed here, on as
     * many threads as there are cores, since this is the run's serial end, when the annotating threads are done.
     */
    private static Map<String, String> sha256s(Path corpus, List<String> files) throws IOException {
        Map<String, String> sha256 = new HashMap<>();
        if (files.isEmpty()) {
            return sha256;
        }
        ExecutorService threads = Executors.newFixedThreadPool(
                Math.min(files.size(), Runtime.getRuntime().availableProcessors()), r -> {
                    Thread t = new Thread(r, "croissant-sha256");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Map<String, Future<String>> hashing = new LinkedHashMap<>();
            for (String file : files) {
                hashing.put(file, threads.submit(() -> WrittenFileDigests.sha256(corpus.resolve(file))));
            }
            for (Map.Entry<String, Future<String>> file : hashing.entrySet()) {
                sha256.put(file.getKey(), file.getValue().get());
            }
            return sha256;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing the corpus files", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static ObjectNode fileObject(String path, String encodingFormat, String sha256) {
        ObjectNode file = MAPPER.createObjectNode();
        file.put("@type", "cr:FileObject");
        file.put("@id", path);
        file.put("name", path);
        file.put("contentUrl", path);
        file.put("encodingFormat", encodingFormat);
        file.put("sha256", sha256);
        return file;
    }

    private static ObjectNode recordSet(CsvTable table, String path) {
        String name = table.fileName().replace(".csv", "");
        List<ObjectNode> fields = new ArrayList<>();
        for (String column : table.columns()) {
            ObjectNode field = field(name, column, CsvColumnTypes.dataType(column), path);
            ((ObjectNode) field.get("source")).putObject("extract").put("column", column);
            fields.add(field);
        }
        return recordSet(name, fields);
    }

    private static ObjectNode jsonlRecordSet() {
        List<ObjectNode> fields = new ArrayList<>();
        for (String[] spec : JSONL_FIELDS) {
            ObjectNode field = field(JSONL_RECORD_SET, spec[0], spec[2], JsonlCorpusWriter.FILE);
            ((ObjectNode) field.get("source")).putObject("extract").put("jsonPath", spec[1]);
            fields.add(field);
        }
        return recordSet(JSONL_RECORD_SET, fields);
    }

    private static ObjectNode recordSet(String name, List<ObjectNode> fields) {
        ObjectNode set = MAPPER.createObjectNode();
        set.put("@type", "cr:RecordSet");
        set.put("@id", name);
        set.put("name", name);
        set.putArray("field").addAll(fields);
        return set;
    }

    private static ObjectNode field(String recordSet, String name, String dataType, String path) {
        ObjectNode field = MAPPER.createObjectNode();
        field.put("@type", "cr:Field");
        field.put("@id", recordSet + "/" + name);
        field.put("name", name);
        field.put("dataType", dataType);
        field.putObject("source").putObject("fileObject").put("@id", path);
        return field;
    }
}
