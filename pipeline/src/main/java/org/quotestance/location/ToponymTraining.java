package org.quotestance.location;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;

import opennlp.tools.ml.model.Event;

/**
 * Training events of the toponym classifier: one per place-name candidate of an annotated
 * document ({@link LocationAnnotator#locate}), labelled {@code yes} when it overlaps a gold
 * toponym; and of the resolution ranker: the candidates on gold toponyms, each GeoNames sense
 * labelled by whether it lies within 161 km of the gold point ({@link LearnedResolver#events});
 * and of the usage classifier: the candidates on gold toponyms with a literal/metonymic type. Candidates on a gold demonym are left out (the gold neither requires nor penalises
 * them). Places inside organisation names ("Dublin City Council") carry the gold set's convention
 * as a feature: LGL and TR-News mark them, GeoWebNews does not.
 */
public final class ToponymTraining {

    /** A gold span in UTF-16 offsets, with its point (NaN when the gold gives none). */
    public record Span(int begin, int end, double latitude, double longitude, Boolean metonymic) {
        boolean overlaps(ToponymMention m) {
            return m.begin() < end && begin < m.end();
        }

        boolean hasPoint() {
            return !Double.isNaN(latitude) && !Double.isNaN(longitude);
        }
    }

    /** The events of one document for the three models. */
    public record Events(List<Event> toponym, List<Event> resolution, List<Event> usage) {
    }

    private final LocationAnnotator annotator = LocationAnnotator.forTraining();

    /**
     * @param jcas                   a document that went through the layers before locations
     * @param organisationPlacesGold whether the gold marks places inside organisation names
     */
    public Events events(JCas jcas, List<Span> toponyms, List<Span> demonyms, boolean organisationPlacesGold) {
        List<ToponymMention> candidates = annotator.locate(jcas).candidates();
        List<String[]> contexts = annotator.features(candidates, organisationPlacesGold);
        List<Event> events = new ArrayList<>();
        List<ToponymMention> onGold = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            ToponymMention candidate = candidates.get(i);
            boolean toponym = toponyms.stream().anyMatch(g -> g.overlaps(candidate));
            if (toponym) {
                onGold.add(candidate);
            }
            if (!toponym && demonyms.stream().anyMatch(g -> g.overlaps(candidate))) {
                continue;
            }
            events.add(new Event(toponym ? BinaryClassifier.YES : BinaryClassifier.NO, contexts.get(i)));
        }
        List<Event> resolution = annotator.resolutionEvents(onGold, mention -> toponyms.stream()
                .filter(g -> g.overlaps(mention) && g.hasPoint()).findFirst()
                .map(g -> new double[] { g.latitude(), g.longitude() }).orElse(null));
        List<Event> usage = annotator.usageEvents(onGold, mention -> toponyms.stream()
                .filter(g -> g.overlaps(mention) && g.metonymic() != null).findFirst()
                .map(Span::metonymic).orElse(null));
        return new Events(events, resolution, usage);
    }

    /** A model trained on the events, as the bytes of its file. */
    public static byte[] train(List<Event> events) {
        return ModelTrainer.bytes(ModelTrainer.train(events));
    }

    /** Whether the events hold both outcomes, which a model needs. */
    public static boolean trainable(List<Event> events) {
        return events.stream().map(Event::getOutcome).distinct().count() == 2;
    }
}
