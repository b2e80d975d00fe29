package org.quotestance.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Matching of one document's predicted spans with its gold spans, as every scorer does it (the
 * {@code eval} command's and {@code compare}'s): a predicted span is right when a gold span is identical
 * (exact) or shares a character with it (overlap); a gold span is found likewise; and each gold span is
 * paired with one predicted span for comparing their labels, by a {@link Pairing}.
 */
public final class SpanMatcher {

    private SpanMatcher() {
    }

    /**
     * Which predicted span a gold span is paired with. The two rules differ only where predicted spans
     * overlap each other (a quote inside a quote, nested place names); each layer keeps the rule its
     * published figures were measured with.
     */
    public enum Pairing {
        /**
         * The predicted span sharing the most characters with the gold span, the first on a tie (quotes); where
         * pairs must be one to one ({@link #match}), by {@link #oneToOne}.
         */
        MOST_OVERLAP,
        /** The predicted span identical to the gold span, else the first that overlaps it (places). */
        IDENTICAL_ELSE_FIRST_OVERLAP
    }

    /**
     * Adds the document's predicted and gold spans to {@code counts} and returns each gold item's pair (or
     * null). Pairs are one to one: where several annotations share a span (two stances on one sentence),
     * each gold item takes a predicted item no earlier gold item took, if one overlaps it.
     */
    public static <G, P> List<P> match(List<G> gold, Function<G, TextSpan> goldSpan, List<P> predicted,
            Function<P, TextSpan> predictedSpan, Pairing pairing, SpanCounts counts) {
        List<TextSpan> goldSpans = gold.stream().map(goldSpan).toList();
        for (P p : predicted) {
            countPredicted(predictedSpan.apply(p), goldSpans, counts);
        }
        for (TextSpan g : goldSpans) {
            boolean exact = predicted.stream().anyMatch(p -> predictedSpan.apply(p).sameAs(g));
            boolean overlap = exact || predicted.stream().anyMatch(p -> predictedSpan.apply(p).overlaps(g));
            counts.addGold(exact, overlap);
        }
        if (pairing == Pairing.MOST_OVERLAP) {
            return oneToOne(goldSpans, predicted, predictedSpan);
        }
        List<P> free = new ArrayList<>(predicted);
        List<P> pairs = new ArrayList<>(gold.size());
        for (TextSpan g : goldSpans) {
            P pair = pair(g, free, predictedSpan, pairing);
            if (pair != null) {
                free.removeIf(p -> p == pair);
            }
            pairs.add(pair);
        }
        return pairs;
    }

    /**
     * One to one pairs by most shared characters, over the whole document: of all overlapping (gold,
     * predicted) pairs, the one sharing the most characters is taken first (on a tie the tighter one, whose
     * two spans cover fewer characters together, then the earlier gold, then the earlier predicted item),
     * and both leave the pool. So each predicted item stands for at most one gold item: a quote whose content
     * holds a nested gold attribution is paired with the attribution it covers most, not with both. Returns
     * each gold span's pair, or null.
     */
    public static <P> List<P> oneToOne(List<TextSpan> gold, List<P> predicted, Function<P, TextSpan> span) {
        List<TextSpan> spans = predicted.stream().map(span).toList();
        List<int[]> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < spans.size(); p++) {
                TextSpan gs = gold.get(g);
                TextSpan ps = spans.get(p);
                int overlap = ps.overlap(gs);
                if (overlap > 0) {
                    int union = Math.max(gs.end(), ps.end()) - Math.min(gs.begin(), ps.begin());
                    candidates.add(new int[] { overlap, union, g, p });
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> -c[0]).thenComparingInt(c -> c[1])
                .thenComparingInt(c -> c[2]).thenComparingInt(c -> c[3]));
        List<P> pairs = new ArrayList<>(Collections.nCopies(gold.size(), null));
        boolean[] taken = new boolean[spans.size()];
        for (int[] c : candidates) {
            if (pairs.get(c[2]) == null && !taken[c[3]]) {
                pairs.set(c[2], predicted.get(c[3]));
                taken[c[3]] = true;
            }
        }
        return pairs;
    }

    /** Counts a predicted span as right, exactly or by overlap, when a gold span is identical or overlaps it. */
    public static void countPredicted(TextSpan predicted, List<TextSpan> gold, SpanCounts... counts) {
        boolean exact = gold.stream().anyMatch(predicted::sameAs);
        boolean overlap = exact || gold.stream().anyMatch(predicted::overlaps);
        for (SpanCounts c : counts) {
            c.addPredicted(exact, overlap);
        }
    }

    /** Counts a gold span as found, exactly or by overlap, and returns its pair ({@link #pair}). */
    public static <P> P countGold(TextSpan gold, List<P> predicted, Function<P, TextSpan> span, Pairing pairing,
            SpanCounts... counts) {
        P pair = pair(gold, predicted, span, pairing);
        boolean exact = predicted.stream().anyMatch(p -> span.apply(p).sameAs(gold));
        for (SpanCounts c : counts) {
            c.addGold(exact, exact || pair != null);
        }
        return pair;
    }

    /** The predicted item {@code gold} is paired with, or null when none overlaps it. */
    public static <P> P pair(TextSpan gold, List<P> predicted, Function<P, TextSpan> span, Pairing pairing) {
        P best = null;
        int bestOverlap = 0;
        for (P p : predicted) {
            TextSpan s = span.apply(p);
            int overlap = s.overlap(gold);
            if (pairing == Pairing.IDENTICAL_ELSE_FIRST_OVERLAP && s.sameAs(gold)) {
                return p;
            }
            if (overlap > bestOverlap) {
                best = p;
                bestOverlap = pairing == Pairing.MOST_OVERLAP ? overlap : Integer.MAX_VALUE;
            }
        }
        return best;
    }
}
