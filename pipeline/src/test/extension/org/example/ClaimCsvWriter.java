package org.example;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.resource.ResourceInitializationException;

/** The README's extension example: writes every {@code org.example.Claim} of the corpus to one CSV file. */
@TypeCapability(inputs = "org.example.Claim")
public class ClaimCsvWriter extends CasAnnotator_ImplBase {

    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION, description = "The CSV file to write")
    private String targetLocation;

    private CSVPrinter csv;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            Path file = Path.of(targetLocation);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("doc_id", "quote_id", "begin", "end",
                    "verdict", "text").get());
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(CAS cas) throws AnalysisEngineProcessException {
        Type metaType = cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData");
        String docId = cas.getAnnotationIndex(metaType).iterator().next()
                .getStringValue(metaType.getFeatureByBaseName("documentId"));
        Type claimType = cas.getTypeSystem().getType("org.example.Claim");
        Feature quote = claimType.getFeatureByBaseName("quote");
        Feature verdict = claimType.getFeatureByBaseName("verdict");
        Feature quoteId = cas.getTypeSystem().getType("org.quotestance.type.Quote").getFeatureByBaseName("quoteId");
        try {
            for (AnnotationFS claim : cas.getAnnotationIndex(claimType)) {
                csv.printRecord(docId, claim.getFeatureValue(quote).getStringValue(quoteId), claim.getBegin(),
                        claim.getEnd(), claim.getStringValue(verdict), claim.getCoveredText());
            }
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        try {
            csv.close();
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }
}
