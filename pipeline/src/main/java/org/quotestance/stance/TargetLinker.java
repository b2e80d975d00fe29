package org.quotestance.stance;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.quotestance.type.Location;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.Stance;

/**
 * Links a stance target to the place or speaker it names: the whole target is a Location or a
 * named SpeakerMention, or the target is an attribute of one, so that a stance toward it is a stance
 * toward its owner — "Azerbaijan’s territorial integrity" (the name's possessive opens the phrase),
 * "the territorial integrity of Azerbaijan" (it closes the phrase after "of"), with a head noun such
 * as integrity, sovereignty, security, government, policy. "The occupation of Azerbaijan" is not
 * linked: a stance against it is no stance against Azerbaijan. A place wins over a speaker on the
 * same words. A target that is the name of a holder of the document ({@link DocumentHolders}) is
 * linked to it where no mention covers it. Other targets are OTHER.
 */
final class TargetLinker {
    /** "territorial integrity of (the) X": up to three words before "of", the last a head noun. */
    private static final Pattern OF_BEFORE = Pattern.compile("^(?:[\\p{L}-]+\\s+){0,2}([\\p{L}-]+)\\s+of\\s+(?:the\\s+)?$");
    /** "X’s territorial integrity": up to three words after the possessive, the last a head noun. */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s?(?:\\s+[\\p{L}-]+){0,2}\\s+([\\p{L}-]+)$");
    /** Nouns through which a stance toward the phrase is a stance toward its owner. */
    private static final Set<String> HEAD_NOUNS = Set.of("integrity", "sovereignty", "independence", "security",
            "safety", "rights", "right", "people", "government", "leadership", "interests", "unity", "stability",
            "existence", "candidacy", "nomination", "campaign", "administration", "presidency", "policy", "policies",
            "agenda", "position", "initiative", "proposal", "plan", "efforts", "role");

    private final JCas jcas;
    private final String text;

    private final DocumentHolders holders;

    TargetLinker(JCas jcas, DocumentHolders holders) {
        this.jcas = jcas;
        this.text = jcas.getDocumentText();
        this.holders = holders;
    }

    void link(Stance stance, int begin, int end) {
        stance.setTargetKind("OTHER");
        for (Location location : JCasUtil.selectCovered(jcas, Location.class, begin, end)) {
            if (heads(location.getBegin(), location.getEnd(), begin, end)) {
                stance.setTargetLocation(location);
                stance.setTargetKind("PLACE");
                return;
            }
        }
        for (SpeakerMention mention : JCasUtil.selectCovered(jcas, SpeakerMention.class, begin, end)) {
            SpeakerEntity entity = mention.getEntity();
            if (entity != null && !"PRONOUN".equals(mention.getMentionType())
                    && heads(mention.getBegin(), mention.getEnd(), begin, end)) {
                setEntity(stance, entity);
                return;
            }
        }
        holders.holderNamed(text.substring(begin, end)).ifPresent(mention -> setEntity(stance, mention.getEntity()));
    }

    private static void setEntity(Stance stance, SpeakerEntity entity) {
        stance.setTargetEntity(entity);
        stance.setTargetKind("GPE".equals(entity.getKind()) ? "PLACE" : entity.getKind());
    }

    /** Whether the name at [nameBegin, nameEnd) is the target, opens it as a possessive, or closes it after "of". */
    private boolean heads(int nameBegin, int nameEnd, int begin, int end) {
        if (nameBegin == begin && nameEnd == end) {
            return true;
        }
        if (nameBegin == begin) {
            return hasHeadNoun(POSSESSIVE_AFTER.matcher(text.substring(nameEnd, end)));
        }
        return nameEnd == end && hasHeadNoun(OF_BEFORE.matcher(text.substring(begin, nameBegin)));
    }

    private static boolean hasHeadNoun(Matcher phrase) {
        return phrase.matches() && HEAD_NOUNS.contains(phrase.group(1).toLowerCase(Locale.ROOT));
    }
}
