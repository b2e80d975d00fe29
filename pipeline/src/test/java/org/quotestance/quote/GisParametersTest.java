package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The parameters read straight from a model's bytes are the ones OpenNLP holds: the same features with the same
 * weights bit for bit, a feature's missing outcomes 0, whatever outcome pattern (the outcomes a feature has weights
 * for) it was written under. The writer files features by pattern, so a freshly trained model numbers them in
 * another order than its bytes; a read model in the order of its bytes, as OpenNLP's reader does.
 */
class GisParametersTest {

    @Test
    void featuresWithWeightsForSomeOutcomesOnlyReadAsOpenNlpHoldsThem() throws Exception {
        List<Event> events = new ArrayList<>();
        String[] outcomes = { "yes", "no", "maybe" };
        for (int i = 0; i < 60; i++) {
            // "only-yes" is seen with yes alone, "x3" with two outcomes, "bias" with all three
            String rare = i % 3 == 0 ? "only-yes" : "x" + (i % 5);
            events.add(new Event(outcomes[i % 3], new String[] { "bias", rare, "w=" + (i % 7) }));
        }
        MaxentModel gis = GisTraining.fit(events, 20, 0);
        GisParameters read = GisParameters.read(bytesOf(gis));

        assertSameWeights(GisParameters.of(gis), read);
        int onlyYes = List.of(read.features()).indexOf("only-yes");
        assertTrue(onlyYes >= 0);
        assertEquals(0L, read.weights()[onlyYes * 3 + read.outcome("no")], "no weight for an outcome never seen");
    }

    @Test
    void everyShippedModelReadsAsOpenNlpReadsIt() throws Exception {
        List<MaxentModel> shipped = new ArrayList<>();
        try (InputStream in = ContentBoundaryModel.class.getResourceAsStream(ContentBoundaryModel.DEFAULT_RESOURCE)) {
            ContentBoundaryModel.GisModels models = ContentBoundaryModel.readGisModels(in);
            shipped.add(models.start());
            shipped.add(models.end());
        }
        try (InputStream in = AttributionCueModel.class.getResourceAsStream(AttributionCueModel.DEFAULT_RESOURCE)) {
            shipped.add(AttributionCueModel.readTrained(in).gis());
        }
        try (InputStream in = SourceModel.class.getResourceAsStream(SourceModel.DEFAULT_RESOURCE)) {
            shipped.add(SourceModel.readGis(in));
        }
        for (MaxentModel gis : shipped) {
            GisParameters read = GisParameters.read(bytesOf(gis));
            assertTrue(read.features().length > 5_000, "a full model: " + read.features().length);
            GisParameters held = GisParameters.of(gis);
            assertArrayEquals(held.features(), read.features(), "in the order of the bytes");
            assertSameWeights(held, read);
        }
    }

    @Test
    void aModelOfAnotherKindIsRefusedWithItsKind() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeUTF("Perceptron");
        IOException e = assertThrows(IOException.class,
                () -> GisParameters.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
        assertTrue(e.getMessage().contains("Perceptron"), e.getMessage());
    }

    private static void assertSameWeights(GisParameters expected, GisParameters actual) {
        assertArrayEquals(expected.outcomes(), actual.outcomes());
        assertEquals(weightsByFeature(expected), weightsByFeature(actual));
    }

    private static Map<String, List<Long>> weightsByFeature(GisParameters parameters) {
        int outcomes = parameters.outcomes().length;
        Map<String, List<Long>> weights = new HashMap<>();
        for (int f = 0; f < parameters.features().length; f++) {
            List<Long> its = new ArrayList<>();
            for (int o = 0; o < outcomes; o++) {
                its.add(parameters.weights()[f * outcomes + o]);
            }
            weights.put(parameters.features()[f], its);
        }
        assertEquals(parameters.features().length, weights.size(), "no feature named twice");
        return weights;
    }

    private static DataInputStream bytesOf(MaxentModel gis) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new BinaryGISModelWriter((AbstractModel) gis, new DataOutputStream(bytes)).persist();
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
