package org.quotestance.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.testdata.SharedData;

import opennlp.tools.ml.model.Event;

/**
 * The shipped toponym classifier scored while its features are produced gives, for every candidate of real news,
 * the very double the OpenNLP model's own eval gives for the feature strings: the annotator's decisions cannot move.
 */
class ModelScorerTest {

    private static List<Path> news() throws Exception {
        Path corpus = SharedData.folder().resolve("corpus/polnear-train");
        assumeTrue(Files.isDirectory(corpus), "shared gold data not present: " + corpus);
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(40).toList();
        }
    }

    /**
     * Under both conventions for places inside organisation names ("Kentucky" in "Kentucky Department of Fish and
     * Wildlife"), whose features come twice, once under the convention's name prefix ("marked|w-1=").
     */
    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void summedToponymScoreIsTheModelsOwnProbabilityBitForBit(boolean organisationPlacesMarked) throws Exception {
        List<Path> documents = news();
        assertEquals(40, documents.size());
        BinaryClassifier model = BinaryClassifier.load(LocationAnnotator.TOPONYM_MODEL);
        BinaryClassifier.FamilyScorer scorer = model.scorer(ToponymFeatures.FAMILIES);
        LocationAnnotator annotator = LocationAnnotator.forTraining();
        ExclusionRules rules = new ExclusionRules(Gazetteer.shared());
        ToponymFeatures features = new ToponymFeatures(Gazetteer.shared(), rules);
        int scored = 0;
        int doubled = 0;
        for (Path document : documents) {
            JCas jcas = LocatedNews.segmented(Files.readString(document));
            List<ToponymMention> candidates = annotator.locate(jcas).candidates();
            DocumentNames names = new DocumentNames(candidates, rules);
            List<String[]> strings = annotator.features(candidates, organisationPlacesMarked);
            for (int i = 0; i < candidates.size(); i++) {
                features.of(candidates.get(i), names, organisationPlacesMarked, scorer);
                double summed = scorer.probability();
                assertEquals(Double.doubleToRawLongBits(model.probability(strings.get(i))),
                        Double.doubleToRawLongBits(summed), document.getFileName() + " " + candidates.get(i).key);
                scored++;
                if (strings.get(i)[1].contains("|")) { // "rule=...", then its copy "marked|rule=..."
                    doubled++;
                }
            }
        }
        assertTrue(scored > 200, "candidates scored: " + scored);
        assertTrue(doubled > 0, "no place inside an organisation name");
    }

    /**
     * The resolution ranker's features of every shortlisted sense of every place name (as training events, with
     * the rules' choice as the gold point), given to the summing scorer by family and value, score as the model's
     * eval.
     */
    @Test
    void summedResolutionScoreIsTheModelsOwnProbabilityBitForBit() throws Exception {
        LocationAnnotator annotator = LocationAnnotator.forTraining();
        assertSummedAsEval(LocationAnnotator.RESOLUTION_MODEL, LearnedResolver.FAMILIES, jcas -> annotator.resolutionEvents(
                annotator.locate(jcas).places(), m -> new double[] { m.resolved.latitude(), m.resolved.longitude() }));
    }

    /** The same for the usage classifier's features of every place (each taken as literal for the event). */
    @Test
    void summedUsageScoreIsTheModelsOwnProbabilityBitForBit() throws Exception {
        LocationAnnotator annotator = LocationAnnotator.forTraining();
        assertSummedAsEval(LocationAnnotator.USAGE_MODEL, LearnedUsage.FAMILIES,
                jcas -> annotator.usageEvents(annotator.locate(jcas).places(), m -> false));
    }

    /**
     * Each event's feature names are given back to the scorer by family and value, a pair family's name split at
     * the first '+' of its values (the scorer finds a pair whatever '+' it is split at).
     */
    private static void assertSummedAsEval(String modelResource, FeatureFamilies families,
            Function<JCas, List<Event>> eventsOf) throws Exception {
        List<Path> documents = news();
        assertEquals(40, documents.size());
        BinaryClassifier model = BinaryClassifier.load(modelResource);
        BinaryClassifier.FamilyScorer scorer = model.scorer(families);
        int scored = 0;
        for (Path document : documents) {
            for (Event event : eventsOf.apply(LocatedNews.segmented(Files.readString(document)))) {
                for (String feature : event.getContext()) {
                    int split = feature.indexOf('=') + 1;
                    int family = families.number(feature.substring(0, split));
                    int plus = feature.indexOf(FeatureFamilies.PAIR_SEPARATOR, split);
                    if (families.isPair(family)) {
                        scorer.add(family, feature.substring(split, plus), feature.substring(plus + 1));
                    } else {
                        scorer.add(family, feature.substring(split));
                    }
                }
                assertEquals(Double.doubleToRawLongBits(model.probability(event.getContext())),
                        Double.doubleToRawLongBits(scorer.probability()), document.getFileName().toString());
                scored++;
            }
        }
        assertTrue(scored > 200, "events scored: " + scored);
    }
}
