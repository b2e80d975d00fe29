package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.quotestance.lexicon.SpeakerLexicon;
import org.quotestance.lexicon.WordSet;

/**
 * The speakers of one document while its mentions are being linked: each collects its name
 * variants and role, and answers whether a name, role or pronoun can refer to it.
 */
final class DocumentSpeakers {


    static final class Speaker {
        final String kind;
        String fullName;
        String role = "";
        final Set<String> variants = new LinkedHashSet<>();
        int lastMention = -1;
        int lastSpoke = -1;
        /** 'M' or 'F' when an honorific or a title says so ("Mrs.", "congresswoman"), else 0. */
        char gender;
        /** For a surname-only person the corpus does not settle: the ids of the people it may be. */
        List<String> candidates = List.of();

        /** The full name the name words and keys below were made from: they are asked for every mention. */
        private String keyedName;
        private List<String> nameWords;
        private String surnameKey;
        private String givenKey;

        Speaker(String kind, String name) {
            this.kind = kind;
            this.fullName = name;
        }

        List<String> nameWords() {
            keyName();
            return nameWords;
        }

        String surnameKey() {
            keyName();
            return surnameKey;
        }

        String givenKey() {
            keyName();
            return givenKey;
        }

        /** The name words and keys of the full name, made again when the full name was replaced. */
        private void keyName() {
            if (nameWords == null || keyedName != fullName) {
                nameWords = List.copyOf(NameKey.nameWords(fullName));
                surnameKey = nameWords.isEmpty() ? "" : NameKey.skeleton(nameWords.get(nameWords.size() - 1));
                givenKey = nameWords.size() > 1 ? NameKey.skeleton(nameWords.get(0)) : "";
                keyedName = fullName;
            }
        }

        /** The gender the full name alone gives ({@link DocumentSpeakers#genderOf}), kept as {@link #id} is. */
        private String genderedName;
        private char nameGender;

        /** The id of the full name it was made from, made again when the full name was replaced. */
        private String idName;
        private String id;

        /** The id of the full name: asked for every speaker each time an organisation is mentioned. */
        String id() {
            if (id == null || idName != fullName) {
                id = kind.equals("PERSON") ? NameKey.personId(fullName) : NameKey.organisationId(fullName);
                idName = fullName;
            }
            return id;
        }
    }

    private final List<Speaker> speakers = new ArrayList<>();
    /** The gender known of a full name from elsewhere (the corpus), or 0. */
    private final ToIntFunction<String> knownGender;
    /** How many people of a surname key the document names in full. */
    private final ToIntFunction<String> fullNamesWithSurname;

    DocumentSpeakers() {
        this(name -> 0, surname -> 0);
    }

    DocumentSpeakers(ToIntFunction<String> knownGender, ToIntFunction<String> fullNamesWithSurname) {
        this.knownGender = knownGender;
        this.fullNamesWithSurname = fullNamesWithSurname;
    }

    /**
     * The speaker's gender: the document's honorifics and titles, else what the corpus knows of a full name, else
     * what its given name says ({@code given-name-genders.txt}: "Hillary", "Bernie").
     */
    private char genderOf(Speaker s) {
        if (s.gender != 0 || s.nameWords().size() < 2) {
            return s.gender;
        }
        // asked for every person at every he/she and every name with an honorific: worked out once per full name
        if (s.genderedName != s.fullName) {
            char known = (char) knownGender.applyAsInt(s.fullName);
            s.nameGender = known != 0 ? known : GivenNameGenders.of(s.nameWords().get(0));
            s.genderedName = s.fullName;
        }
        return s.nameGender;
    }

    List<Speaker> all() {
        return speakers;
    }

    /** The person this name refers to, merging "Araqchi" into "Abbas Araqchi" and vice versa. */
    Speaker person(String name, String role, int position) {
        return person(name, role, position, (char) 0);
    }

