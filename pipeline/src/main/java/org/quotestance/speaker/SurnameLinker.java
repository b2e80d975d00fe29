package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Decides which full-name person of the corpus ({@link CorpusNames}) a person that a document names only by
 * surname ("Clinton said") is. One candidate of the right gender: that one. Several: the first of these that
 * singles one out decides — the document names one of them in full elsewhere (not as a speaker), unless another
 * holds most of the corpus's mentions of the surname;
 * it uses one's given name alone ("Hillary"); the honorific or title, or else the pronouns after the surname,
 * give a gender only one of them has ("Mrs. Clinton", "Clinton's victory hands her");
 * the title words before the surname are those of one ("former President Clinton"); the other people the
 * document names in full appear beside one of them across the corpus far more than beside the others; one of
 * them holds nearly all the corpus's mentions of the surname, and the document does not name a lesser one in full
 * (an article that names Chelsea Clinton once may still say "Clinton" for Hillary). Otherwise the mention stays unresolved, with its
 * candidates. The document's date is not used: the candidates of one surname are mostly named over the same
 * years.
 */
final class SurnameLinker {

    /** How far one candidate must lead the next, on title words and on co-occurring names, to be chosen. */
    static final double LEAD = 3.0;
    /** The least co-occurrence score (other names' appearances beside the candidate per document) that decides. */
    static final double MIN_COOCCURRENCE = 0.3;
    /** The share of the surname's full-name mentions a candidate must hold to win on the corpus alone. */
    static final double PREVAILING_SHARE = 0.9;
    /** The share of mentions above which a candidate outweighs one of the others that the article names in full. */
    static final double DOMINANT_SHARE = 0.5;
    /** Candidates listed for an unresolved mention. */
    static final int MAX_CANDIDATES = 5;

    /**
     * What the document says about the person named by surname: the gender its honorifics or titles give
     * ("Mrs. Clinton"), and the one he/she mentions linked to it agree on (weaker: it only decides, never excludes).
     */
    record Evidence(String surname, char gender, char pronounGender, Set<String> titleWords, DocumentNames document) {
    }

    /** The person chosen (with the rule that chose it), or the candidates when none is. */
    record Link(CorpusNames.Person person, String reason, List<CorpusNames.Person> candidates) {

        boolean resolved() {
            return person != null;
        }
    }

    private final CorpusNames corpus;

    SurnameLinker(CorpusNames corpus) {
        this.corpus = corpus;
    }

    /**
     * The link for a surname-only person, or null when the corpus names nobody in full with that surname, or
     * uses the word more often as a given name.
     */
    Link link(Evidence e) {
        String key = NameKey.skeleton(e.surname());
        List<CorpusNames.Person> all = corpus.withSurname(key);
        if (all.isEmpty() || corpus.givenMentions(key) > all.stream().mapToInt(CorpusNames.Person::mentions).sum()) {
            return null; // "Hillary said": a given name used alone, not a surname
        }
        Set<String> named = e.document().personKeys();
        List<CorpusNames.Person> candidates = new ArrayList<>();
        for (CorpusNames.Person p : all) {
            boolean sameGender = e.gender() == 0 || p.gender() == 0 || p.gender() == e.gender();
            // beside others, a name of one document only ("Watching Trump", a headline) is no candidate
            boolean established = all.size() == 1 || p.docs > 1 || named.contains(p.key());
            if (sameGender && established) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            return new Link(null, "", top(all));
        }
        if (candidates.size() == 1) {
            return new Link(candidates.get(0), all.size() == 1 ? "only" : "only-established", List.of());
        }
        int total = candidates.stream().mapToInt(CorpusNames.Person::mentions).sum();
        CorpusNames.Person only = single(candidates, p -> named.contains(p.key()) ? 1 : 0);
        boolean dominated = candidates.get(0).mentions() >= DOMINANT_SHARE * total;
        if (only != null && (only == candidates.get(0) || !dominated)) {
            return new Link(only, "named", List.of());
        }
        // "Clinton" in an article that names Chelsea Clinton once: where one Clinton holds most of the corpus's
        // mentions, the surname alone is still as likely to be that one, and the corpus's prior may not decide
        boolean lesserNamed = only != null;
        only = single(candidates, p -> e.document().hasCapitalised(p.name().split(" ")[0].toLowerCase(Locale.ROOT))
                ? 1 : 0);
        if (only != null) {
            return new Link(only, "given", List.of());
        }
        char gender = e.gender() != 0 ? e.gender()
                : e.pronounGender() != 0 ? e.pronounGender() : e.document().pronounGender(e.surname());
        if (gender != 0) {
            only = single(candidates, p -> p.gender() == gender ? 1 : 0);
            if (only != null) {
                return new Link(only, "gender", List.of());
            }
        }
        only = leader(candidates, p -> titleScore(p, e.titleWords()), 0);
        if (only != null) {
            return new Link(only, "title", List.of());
        }
        only = leader(candidates, p -> cooccurrenceScore(p, named), MIN_COOCCURRENCE);
        if (only != null) {
            return new Link(only, "cooccurrence", List.of());
        }
        if (!lesserNamed && candidates.get(0).mentions() >= PREVAILING_SHARE * total) {
            return new Link(candidates.get(0), "prevailing", List.of());
        }
        return new Link(null, "", top(candidates));
    }

    private static List<CorpusNames.Person> top(List<CorpusNames.Person> people) {
        return List.copyOf(people.subList(0, Math.min(MAX_CANDIDATES, people.size())));
    }

    /** The one candidate with a positive score, or null when none or several have one. */
    private static CorpusNames.Person single(List<CorpusNames.Person> candidates,
            ToDoubleFunction<CorpusNames.Person> score) {
        CorpusNames.Person found = null;
        for (CorpusNames.Person p : candidates) {
            if (score.applyAsDouble(p) > 0) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** The candidate whose score is above {@code min} and {@link #LEAD} times the next one's, or null. */
    private static CorpusNames.Person leader(List<CorpusNames.Person> candidates,
            ToDoubleFunction<CorpusNames.Person> score, double min) {
        CorpusNames.Person best = null;
        double first = 0;
        double second = 0;
        for (CorpusNames.Person p : candidates) {
            double s = score.applyAsDouble(p);
            if (s > first) {
                second = first;
                first = s;
                best = p;
            } else if (s > second) {
                second = s;
            }
        }
        return best != null && first > min && first >= LEAD * second ? best : null;
    }

    /** How often, per mention, the corpus puts the document's title words before this person's name. */
    private static double titleScore(CorpusNames.Person p, Set<String> titleWords) {
        double score = 0;
        for (String w : titleWords) {
            score += (double) p.titleCount(w) / p.mentions();
        }
        return score;
    }

    /**
     * How often, per document of this person, the document's other full names appear beside it in the corpus;
     * {@value #SMOOTHING_DOCS} documents are added to each person's so that a person of a few documents
     * (Chelsea Clinton) does not outscore one of hundreds on a handful of shared names.
     */
    private static double cooccurrenceScore(CorpusNames.Person p, Set<String> named) {
        double score = 0;
        for (String key : named) {
            score += (double) p.cooccurrences(key) / (p.docs + SMOOTHING_DOCS);
        }
        return score;
    }

    static final int SMOOTHING_DOCS = 10;
}
