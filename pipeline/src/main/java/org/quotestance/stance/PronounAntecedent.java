package org.quotestance.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quotestance.text.SpanCover;
import org.quotestance.type.SpeakerMention;

/**
 * Who "he" or "she" opening a sentence of the article's own words stands for: the one holder the
 * sentence before names ("Bush spoke in Iowa on Monday. He has criticized Trump ..."). Abstains when
 * that sentence names no holder or two, when the holder is no person or is known by the other
 * pronoun ({@link HolderGender}), or when it also names someone who is no holder (two words in
 * capitals that no holder and no place account for: "Steve Morgan"), who might be the one meant.
 */
final class PronounAntecedent {
    private final DocumentHolders holders;
    private final HolderGender gender;
    private final SpanCover places;

    PronounAntecedent(DocumentHolders holders, HolderGender gender, SpanCover places) {
        this.holders = holders;
        this.gender = gender;
        this.places = places;
    }

    /** The holder the pronoun stands for, given the words of the sentence before it. */
    Optional<SpeakerMention> of(String pronoun, List<Word> previous) {
        Map<String, SpeakerMention> named = new HashMap<>();
        for (int[] run : capitalisedRuns(previous)) {
            int start = run[0];
            int end = run[1];
            Optional<SpeakerMention> holder = holderEnding(previous, start, end);
            if (holder.isPresent()) {
                named.put(holder.get().getEntity().getEntityId(), holder.get());
            } else if (end - start >= 2 && !places.overlaps(previous.get(start).begin(), previous.get(end - 1).end())) {
                return Optional.empty();
            }
        }
        if (named.size() != 1) {
            return Optional.empty();
        }
        SpeakerMention holder = named.values().iterator().next();
        boolean person = "PERSON".equals(holder.getEntity().getKind());
        return person && !gender.foreignPronoun(holder).equals(pronoun) ? Optional.of(holder) : Optional.empty();
    }

    /**
     * Whether the words before a pronoun speaker ("she" of "She praised Fields") name holders of the
     * document but not the one the speaker layer resolved it to: then the pronoun more likely stands for
     * one of them, and the stance is left out.
     */
    boolean namesOthersOnly(SpeakerMention speaker, List<Word> before) {
        Set<String> named = new HashSet<>();
        for (int[] run : capitalisedRuns(before)) {
            speakerEnding(before, run[0], run[1]).ifPresent(holder -> named.add(holder.getEntity().getEntityId()));
        }
        return !named.isEmpty() && !named.contains(speaker.getEntity().getEntityId());
    }

    /** The runs of capitalised words, each as {start, end}. */
    private static List<int[]> capitalisedRuns(List<Word> words) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isCapitalised(words.get(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < words.size() && isCapitalised(words.get(i))) {
                i++;
            }
            runs.add(new int[] { start, i });
        }
        return runs;
    }

    /** The holder named by the capitalised words [start, end) or by their last words ("Sen. Bernie Sanders"). */
    private Optional<SpeakerMention> holderEnding(List<Word> words, int start, int end) {
        for (int from = Math.max(start, end - ReportedSubject.MAX_NAME_WORDS); from < end; from++) {
            Optional<SpeakerMention> holder = holders.named(words, from, end);
            if (holder.isPresent()) {
                return holder;
            }
        }
        return Optional.empty();
    }

    /** Like {@link #holderEnding}, among the quote speakers only: the speaker layer's pronouns stand for speakers. */
    private Optional<SpeakerMention> speakerEnding(List<Word> words, int start, int end) {
        for (int from = Math.max(start, end - ReportedSubject.MAX_NAME_WORDS); from < end; from++) {
            Optional<SpeakerMention> holder = holders.namedSpeaker(words, from, end);
            if (holder.isPresent()) {
                return holder;
            }
        }
        return Optional.empty();
    }

    private static boolean isCapitalised(Word word) {
        return Character.isUpperCase(word.text().charAt(0)) && !word.text().equals("I");
    }
}
