package org.quotestance.stance;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The features the polarity model sees for one target in a sentence. They are built to generalise
 * across news rather than to memorise the training sentences: opinion-lexicon (VADER) words by side
 * of the target and distance bucket, negation scope, the distance-weighted lexicon sum, a governing
 * stance cue, the words right next to the target and between it and its nearest opinion word
 * (Porter stems), the target's own words, its position in the clause and whether it is quoted.
 */
public final class PolarityFeatures {
    private static final int NEAR_WINDOW = 3;
    private static final int CONTEXT_WINDOW = 6;
    private static final int MAX_BETWEEN_WORDS = 5;
    private static final double DISTANCE_DECAY = 0.1;

    private final OpinionLexicon opinions;
    private final NegationScope negation;
    private final TargetSentimentClassifier cueRules;

    public PolarityFeatures(OpinionLexicon opinions, NegationScope negation, TargetSentimentClassifier cueRules) {
        this.opinions = opinions;
        this.negation = negation;
        this.cueRules = cueRules;
    }

    public static PolarityFeatures loadDefault() {
        return new PolarityFeatures(OpinionLexicon.loadVader(), NegationScope.loadDefault(),
                TargetSentimentClassifier.loadDefault());
    }

    /** The features of the target span [targetBegin, targetEnd) among the words; quoted: inside a quotation. */
    public String[] of(List<Word> words, int targetBegin, int targetEnd, boolean quoted) {
        PorterStemmer stemmer = new PorterStemmer();
        List<String> features = new ArrayList<>();
        features.add("bias");
        int first = firstTargetWord(words, targetBegin, targetEnd);
        int last = lastTargetWord(words, targetBegin, targetEnd, first);
        if (quoted) {
            features.add("quoted");
        }
        features.add("position=" + bucket(first, 0, 1, 4, 10));
        features.add("after=" + bucket(words.size() - 1 - last, 0, 1, 4, 10));
        for (int i = first; i <= last && i >= 0; i++) {
            features.add("target=" + stem(stemmer, words.get(i)));
        }
        addContext(features, stemmer, words, first, last);
        addOpinions(features, stemmer, words, first, last);
        cueRules.decideByGoverningCue(words, targetBegin, targetEnd)
                .ifPresent(decision -> features.add("cue=" + decision.polarity()));
        return features.toArray(String[]::new);
    }

    private void addContext(List<String> features, PorterStemmer stemmer, List<Word> words, int first, int last) {
        for (int k = 1; k <= CONTEXT_WINDOW; k++) {
            String window = k <= NEAR_WINDOW ? "near" : "far";
            if (first - k >= 0) {
                String stem = stem(stemmer, words.get(first - k));
                features.add("left" + (k <= NEAR_WINDOW ? k : "") + "=" + stem);
                features.add("left." + window + "=" + stem);
            }
            if (last + k < words.size()) {
                String stem = stem(stemmer, words.get(last + k));
                features.add("right" + (k <= NEAR_WINDOW ? k : "") + "=" + stem);
                features.add("right." + window + "=" + stem);
            }
        }
        if (first > 0 && negation.isNegated(words, first)) {
            features.add("target.negated");
        }
        if (last + 1 < words.size() && negation.isNegator(words.get(last + 1).lower())) {
            features.add("target.then.negator");
        }
    }

    private void addOpinions(List<String> features, PorterStemmer stemmer, List<Word> words, int first, int last) {
        double left = 0;
        double right = 0;
        int positives = 0;
        int negatives = 0;
        int nearest = -1;
        int nearestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            if (i >= first && i <= last) {
                double own = opinions.valence(words.get(i).lower());
                if (own != 0) {
                    features.add("target.opinion=" + sign(own));
                }
                continue;
            }
            double valence = opinions.valence(words.get(i).lower());
            if (valence == 0) {
                continue;
            }
            boolean negated = negation.isNegated(words, i);
            double signed = negated ? valence * TargetSentimentClassifier.NEGATED_VALENCE_FACTOR : valence;
            boolean isLeft = i < first;
            int distance = isLeft ? first - i - 1 : i - last - 1;
            String side = isLeft ? "L" : "R";
            String distanceBucket = bucket(distance, 0, 2, 5, 10);
            String polarity = sign(signed) + (Math.abs(valence) >= 2 ? "+" : "");
            features.add("opinion=" + polarity + side + distanceBucket);
            features.add("opinion=" + sign(signed) + distanceBucket);
            features.add("opinion.word=" + side + (negated ? "~" : "") + stem(stemmer, words.get(i)));
            if (negated) {
                features.add("opinion.negated=" + sign(valence) + side);
            }
            double weighted = signed / (1 + DISTANCE_DECAY * distance);
            if (isLeft) {
                left += weighted;
            } else {
                right += weighted;
            }
            if (signed > 0) {
                positives++;
            } else {
                negatives++;
            }
            if (distance < nearestDistance) {
                nearest = i;
                nearestDistance = distance;
            }
        }
        features.add("sum=" + scoreBucket(left + right));
        features.add("sum.left=" + scoreBucket(left));
        features.add("sum.right=" + scoreBucket(right));
        features.add("count=" + Math.min(positives, 3) + "/" + Math.min(negatives, 3));
        if (nearest >= 0) {
            addNearest(features, stemmer, words, first, last, nearest, nearestDistance);
        }
    }

    /** The nearest opinion word: its sign and distance, and the words that link it to the target. */
    private void addNearest(List<String> features, PorterStemmer stemmer, List<Word> words, int first, int last,
            int nearest, int distance) {
        double valence = opinions.valence(words.get(nearest).lower());
        String sign = sign(negation.isNegated(words, nearest) ? -valence : valence);
        String side = nearest < first ? "L" : "R";
        features.add("nearest=" + sign + side + bucket(distance, 0, 2, 5, 10));
        if (distance > MAX_BETWEEN_WORDS) {
            return;
        }
        int from = nearest < first ? nearest + 1 : last + 1;
        int to = nearest < first ? first : nearest;
        for (int i = from; i < to; i++) {
            features.add("between=" + sign + side + ":" + stem(stemmer, words.get(i)));
        }
    }

    private static String stem(PorterStemmer stemmer, Word word) {
        String lower = word.lower();
        return lower.chars().allMatch(Character::isLetter) ? stemmer.stem(lower) : lower;
    }

    private static String sign(double value) {
        return value > 0 ? "pos" : "neg";
    }

    private static String bucket(int value, int... lowerBounds) {
        String name = "<" + lowerBounds[0];
        for (int bound : lowerBounds) {
            if (value >= bound) {
                name = ">=" + bound;
            }
        }
        return name;
    }

    private static String scoreBucket(double score) {
        if (score <= -2) {
            return "--";
        }
        if (score < -0.3) {
            return "-";
        }
        if (score < 0.3) {
            return "0";
        }
        return score < 2 ? "+" : "++";
    }

    private static int firstTargetWord(List<Word> words, int begin, int end) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).end() > begin && words.get(i).begin() < end) {
                return i;
            }
        }
        return -1;
    }

    private static int lastTargetWord(List<Word> words, int begin, int end, int first) {
        int last = first;
        for (int i = Math.max(first, 0); i < words.size() && words.get(i).begin() < end; i++) {
            if (words.get(i).end() > begin) {
                last = i;
            }
        }
        return last;
    }
}
