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
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;

/**
 * The named people and organisations a document's speaker layer resolved ({@link StanceHolder}), by
 * the names the text calls them. A name the speaker layer itself resolved in this document (a NAME
 * mention's text, "Clinton" for Hillary Clinton) counts first; then the full name, each spelling
 * variant and, for a person, the surname. A name that stands for two holders names neither.
 */
final class DocumentHolders {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(\\s+\\p{Lu}[\\p{L}'’-]*){0,3}");
    private final Map<String, SpeakerMention> byMentionText;
    private final Map<String, SpeakerMention> byName;
    /** The last word of every name, to pass over runs that name no holder without reading them further. */
    private final Set<String> lastWords = new HashSet<>();

    DocumentHolders(JCas jcas) {
        Map<String, SpeakerMention> mentionTexts = new HashMap<>();
        Map<String, SpeakerMention> names = new HashMap<>();
        Set<String> sharedTexts = new HashSet<>();
        Set<String> sharedNames = new HashSet<>();
        for (SpeakerMention mention : jcas.select(SpeakerMention.class)) {
            if (!StanceHolder.isNamedSpeaker(mention)) {
                continue;
            }
            if ("NAME".equals(mention.getMentionType())) {
                put(mentionTexts, sharedTexts, key(mention.getCoveredText()), mention);
            }
            for (String name : names(mention.getEntity())) {
                put(names, sharedNames, name, mention);
            }
        }
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

    boolean isEmpty() {
        return byName.isEmpty() && byMentionText.isEmpty();
    }

    /** Whether the phrase is one of the holder's own names ("Cruz defended Cruz" is no stance). */
    boolean isNameOf(SpeakerMention holder, String phrase) {
        SpeakerMention named = lookUp(key(phrase));
        return named != null && named.getEntity().getEntityId().equals(holder.getEntity().getEntityId());
    }

    /** The holder the phrase names, if it names exactly one. */
    Optional<SpeakerMention> holderNamed(String phrase) {
        return Optional.ofNullable(lookUp(key(phrase)));
    }

    /** The holder named by words [from, to), as a mention of it in the document, if the words name exactly one. */
    Optional<SpeakerMention> named(List<Word> words, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to; i++) {
            name.append(i > from ? " " : "").append(words.get(i).lower());
        }
        return Optional.ofNullable(lookUp(name.toString()));
    }

    private SpeakerMention lookUp(String key) {
        SpeakerMention mention = byMentionText.get(key);
        return mention != null ? mention : byName.get(key);
    }
}
