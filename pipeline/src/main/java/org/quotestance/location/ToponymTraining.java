package org.quotestance.location;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;

import opennlp.tools.ml.model.Event;

/**
 * Training events of the toponym classifier: one per place-name candidate of an annotated
 * document ({@link LocationAnnotator#locate}), labelled {@code yes} when it overlaps a gold
 * toponym. Candidates on a gold demonym are left out (the gold neither requires nor penalises
 * them), and so are places inside organisation names in gold sets that mark them ("Dublin City
 * Council" in LGL), because GeoWebNews, which does not, is the convention we follow.
 */
public final class ToponymTraining {

    /** A gold span in UTF-16 offsets. */
    public record Span(int begin, int end) {
        boolean overlaps(ToponymMention m) {
            return m.begin() < end && begin < m.end();
        }
    }

    private final LocationAnnotator annotator = LocationAnnotator.forTraining();

    /**
     * @param jcas                   a document that went through the layers before locations
     * @param organisationPlacesGold whether the gold marks places inside organisation names
     */
    public List<Event> events(JCas jcas, List<Span> toponyms, List<Span> demonyms, boolean organisationPlacesGold) {
        List<ToponymMention> candidates = annotator.locate(jcas).candidates();
        List<String[]> contexts = annotator.features(candidates);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            ToponymMention candidate = candidates.get(i);
            boolean toponym = toponyms.stream().anyMatch(g -> g.overlaps(candidate));
            if (!toponym && demonyms.stream().anyMatch(g -> g.overlaps(candidate))
                    || organisationPlacesGold && ExclusionRules.ORGANISATION.equals(candidate.verdict)) {
                continue;
            }
            events.add(new Event(toponym ? BinaryClassifier.YES : BinaryClassifier.NO, contexts.get(i)));
        }
        return events;
    }

    /** A model trained on the events, as the bytes of its file. */
    public static byte[] train(List<Event> events) {
        return ModelTrainer.bytes(ModelTrainer.train(events));
    }
}
