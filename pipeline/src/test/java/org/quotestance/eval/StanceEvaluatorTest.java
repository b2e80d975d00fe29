package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.testdata.SharedData;

class StanceEvaluatorTest {

    @Test
    @DisplayName("the trained model reaches macro-F1 0.65 on NewsMTSC dev, 0.10 above the lexicon and above majority")
    void beatsBothBaselinesOnDev() {
        Path dev = SharedData.require("stance/newsmtsc-dev.jsonl");

        Map<String, Object> figures = StanceEvaluator.evaluate(dev);

        double stance = (double) figures.get("stance.macro_f1");
        assertTrue(stance >= 0.65, figures::toString);
        assertTrue(stance >= (double) figures.get("lexicon_only.macro_f1") + 0.10, figures::toString);
        assertTrue(stance > (double) figures.get("majority.macro_f1"), figures::toString);
        assertTrue((double) figures.get("stance.accuracy") > (double) figures.get("lexicon_only.accuracy"), figures::toString);
    }

    @Test
    @DisplayName("figures come in a stable order and offsets are code points")
    void stableOrderAndCodePointOffsets(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        // "😀" is outside the BMP: code-point offsets 28..37 are UTF-16 offsets 29..38
        Files.writeString(gold, """
                {"id": "a", "text": "😀 The ministers opposed the toll plan.", "targets": [{"start": 28, "end": 37, "target": "toll plan", "polarity": "AGAINST"}]}
                {"id": "b", "text": "The mayor praised the new library.", "targets": [{"start": 22, "end": 33, "target": "new library", "polarity": "FAVOR"}]}
                """, StandardCharsets.UTF_8);

        Map<String, Object> figures = StanceEvaluator.evaluate(gold);

        assertEquals(List.of("sentences", "targets", "stance.accuracy", "stance.macro_f1"),
                figures.keySet().stream().limit(4).toList());
        assertEquals(2, figures.get("targets"));
        int confusionTotal = 0;
        for (String goldClass : List.of("FAVOR", "AGAINST", "NEUTRAL")) {
            for (String predicted : List.of("FAVOR", "AGAINST", "NEUTRAL")) {
                confusionTotal += (int) figures.get("stance.confusion." + goldClass + "." + predicted);
            }
        }
        assertEquals(2, confusionTotal, "every target lands in one cell of the confusion matrix");
        GoldTargetSentence first = GoldTargetSentence.read(gold).get(0);
        GoldTargetSentence.GoldTarget target = first.targets().get(0);
        assertEquals("toll plan", first.text().substring(target.begin(first.text()), target.end(first.text())));
    }
}
