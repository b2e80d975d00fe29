package org.example;

import java.util.regex.Pattern;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;

/**
 * The README's extension example: marks each DIRECT quote that contains a number as an
 * {@code org.example.Claim} with verdict {@code CHECK}. It uses the CAS API, so it needs no generated
 * JCas classes; the type comes from {@code org/example/ClaimTypes.xml}, registered in
 * {@code META-INF/org.apache.uima.fit/types.txt}.
 */
@TypeCapability(inputs = "org.quotestance.type.Quote", outputs = "org.example.Claim")
public class ClaimAnnotator extends CasAnnotator_ImplBase {

    private static final Pattern NUMBER = Pattern.compile("\\d");

    @Override
    public void process(CAS cas) {
        Type quoteType = cas.getTypeSystem().getType("org.quotestance.type.Quote");
        Feature quoteTypeFeature = quoteType.getFeatureByBaseName("quoteType");
        Type claimType = cas.getTypeSystem().getType("org.example.Claim");
        Feature quoteFeature = claimType.getFeatureByBaseName("quote");
        Feature verdict = claimType.getFeatureByBaseName("verdict");
        for (AnnotationFS quote : cas.getAnnotationIndex(quoteType).select().asList()) {
            if ("DIRECT".equals(quote.getStringValue(quoteTypeFeature))
                    && NUMBER.matcher(quote.getCoveredText()).find()) {
                AnnotationFS claim = cas.createAnnotation(claimType, quote.getBegin(), quote.getEnd());
                claim.setFeatureValue(quoteFeature, quote);
                claim.setStringValue(verdict, "CHECK");
                cas.addFsToIndexes(claim);
            }
        }
    }
}
