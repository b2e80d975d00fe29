package org.quotestance.stance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.uima.jcas.JCas;
import org.quotestance.type.SpeakerMention;

/**
 * The third-person pronoun that cannot stand for a holder, from how the document refers to it: a
 * person the speaker layer found as "he" (or as "Mr. X") is never "she", and the other way round. An
 * indirect quote "she would support legal abortion" attributed to a man is someone else's position
 * (the attribution is wrong, or "she" is another person), so the stance is not his.
 */
final class HolderGender {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Set<String> MALE = Set.of("he", "him", "his", "mr", "mr.");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "mrs", "mrs.", "ms", "ms.");
    private final Map<String, Integer> signs = new HashMap<>();

    HolderGender(JCas jcas) {
        for (SpeakerMention mention : jcas.select(SpeakerMention.class)) {
            if (mention.getEntity() == null || mention.getEntity().getEntityId() == null) {
                continue;
            }
            String first = SPACES.split(mention.getCoveredText().trim())[0].toLowerCase(Locale.ROOT);
            int sign = MALE.contains(first) ? 1 : FEMALE.contains(first) ? 2 : 0;
            if (sign != 0) {
                signs.merge(mention.getEntity().getEntityId(), sign, (a, b) -> a | b);
            }
        }
    }

    /** "she" for a holder known only as he, "he" for one known only as she, else nothing. */
    String foreignPronoun(SpeakerMention holder) {
        int sign = signs.getOrDefault(holder.getEntity().getEntityId(), 0);
        return sign == 1 ? "she" : sign == 2 ? "he" : "";
    }
}
