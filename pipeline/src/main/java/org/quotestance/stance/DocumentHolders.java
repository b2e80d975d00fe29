package org.quotestance.stance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.uima.jcas.JCas;
import org.quotestance.speaker.NameKey;
import org.quotestance.speaker.NameScanner;
import org.quotestance.text.SpanCover;
import org.quotestance.type.Location;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;

/**
 * The named people and organisations a document's speaker layer resolved ({@link StanceHolder}), by
 * the names the text calls them. A name the speaker layer itself resolved in this document (a NAME
 * mention's text, "Clinton" for Hillary Clinton) counts first; then the full name, each spelling
 * variant and, for a person, the surname. A name that stands for two holders names neither.
 * <p>
 * People the article names in full ("Sen. Bernie Sanders") but never quotes are holders too, for the
 * stances the article states in its own words: the speaker layer's {@link NameScanner} finds them, by
 * their full name or, when no other person or holder shares it, their surname. They have no speaker
 * entity; {@link #named} makes one (not indexed, id from {@link NameKey#personId}) for the stance to hold.
 * The scan is made only when an answer depends on it (about a third of the stance layer's time when it
 * ran for every document); the answers are the same as with a scan of every document.
 */
final class DocumentHolders {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(\\s+\\p{Lu}[\\p{L}'’-]*){0,3}");
    private final Map<String, SpeakerMention> byMentionText;
    /** The holders' names before the names scan, with the names two holders share; {@link #scanned} drops those. */
    private final Map<String, SpeakerMention> holderNames;
    private final Set<String> sharedNames;
    /** The speaker layer's NAME mention texts, shared ones too, as the scan reads them. */
    private final Set<String> allMentionTexts;
    private Map<String, SpeakerMention> byName;
    /** People named in full who are no holder of the speaker layer, by full name and unshared surname. */
    private Map<String, String> unquotedPeople;
    private final Map<String, SpeakerEntity> unquotedEntities = new HashMap<>();
    private final JCas jcas;
    /** The last word of every name, to pass over runs that name no holder without reading them further. */
    private final Set<String> lastWords = new HashSet<>();
    /** The last words of the holders' names before the scan, which can only take some away. */
    private final Set<String> holderLastWords = new HashSet<>();
    private String lowerText;

    DocumentHolders(JCas jcas, StanceHolder.OfDocument named) {
        Map<String, SpeakerMention> mentionTexts = new HashMap<>();
        Map<String, SpeakerMention> names = new HashMap<>();
        Set<String> sharedTexts = new HashSet<>();
        Set<String> shared = new HashSet<>();
        Map<SpeakerEntity, Set<String>> entityNames = new IdentityHashMap<>();
        for (SpeakerMention mention : jcas.select(SpeakerMention.class)) {
            if (!named.isNamedSpeaker(mention)) {
                continue;
            }
            if ("NAME".equals(mention.getMentionType())) {
                put(mentionTexts, sharedTexts, key(mention.getCoveredText()), mention);
            }
            for (String name : entityNames.computeIfAbsent(mention.getEntity(), DocumentHolders::names)) {
                put(names, shared, name, mention);
            }
        }
        this.jcas = jcas;
        allMentionTexts = Set.copyOf(mentionTexts.keySet());
        mentionTexts.keySet().removeAll(sharedTexts);
        byMentionText = mentionTexts;
        holderNames = names;
        sharedNames = shared;
        for (String name : mentionTexts.keySet()) {
            holderLastWords.add(name.substring(name.lastIndexOf(' ') + 1));
        }
        for (String name : names.keySet()) {
            if (!shared.contains(name)) {
                holderLastWords.add(name.substring(name.lastIndexOf(' ') + 1));
            }
        }
    }

    /**
     * The names scan, made when a question needs it and once per document: the people named in full and
     * never quoted, and the holders' names they share. A document whose holders are asked for only by
     * names the speaker layer resolved in it, or not at all, is not scanned.
     */
    private void scanned() {
        if (unquotedPeople != null) {
            return;
        }
        unquotedPeople = unquotedPeople(jcas, allMentionTexts, holderNames, sharedNames);
        Map<String, SpeakerMention> names = new HashMap<>(holderNames);
        names.keySet().removeAll(sharedNames);
        byName = names;
        for (String name : byMentionText.keySet()) {
            lastWords.add(name.substring(name.lastIndexOf(' ') + 1));
        }
        for (String name : names.keySet()) {
            lastWords.add(name.substring(name.lastIndexOf(' ') + 1));
        }
        for (String name : unquotedPeople.keySet()) {
            lastWords.add(name.substring(name.lastIndexOf(' ') + 1));
        }
    }

    /**
     * The people the text names in full ("Given Surname", no place) whom no holder's name covers, by
     * full name and by surname; a surname that two people, or a person and a holder, share is dropped
     * (and the holder's surname becomes shared too: "Clinton" in an article naming Bill and Hillary).
     */
    private static Map<String, String> unquotedPeople(JCas jcas, Set<String> mentionTexts,
            Map<String, SpeakerMention> holderNames, Set<String> sharedHolderNames) {
        SpanCover places = SpanCover.of(jcas.select(Location.class).asList(), Location::getBegin, Location::getEnd);
        String text = jcas.getDocumentText();
        Map<String, String> people = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        Set<String> sharedSurnames = new HashSet<>();
        for (NameScanner.Found found : NameScanner.scan(text)) {
            if (!found.isFullName()) {
                continue;
            }
            String fullName = found.given() + " " + found.surname();
            String full = key(fullName);
            String surname = key(found.surname());
            int begin = text.indexOf(found.given(), found.begin());
            if (begin < 0 || places.overlaps(begin, begin + fullName.length())
                    || holderNames.containsKey(full) || mentionTexts.contains(full)
                    || isHolderUnderOtherName(holderNames.get(surname), found.given())) {
                continue;
            }
            String owner = people.putIfAbsent(full, fullName);
            if (owner == null && !surnames.add(surname)) {
                sharedSurnames.add(surname);
            }
        }
        for (String surname : surnames) {
            if (holderNames.containsKey(surname) && !mentionTexts.contains(surname)) {
                sharedHolderNames.add(surname);
            } else if (!sharedSurnames.contains(surname) && !mentionTexts.contains(surname)) {
                people.put(surname, people.entrySet().stream().filter(e -> e.getKey().endsWith(" " + surname))
                        .map(Map.Entry::getValue).findFirst().orElseThrow());
            }
        }
        return people;
    }

    private static void put(Map<String, SpeakerMention> map, Set<String> shared, String name, SpeakerMention mention) {
        SpeakerMention owner = map.putIfAbsent(name, mention);
        if (owner != null && !owner.getEntity().getEntityId().equals(mention.getEntity().getEntityId())) {
            shared.add(name);
        }
    }

    private static Set<String> names(SpeakerEntity entity) {
        Set<String> names = new HashSet<>();
        names.add(key(entity.getCanonicalName()));
        if (entity.getVariants() != null) {
            for (String variant : entity.getVariants().toArray()) {
                if (CAPITALISED_WORDS.matcher(variant.trim()).matches()) {
                    names.add(key(variant));
                }
            }
        }
        String[] words = SPACES.split(entity.getCanonicalName().trim());
        if ("PERSON".equals(entity.getKind()) && words.length > 1) {
            names.add(key(words[words.length - 1]));
        }
        names.remove("");
        return names;
    }

    private static String key(String name) {
        String trimmed = name.trim();
        String spaced = isSingleSpaced(trimmed) ? trimmed : SPACES.matcher(trimmed).replaceAll(" ");
        return spaced.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Whether every run of {@link #SPACES} in the name is one plain space: most names, which need no regex. */
    private static boolean isSingleSpaced(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' ? i + 1 < name.length() && isRegexSpace(name.charAt(i + 1)) : isRegexSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code \s}: a space, tab, line break, vertical tab or form feed. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether any word of the run could end a holder's name. May say yes when none does (a name the scan
     * would take away), never no when one does; the scan is made only for a capitalised word that ends a
     * two-word run somewhere in the text, as the surname of a full name does.
     */
    boolean mayBeNamedIn(List<Word> words) {
        for (Word word : words) {
            if (holderLastWords.contains(word.lower())) {
                return true;
            }
        }
        if (unquotedPeople == null && !mayEndFullName(words)) {
            return false;
        }
        scanned();
        for (Word word : words) {
            if (lastWords.contains(word.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised word of the run stands in the text after another word and one space ("Mark Dayton"). */
    private boolean mayEndFullName(List<Word> words) {
        if (lowerText == null) {
            lowerText = jcas.getDocumentText().toLowerCase(Locale.ROOT).replace('’', '\'');
        }
        String text = lowerText;
        if (text.length() != jcas.getDocumentText().length()) {
            return true; // a letter whose lower case is longer: read the text as the scan does
        }
        for (Word word : words) {
            if (!Character.isUpperCase(word.text().charAt(0))) {
                continue;
            }
            for (int at = text.indexOf(word.lower()); at >= 0; at = text.indexOf(word.lower(), at + 1)) {
                if (at >= 2 && text.charAt(at - 1) == ' ' && followsCapitalisedWord(at - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word that ends right before the space at {@code space} starts with a capital ("Mark", "W."). */
    private boolean followsCapitalisedWord(int space) {
        String text = jcas.getDocumentText();
        int start = space;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))
                && !Character.isSpaceChar(text.charAt(start - 1))) {
            start--;
        }
        // a word that opens with a mark ("(Mark") is read as capitalised: the scan skips the mark
        return start < space && (Character.isUpperCase(text.charAt(start)) || !Character.isLetter(text.charAt(start)));
    }

    /** "Hillary Clinton" when the holder is "Hillary Rodham Clinton": the same given name and surname. */
    private static boolean isHolderUnderOtherName(SpeakerMention holder, String given) {
        return holder != null && key(holder.getEntity().getCanonicalName()).startsWith(key(given) + " ");
    }

    /** Whether the phrase is one of the holder's own names ("Cruz defended Cruz" is no stance). */
    boolean isNameOf(SpeakerMention holder, String phrase) {
        SpeakerMention named = lookUp(key(phrase));
        if (named != null) { // a holder's name: the people the scan finds are not asked for
            return holder.getEntity().getEntityId().equals(named.getEntity().getEntityId());
        }
        scanned();
        String person = unquotedPeople.get(key(phrase));
        return holder.getEntity().getEntityId().equals(person == null ? null : NameKey.personId(person));
    }

    /** The holder the phrase names, if it names exactly one. */
    Optional<SpeakerMention> holderNamed(String phrase) {
        return Optional.ofNullable(lookUp(key(phrase)));
    }

    /** The holder named by words [from, to), as a mention of it in the document, if the words name exactly one. */
    Optional<SpeakerMention> named(List<Word> words, int from, int to) {
        String name = phrase(words, from, to);
        SpeakerMention holder = lookUp(name);
        if (holder == null) {
            scanned();
        }
        if (holder != null || !unquotedPeople.containsKey(name)) {
            return Optional.ofNullable(holder);
        }
        SpeakerMention mention = new SpeakerMention(jcas, words.get(from).begin(), words.get(to - 1).end());
        mention.setMentionType("NAME");
        mention.setEntity(unquotedEntities.computeIfAbsent(unquotedPeople.get(name), this::entity));
        return Optional.of(mention);
    }

    /** The quote speaker named by words [from, to), if they name exactly one; people never quoted are left out. */
    Optional<SpeakerMention> namedSpeaker(List<Word> words, int from, int to) {
        return Optional.ofNullable(lookUp(phrase(words, from, to)));
    }

    private static String phrase(List<Word> words, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to; i++) {
            name.append(i > from ? " " : "").append(words.get(i).lower());
        }
        return name.toString();
    }

    private SpeakerEntity entity(String fullName) {
        SpeakerEntity entity = new SpeakerEntity(jcas);
        entity.setEntityId(NameKey.personId(fullName));
        entity.setCanonicalName(fullName);
        entity.setKind("PERSON");
        return entity;
    }

    /**
     * The holder the key names. The scan can only take a holder's name away (when a person named in full
     * shares it), and never one the speaker layer resolved in the document: other names need it.
     */
    private SpeakerMention lookUp(String key) {
        SpeakerMention mention = byMentionText.get(key);
        if (mention != null || !holderNames.containsKey(key) || sharedNames.contains(key)) {
            return mention != null ? mention : byName != null ? byName.get(key) : null;
        }
        if (!allMentionTexts.contains(key) && key.indexOf(' ') < 0) { // the scan's surnames are one word
            scanned();
            return byName.get(key);
        }
        return holderNames.get(key);
    }
}
