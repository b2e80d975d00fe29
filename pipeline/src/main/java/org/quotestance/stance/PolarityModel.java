package org.quotestance.stance;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.quotestance.pipeline.ReadOnce;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * The trained target-polarity model (OpenNLP maximum entropy) over {@link PolarityFeatures}. The
 * model shipped in the jar ({@value #RESOURCE}, trained by {@code quotestance train stance}) is read
 * once per JVM; evaluation is thread-safe.
 */
public final class PolarityModel {
    public static final String RESOURCE = "/org/quotestance/stance/polarity-model.bin";

    private final AbstractModel model;

    public PolarityModel(AbstractModel model) {
        this.model = model;
    }

    private static final ReadOnce<PolarityModel> BUNDLED =
            new ReadOnce<>(() -> read(PolarityModel.class.getResourceAsStream(RESOURCE)));

    /** The model committed with the code, loaded on first use. */
    public static PolarityModel bundled() {
        return BUNDLED.get();
    }

    public static PolarityModel read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("polarity model not on the class path: " + RESOURCE);
        }
        try (DataInputStream data = new DataInputStream(new GZIPInputStream(in))) {
            return new PolarityModel(new GenericModelReader(new BinaryFileDataReader(data)).getModel());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model as bytes: OpenNLP's binary model format, gzipped (Java writes no time stamp: same model, same bytes). */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(bytes))) {
            new GenericModelWriter(model, data).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The probability of each polarity, indexed by {@link Polarity#ordinal()}. */
    public double[] probabilities(String[] features) {
        double[] outcomes = model.eval(features);
        double[] byPolarity = new double[Polarity.values().length];
        for (Polarity polarity : Polarity.values()) {
            int index = model.getIndex(polarity.name());
            byPolarity[polarity.ordinal()] = index < 0 ? 0 : outcomes[index];
        }
        return byPolarity;
    }

    public Polarity classify(String[] features) {
        double[] probabilities = probabilities(features);
        Polarity best = Polarity.NEUTRAL;
        for (Polarity polarity : Polarity.values()) {
            if (probabilities[polarity.ordinal()] > probabilities[best.ordinal()]) {
                best = polarity;
            }
        }
        return best;
    }
}
