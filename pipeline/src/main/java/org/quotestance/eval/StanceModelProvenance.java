package org.quotestance.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a polarity model was trained on and how: data files and their SHA-256, licence, settings, command. */
public final class StanceModelProvenance {
    static final String NEWSMTSC = "NewsMTSC (Hamborg & Donnay, EACL 2021), repository fhamborg/NewsMTSC; "
            + "newly developed files MIT-licensed, the dataset published with the paper. Training split as given; "
            + "labels negative/neutral/positive read as AGAINST/NEUTRAL/FAVOR.";

    private StanceModelProvenance() {
    }

    public static Map<String, Object> of(Path train, Path dev, StanceModelTrainer.Settings settings, byte[] model) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("model", "target-polarity classifier, OpenNLP maximum entropy (L-BFGS, L2), "
                + "features of org.quotestance.stance.PolarityFeatures");
        provenance.put("model_sha256", sha256(model));
        provenance.put("trained_on", file(train));
        provenance.put("scored_on_never_fitted", dev == null ? null
                : file(dev));
        provenance.put("data_source", NEWSMTSC);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("iterations", settings.iterations());
        parameters.put("cutoff", settings.cutoff());
        parameters.put("l2", settings.l2());
        provenance.put("settings", parameters);
        provenance.put("command", "./quotestance train stance --train ../shared/data/stance/" + train.getFileName()
                + (dev == null ? "" : " --dev ../shared/data/stance/" + dev.getFileName())
                + " --out pipeline/src/main/resources/org/quotestance/stance/polarity-model.bin --iterations "
                + settings.iterations() + " --cutoff " + settings.cutoff() + " --l2 " + settings.l2());
        return provenance;
    }

    private static Map<String, Object> file(Path file) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("file", file.getFileName().toString());
        described.put("sha256", sha256(read(file)));
        return described;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
