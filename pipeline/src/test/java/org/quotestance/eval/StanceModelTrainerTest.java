package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.stance.PolarityFeatures;
import org.quotestance.stance.PolarityModel;

class StanceModelTrainerTest {

    /** Twelve invented news sentences, four per class. */
    private static final String FIXTURE = """
            {"id": "f_1_1_a", "text": "The minister praised the harbour plan as a great success.", "targets": [{"start": 22, "end": 34, "target": "harbour plan", "polarity": "FAVOR"}]}
            {"id": "f_1_2_a", "text": "Voters welcomed the new library, calling it wonderful.", "targets": [{"start": 20, "end": 31, "target": "new library", "polarity": "FAVOR"}]}
            {"id": "f_1_3_a", "text": "Mayor Lena Varga won praise for her brave and honest leadership.", "targets": [{"start": 6, "end": 16, "target": "Lena Varga", "polarity": "FAVOR"}]}
            {"id": "f_1_4_a", "text": "Supporters cheered Tomas Brell, who they said had done a fantastic job.", "targets": [{"start": 19, "end": 30, "target": "Tomas Brell", "polarity": "FAVOR"}]}
            {"id": "f_2_1_a", "text": "Critics attacked the ferry toll as a disastrous failure.", "targets": [{"start": 21, "end": 31, "target": "ferry toll", "polarity": "AGAINST"}]}
            {"id": "f_2_2_a", "text": "Ada Kovic was accused of fraud and corruption.", "targets": [{"start": 0, "end": 9, "target": "Ada Kovic", "polarity": "AGAINST"}]}
            {"id": "f_2_3_a", "text": "The casino project was condemned as a terrible mistake.", "targets": [{"start": 4, "end": 18, "target": "casino project", "polarity": "AGAINST"}]}
            {"id": "f_2_4_a", "text": "Residents said Paul Oduya had failed them and lied.", "targets": [{"start": 15, "end": 25, "target": "Paul Oduya", "polarity": "AGAINST"}]}
            {"id": "f_3_1_a", "text": "The meeting took place in Lisbon on Tuesday.", "targets": [{"start": 26, "end": 32, "target": "Lisbon", "polarity": "NEUTRAL"}]}
            {"id": "f_3_2_a", "text": "Ines Moro will travel to the summit next week.", "targets": [{"start": 0, "end": 9, "target": "Ines Moro", "polarity": "NEUTRAL"}]}
            {"id": "f_3_3_a", "text": "The report was published by the statistics office.", "targets": [{"start": 32, "end": 49, "target": "statistics office", "polarity": "NEUTRAL"}]}
            {"id": "f_3_4_a", "text": "The council meets in the town hall every month.", "targets": [{"start": 25, "end": 34, "target": "town hall", "polarity": "NEUTRAL"}]}
            """;

    private static final StanceModelTrainer.Settings TINY = new StanceModelTrainer.Settings(50, 1, 1.0);

    @Test
    @DisplayName("training is deterministic: the same gold gives the same model bytes")
    void trainingIsDeterministic(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("tiny.jsonl");
        Files.writeString(gold, FIXTURE, StandardCharsets.UTF_8);
        List<GoldTargetSentence> sentences = GoldTargetSentence.read(gold);
        assertEquals(12, sentences.size());

        byte[] first = new StanceModelTrainer(PolarityFeatures.loadDefault()).train(
                new StanceModelTrainer(PolarityFeatures.loadDefault()).events(sentences), TINY).toBytes();
        StanceModelTrainer again = new StanceModelTrainer(PolarityFeatures.loadDefault());
        byte[] second = again.train(again.events(GoldTargetSentence.read(gold)), TINY).toBytes();

        assertTrue(first.length > 100, "model of " + first.length + " bytes");
        assertArrayEquals(first, second);
    }

    @Test
    @DisplayName("model round trip: written and read back, it gives the same probabilities")
    void modelRoundTrip(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("tiny.jsonl");
        Files.writeString(gold, FIXTURE, StandardCharsets.UTF_8);
        StanceModelTrainer trainer = new StanceModelTrainer(PolarityFeatures.loadDefault());
        List<Event> events = trainer.events(GoldTargetSentence.read(gold));
        assertEquals(12, events.size());
        PolarityModel model = trainer.train(events, TINY);

        PolarityModel read = PolarityModel.read(new ByteArrayInputStream(model.toBytes()));

        for (Event event : events) {
            assertArrayEquals(model.probabilities(event.getContext()), read.probabilities(event.getContext()), 1e-12);
            assertEquals(event.getOutcome(), read.classify(event.getContext()).name(), "fits its own training data");
        }
    }
}
