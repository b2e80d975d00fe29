package org.quotestance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quotestance.eval.GoldTargetSentence;
import org.quotestance.eval.StanceCrossValidation;
import org.quotestance.eval.StanceEvaluator;
import org.quotestance.eval.StanceModelProvenance;
import org.quotestance.eval.StanceModelTrainer;
import org.quotestance.stance.PolarityFeatures;
import org.quotestance.stance.PolarityModel;
import org.quotestance.write.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stance", mixinStandardHelpOptions = true,
        description = { "Trains the target-polarity model (OpenNLP maximum entropy) on NewsMTSC-format gold,",
            "prints its figures on the dev file (never fitted on it) and writes OUT and OUT's provenance",
            "(OUT with .provenance.json in place of .bin). Same data and settings give the same bytes." })
final class TrainStanceCommand implements Callable<Integer> {

    @Option(names = "--train", paramLabel = "FILE", description = "Training gold (default: ${DEFAULT-VALUE})")
    private Path train = TrainCommand.DEFAULT_DATA.resolve("stance/newsmtsc-train.jsonl");

    @Option(names = "--dev", paramLabel = "FILE", description = "Dev gold, scored only (default: ${DEFAULT-VALUE})")
    private Path dev = TrainCommand.DEFAULT_DATA.resolve("stance/newsmtsc-dev.jsonl");

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file to write (.bin)")
    private Path out;

    @Option(names = "--iterations", description = "Trainer iterations (default: ${DEFAULT-VALUE})")
    private int iterations = StanceModelTrainer.Settings.DEFAULT.iterations();

    @Option(names = "--cutoff", description = "Features seen fewer times are dropped (default: ${DEFAULT-VALUE})")
    private int cutoff = StanceModelTrainer.Settings.DEFAULT.cutoff();

    @Option(names = "--l2", description = "L2 penalty (default: ${DEFAULT-VALUE})")
    private double l2 = StanceModelTrainer.Settings.DEFAULT.l2();

    @Option(names = "--folds", description = "Also cross-validate on the training file with this many folds, by article (0: no)")
    private int folds;

    @Override
    public Integer call() throws Exception {
        StanceModelTrainer.Settings settings = new StanceModelTrainer.Settings(iterations, cutoff, l2);
        PolarityFeatures features = PolarityFeatures.loadDefault();
        StanceModelTrainer trainer = new StanceModelTrainer(features);
        List<GoldTargetSentence> trainGold = GoldTargetSentence.read(train);
        PolarityModel model = trainer.train(trainer.events(trainGold), settings);
        byte[] bytes = model.toBytes();
        AtomicFile.write(out, bytes);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> provenance = StanceModelProvenance.of(train, dev, settings, bytes);
        AtomicFile.write(provenancePath(out), (json.writeValueAsString(provenance) + "\n").getBytes(StandardCharsets.UTF_8));
        System.out.printf("wrote %s (%,d bytes) and %s%n", out, bytes.length, provenancePath(out));
        if (dev != null) {
            print("dev", StanceEvaluator.evaluate(GoldTargetSentence.read(dev), model, features));
        }
        if (folds > 1) {
            print("cv" + folds, StanceCrossValidation.run(trainGold, trainer, settings, folds));
        }
        return 0;
    }

    static Path provenancePath(Path model) {
        String name = model.getFileName().toString().replaceFirst("\\.bin$", "");
        return model.resolveSibling(name + ".provenance.json");
    }

    private static void print(String set, Map<String, Object> figures) {
        figures.forEach((k, v) -> System.out.printf("%s %-40s %s%n", set, k, v));
    }
}
