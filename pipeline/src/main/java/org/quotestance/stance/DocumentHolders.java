package org.quotestance.stance;

import java.util.HashMap;
import java.util.HashSet;
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
 */
final class DocumentHolders {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(\\s+\\p{Lu}[\\p{L}'’-]*){0,3}");
    private final Map<String, SpeakerMention> byMentionText;
    private final Map<String, SpeakerMention> byName;
    /** People named in full who are no holder of the speaker layer, by full name and unshared surname. */
    private final Map<String, String> unquotedPeople;
    private final Map<String, SpeakerEntity> unquotedEntities = new HashMap<>();
    private final JCas jcas;
    /** The last word of every name, to pass over runs that name no holder without reading them further. */
    private final Set<String> lastWords = new HashSet<>();

    DocumentHolders(JCas jcas, StanceHolder.OfDocument named) {
        Map<String, SpeakerMention> mentionTexts = new HashMap<>();
        Map<String, SpeakerMention> names = new HashMap<>();
        Set<String> sharedTexts = new HashSet<>();
        Set<String> sharedNames = new HashSet<>();
        for (SpeakerMention mention : jcas.select(SpeakerMention.class)) {
            if (!named.isNamedSpeaker(mention)) {
                continue;
            }
            if ("NAME".equals(mention.getMentionType())) {
                put(mentionTexts, sharedTexts, key(mention.getCoveredText()), mention);
            }
            for (String name : names(mention.getEntity())) {
                put(names, sharedNames, name, mention);
            }
        }
        this.jcas = jcas;
        unquotedPeople = unquotedPeople(jcas, mentionTexts.keySet(), names, sharedNames);
        mentionTexts.keySet().removeAll(sharedTexts);
        names.keySet().removeAll(sharedNames);
        byMentionText = mentionTexts;
        byName = names;
        for (String name : mentionTexts.keySet()) {
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
        return SPACES.matcher(name.trim()).replaceAll(" ").toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Whether any word of the run could end a holder's name. */
    boolean mayBeNamedIn(List<Word> words) {
        for (Word word : words) {
            if (lastWords.contains(word.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Hillary Clinton" when the holder is "Hillary Rodham Clinton": the same given name and surname. */
    private static boolean isHolderUnderOtherName(SpeakerMention holder, String given) {
        return holder != null && key(holder.getEntity().getCanonicalName()).startsWith(key(given) + " ");
    }

    boolean isEmpty() {
        return byName.isEmpty() && byMentionText.isEmpty() && unquotedPeople.isEmpty();
    }

    /** Whether the phrase is one of the holder's own names ("Cruz defended Cruz" is no stance). */
    boolean isNameOf(SpeakerMention holder, String phrase) {
        SpeakerMention named = lookUp(key(phrase));
        String person = unquotedPeople.get(key(phrase));
        String id = named != null ? named.getEntity().getEntityId() : person == null ? null : NameKey.personId(person);
        return holder.getEntity().getEntityId().equals(id);
    }

    /** The holder the phrase names, if it names exactly one. */
    Optional<SpeakerMention> holderNamed(String phrase) {
        return Optional.ofNullable(lookUp(key(phrase)));
    }

    /** The holder named by words [from, to), as a mention of it in the document, if the words name exactly one. */
    Optional<SpeakerMention> named(List<Word> words, int from, int to) {
        String name = phrase(words, from, to);
        SpeakerMention holder = lookUp(name);
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

    private SpeakerMention lookUp(String key) {
        SpeakerMention mention = byMentionText.get(key);
        return mention != null ? mention : byName.get(key);
    }
}
