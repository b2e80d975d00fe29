package org.quotestance.stance;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;

/**
 * Who may hold a stance: a speaker mention resolved to a person or organisation whose name looks
 * like a name (capitalised words, with lower-case particles such as "of", "al", "van"), never a
 * clause, a common noun or a group named by a common noun ("officials"), and never a place. An
 * organisation needs a name that says it is one ("National Rifle Association", "NRA", "Republicans").
 */
public final class StanceHolder {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WEB_ADDRESS = Pattern.compile(".*\\.(org|com|net)\\b.*");
    private static final Pattern PLURAL_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+s");

    static final int MAX_NAME_WORDS = 6;
    private static final Set<String> KINDS = Set.of("PERSON", "ORGANIZATION");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’-]*|&");
    private static final Set<String> PARTICLES = Set.of("of", "the", "for", "and", "on", "de", "del", "da", "di",
            "al", "al-", "el", "bin", "ibn", "van", "von", "der", "den", "la", "le", "du", "dos", "y");

    /** An organisation speaks for itself only under a name that says it is one (outlets and places that speak are left out). */
    private static final Set<String> ORGANISATION_WORDS = Set.of("Party", "Committee", "Department", "Ministry",
            "Council", "Association", "Union", "Institute", "Foundation", "Center", "Centre", "Campaign", "Office",
            "Agency", "Commission", "Senate", "House", "Congress", "Court", "Government", "Administration",
            "Republicans", "Democrats", "Group", "Coalition", "Federation", "Organization", "Organisation", "League",
            "Bank", "Fund", "Army", "Police", "Company", "Corporation", "Inc", "Corp", "Church", "Conference",
            "Chamber", "Board", "Caucus", "Alliance", "Movement", "Network", "Society", "Parliament", "Cabinet");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
    /**
     * Capitalised words that are no part of a name: a headline or a sentence's first words read as one
     * ("Does Rubio", "Heavyweights Come Out Against Trump", "Byline").
     */
    private static final Set<String> NOT_NAME_WORDS = Set.of("does", "do", "did", "is", "was", "are", "were", "will",
            "would", "can", "could", "should", "has", "have", "had", "the", "a", "an", "but", "and", "if", "when",
            "why", "how", "what", "who", "against", "out", "come", "comes", "says", "said", "byline", "via", "read",
            "watch", "photo", "video", "breaking", "update", "exclusive", "opinion", "editor", "editorial",
            "endorses", "backs", "slams", "blasts", "attacks", "praises", "rips", "defends", "denounces", "accuses",
            "politicians", "officials", "critics", "analysts", "experts", "campaigners", "ministers", "residents",
            "voters", "protesters", "observers");

    private static final Pattern INDEFINITE = Pattern.compile("(?i)(a|an)\\s");
    /** "Joseph R" of "Joseph R. Biden": a name cut after an initial. */
    private static final Pattern CUT_INITIAL = Pattern.compile("\\s\\p{Lu}\\.?$");

    private StanceHolder() {
    }

    public static boolean isNamedSpeaker(SpeakerMention mention) {
        return isNamedMention(mention) && isNamedEntity(mention.getEntity());
    }

    private static boolean isNamedMention(SpeakerMention mention) {
        // "a Reagan education secretary" describes someone, it does not name Reagan
        return mention != null && mention.getEntity() != null && !INDEFINITE.matcher(mention.getCoveredText()).lookingAt();
    }

    /** {@link #isNamedSpeaker} for the mentions of one document, each entity's name read once. */
    static final class OfDocument {
        private final Map<SpeakerEntity, Boolean> named = new IdentityHashMap<>();

        boolean isNamedSpeaker(SpeakerMention mention) {
            return isNamedMention(mention) && named.computeIfAbsent(mention.getEntity(), StanceHolder::isNamedEntity);
        }
    }

    private static boolean isNamedEntity(SpeakerEntity entity) {
        String name = entity.getCanonicalName();
        if (!KINDS.contains(entity.getKind()) || name == null || name.isBlank()) {
            return false;
        }
        String[] words = SPACES.split(name.trim());
        if (words.length > MAX_NAME_WORDS || !NAME_WORD.matcher(words[0]).matches()
                || words.length == 1 && (words[0].length() < 3 || words[0].contains("-") || isPersonInCapitals(entity))
                || WEB_ADDRESS.matcher(name).matches() || CUT_INITIAL.matcher(name.trim()).find()) {
            return false;
        }
        boolean organisationWord = false;
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches() && !PARTICLES.contains(word)
                    || NOT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            organisationWord |= ORGANISATION_WORDS.contains(word) || ACRONYM.matcher(word).matches();
        }
        return !"ORGANIZATION".equals(entity.getKind()) || organisationWord;
    }

    /** "MEP", "GOP" as a person: a role or group read as a name. */
    private static boolean isPersonInCapitals(SpeakerEntity entity) {
        return "PERSON".equals(entity.getKind()) && ACRONYM.matcher(entity.getCanonicalName().trim()).matches();
    }

    /**
     * An organisation is "they" in what it says, but a party's members named as a group ("Republicans",
     * "Democrats") are "they" mostly in polls and descriptions of voters ("they had supported Sanders, now
     * support Clinton"), so their "they" is not taken for the holder.
     */
    private static boolean speaksAsThey(SpeakerEntity entity) {
        String name = entity.getCanonicalName().trim();
        return "ORGANIZATION".equals(entity.getKind()) && !(PLURAL_WORD.matcher(name).matches() && !name.contains(" "));
    }

    /** The lower-cased words that name the holder: its canonical name, spelling variants and role. */
    static Set<String> words(SpeakerEntity entity) {
        return OwnStance.holderWords(entity.getCanonicalName(), entity.getRole(),
                entity.getVariants() == null ? null : String.join(" ", entity.getVariants().toArray()),
                speaksAsThey(entity) ? "they their them" : null);
    }
}