    /**
     * As {@link #person(String, String, int)}, for a name whose honorific or title gives {@code gender} ('M',
     * 'F' or 0): a person known to be of the other gender (by an honorific or title, the corpus, or a given name:
     * "Mrs. Clinton" does not join a "Bill Clinton" the article names) is someone else; and where the document names
     * several people of the surname in full ("Bill Clinton", "Hillary Clinton"), "Mrs. Clinton" is only one
     * known to be a woman (else she is left to the corpus-level linker, which weighs the genders it knows).
     */
    Speaker person(String name, String role, int position, char gender) {
        List<String> words = NameKey.nameWords(name);
        if (words.isEmpty()) {
            return null;
        }
        String surname = NameKey.skeleton(words.get(words.size() - 1));
        String given = words.size() > 1 ? NameKey.skeleton(words.get(0)) : "";
        for (Speaker s : speakers) {
            if (!s.kind.equals("PERSON")) {
                continue;
            }
            boolean sameSurname = s.surnameKey().equals(surname);
            boolean givenCompatible = given.isEmpty() || s.givenKey().isEmpty() || s.givenKey().equals(given);
            boolean givenNameOnly = words.size() == 1 && surname.equals(s.givenKey());
            boolean otherGender = gender != 0 && (genderOf(s) != 0 ? genderOf(s) != gender
                    : words.size() == 1 && fullNamesWithSurname.applyAsInt(surname) > 1);
            if ((sameSurname && givenCompatible || givenNameOnly) && !otherGender) {
                if (words.size() > s.nameWords().size()) {
                    s.fullName = String.join(" ", words);
                }
                return touch(s, words, role, position);
            }
        }
        Speaker s = new Speaker("PERSON", String.join(" ", words));
        speakers.add(s);
        return touch(s, words, role, position);
    }

    /** The person named before {@code position} whose surname is {@code word}, or null. */
    Speaker personBySurname(String word, int position) {
        String key = NameKey.skeleton(SpeakerLexicon.stripPossessive(word));
        for (Speaker s : speakers) {
            if (s.kind.equals("PERSON") && s.nameWords().size() > 1 && s.surnameKey().equals(key)
                    && s.lastMention >= 0 && s.lastMention < position) {
                return touch(s, word, "", position);
            }
        }
        return null;
    }

    Speaker organisation(String kind, String name, int position) {
        String id = NameKey.organisationId(name);
        for (Speaker s : speakers) {
            if (!s.kind.equals("PERSON") && s.id().equals(id)) {
                return touch(s, name, "", position);
            }
        }
        Speaker s = new Speaker(kind, name);
        speakers.add(s);
        return touch(s, name, "", position);
    }

    /**
     * The person a nominal ("the deputy foreign minister", "the senior diplomat") refers to: the
     * most recently mentioned person whose role shares the nominal's role words, preferring the
     * most shared words; a person introduced later (in a caption, say) if none came before.
     */
    Speaker byRole(String nominal, int position) {
        Set<String> words = roleWords(nominal);
        Set<String> heads = new LinkedHashSet<>();
        for (String w : words) {
            if (SpeakerLexicon.get().isRoleHead(w) || w.equals("diplomat")) {
                heads.add(w);
            }
        }
        Speaker best = null;
        int bestScore = 0;
        for (Speaker s : speakers) {
            if (!s.kind.equals("PERSON") || s.role.isEmpty()) {
                continue;
            }
            Set<String> role = roleWords(s.role);
            if (overlap(heads, role) == 0) {
                continue;
            }
            int score = overlap(words, role);
            boolean before = s.lastMention <= position;
            int ranked = score * 2 + (before ? 1 : 0);
            if (score > 0 && (best == null || ranked > bestScore
                    || ranked == bestScore && s.lastMention > best.lastMention && before)) {
                best = s;
                bestScore = ranked;
            }
        }
        return best;
    }

