package org.quotestance.curation;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Completes what a curator may leave half-filled, before the exports read a curated document: a quote
 * added by hand gets a quote id (numbered on from the highest of its document, so a deleted quote's id is
 * never reused; kept ids stay as they are), and a location given only a GeoNames id gets that place's name, country,
 * feature class and coordinates from the gazetteer. Nothing a curator did fill in is changed.
 */
@TypeCapability(inputs = { "org.quotestance.type.Quote", "org.quotestance.type.Location" },
        outputs = { "org.quotestance.type.Quote:quoteId", "org.quotestance.type.Location:name",
            "org.quotestance.type.Location:latitude", "org.quotestance.type.Location:longitude" })
public class CuratedAnnotationCompleter extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        numberNewQuotes(jcas);
        for (Location location : jcas.select(Location.class)) {
            if (location.getGeonamesId() != 0 && location.getLatitude() == 0 && location.getLongitude() == 0) {
                Gazetteer.shared().byGeonamesId(location.getGeonamesId()).ifPresent(place -> fill(location, place));
            }
        }
    }

    private static void numberNewQuotes(JCas jcas) {
        String prefix = DocumentMetaData.get(jcas).getDocumentId() + "-q";
        int last = 0;
        for (Quote quote : jcas.select(Quote.class)) {
            String id = quote.getQuoteId();
            if (id != null && id.startsWith(prefix) && id.substring(prefix.length()).matches("\\d{1,9}")) {
                last = Math.max(last, Integer.parseInt(id.substring(prefix.length())));
            }
        }
        for (Quote quote : jcas.select(Quote.class)) {
            if (quote.getQuoteId() == null || quote.getQuoteId().isBlank()) {
                quote.setQuoteId(prefix + (++last));
            }
        }
    }

    private static void fill(Location location, GazetteerEntry place) {
        if (location.getName() == null || location.getName().isBlank()) {
            location.setName(place.name());
        }
        if (location.getCountryCode() == null || location.getCountryCode().isBlank()) {
            location.setCountryCode(place.countryCode());
        }
        if (location.getFeatureClass() == null || location.getFeatureClass().isBlank()) {
            location.setFeatureClass(place.featureClass());
        }
        location.setLatitude(place.latitude());
        location.setLongitude(place.longitude());
    }
}
