package org.quotestance.location;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;

/**
 * The words of the full names of the people quoted in a document ("Abbas", "Araqchi"), so that a
 * person's name is not taken for a place ("Abbas" is also a town in Pakistan).
 */
final class SpeakerNameWords {

    private final Set<String> words = new HashSet<>();

    SpeakerNameWords(JCas jcas) {
        for (SpeakerMention mention : JCasUtil.select(jcas, SpeakerMention.class)) {
            SpeakerEntity entity = mention.getEntity();
            if (entity != null && "PERSON".equals(entity.getKind()) && entity.getVariants() != null) {
                for (String variant : entity.getVariants().toArray()) {
                    String[] parts = variant.split("\\s+");
                    // a one-word "person" may be a state the quote layer took for one ("Ankara denied")
                    if (parts.length > 1) {
                        for (String word : parts) {
                            words.add(word.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
    }

    /** Every word of the mention belongs to a quoted person's name. */
    boolean covers(String mentionText) {
        for (String word : mentionText.split("[\\s-]+")) {
            if (!words.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return !words.isEmpty();
    }
}