    /**
     * He/she: the person who last spoke before {@code position}; if nobody has yet, the person last
     * mentioned by name. A person known to be of the other gender ({@code gender} 'M' for "he", 'F'
     * for "she") is passed over.
     */
    Speaker lastPersonBefore(int position, char gender) {
        Speaker spoke = null;
        Speaker mentioned = null;
        for (Speaker s : speakers) {
            if (!s.kind.equals("PERSON") || gender != 0 && genderOf(s) != 0 && genderOf(s) != gender) {
                continue; // "she" is not Mr. Kamin, nor Bernie Sanders
            }
            if (s.lastSpoke >= 0 && s.lastSpoke < position && (spoke == null || s.lastSpoke > spoke.lastSpoke)) {
                spoke = s;
            }
            if (s.lastMention >= 0 && s.lastMention < position
                    && (mentioned == null || s.lastMention > mentioned.lastMention)) {
                mentioned = s;
            }
        }
        return spoke != null ? spoke : mentioned;
    }

    /** Records the gender an honorific or title gives a person ("Mr.", "Mrs.", "spokeswoman"). */
    static void gender(Speaker s, String mentionText) {
        if (s != null && s.gender == 0) {
            s.gender = genderOf(mentionText);
        }
    }

    /** 'M' or 'F' for the first honorific or title in a mention that says the gender ("Mrs. Clinton"), else 0. */
    static char genderOf(String mentionText) {
        for (String w : LetterRuns.of(mentionText.toLowerCase(Locale.ROOT))) {
            char g = genderOfWord(w);
            if (g != 0) {
                return g;
            }
        }
        return 0;
    }

    /** 'M' or 'F' for an honorific or title that says the gender ("mr", "congresswoman"), else 0; lower case. */
    static char genderOfWord(String lower) {
        boolean title = SpeakerLexicon.get().isTitleWord(lower); // "chairman", not "Friedman"
        if (MALE.contains(lower) || title && lower.endsWith("man") && !lower.endsWith("woman")) {
            return 'M';
        }
        if (FEMALE.contains(lower) || title && lower.endsWith("woman")) {
            return 'F';
        }
        return 0;
    }

    /** Honorifics and titles only: relationship nouns ("the wife of Senator Tom Hale") say nothing of the name's gender. */
    private static final WordSet MALE = WordSet.of("mr", "sir", "lord", "king", "prince", "emir", "sultan");
    private static final WordSet FEMALE = WordSet.of("mrs", "ms", "miss", "dame", "lady", "queen", "princess");

    /** Records that {@code s} is the speaker of a quote at {@code position}. */
    static void spoke(Speaker s, int position) {
        s.lastSpoke = Math.max(s.lastSpoke, position);
    }

    private static Speaker touch(Speaker s, String surface, String role, int position) {
        return touch(s, NameKey.nameWords(surface), role, position);
    }

    private static Speaker touch(Speaker s, List<String> surfaceWords, String role, int position) {
        s.variants.add(String.join(" ", surfaceWords));
        if (s.role.isEmpty() && role != null && !role.isEmpty()) {
            s.role = role;
        }
        s.lastMention = Math.max(s.lastMention, position);
        return s;
    }

    private static final WordSet DIPLOMATIC = WordSet.of("minister", "ambassador", "envoy", "diplomat", "fm",
            "foreign");

    /** Lower-case role words; "diplomat" also matches ministers, ambassadors and envoys. */
    private static Set<String> roleWords(String role) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : LetterRuns.of(role.toLowerCase(Locale.ROOT))) {
            if (w.length() > 1 && !w.equals("the") && !w.equals("of") && !w.equals("for")) {
                words.add(w.equals("fm") ? "minister" : w);
                if (w.equals("fm")) {
                    words.add("foreign");
                }
                if (DIPLOMATIC.contains(w)) {
                    words.add("diplomat");
                }
            }
        }
        return words;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
