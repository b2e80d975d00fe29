package org.quotestance.graph;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.quotestance.type.Stance;

/**
 * The node a stance points at. A target the stance layer linked to an entity (a speaker id, a GeoNames place)
 * is keyed by that id, so every wording of it is one node and a target that is a speaker is that speaker's
 * node; any other target is keyed by its normalised text ({@link #normalise}).
 *
 * @param key   the node key: the target id, or {@code target:} and the normalised text
 * @param kind  PERSON, ORGANIZATION, PLACE or OTHER when the stance layer says so, else empty
 * @param label the target text as written
 */
public record StanceTarget(String key, String kind, String label) {

    /** Prefix of the keys of targets known only by their text; no speaker id or GeoNames id starts so. */
    public static final String TEXT_PREFIX = "target:";

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");

    /** The target of {@code stance}. */
    public static StanceTarget of(Stance stance) {
        // Issue 20 adds the linked target; to key by it: of(stance.getTargetId(), stance.getTargetKind(), ...)
        return of(null, null, stance.getTarget());
    }

    /** A target linked to {@code targetId} when that is given, else one known by {@code text}. */
    public static StanceTarget of(String targetId, String targetKind, String text) {
        String label = text == null ? "" : SPACE.matcher(text.strip()).replaceAll(" ");
        String kind = targetKind == null ? "" : targetKind;
        if (targetId != null && !targetId.isBlank()) {
            return new StanceTarget(targetId.strip(), kind, label);
        }
        return new StanceTarget(TEXT_PREFIX + normalise(label), kind, label);
    }

    /**
     * Case, compatibility forms (curly apostrophes, ligatures), runs of spaces and a leading article do not
     * make another target: "The  Occupation" and "occupation" are one.
     */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'');
        s = SPACE.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
    }

    public boolean isLinked() {
        return !key.startsWith(TEXT_PREFIX);
    }
}
