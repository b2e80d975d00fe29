package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.text.Word;

/** People an article introduces with a title, which the speaker linker keeps so nominals can find them. */
class MentionParserTest {

    private final MentionParser parser = new MentionParser();

    @Test
    void aNameAfterItsTitleIsATitledName() {
        List<Word> words = words("Iranian", "Deputy", "Foreign", "Minister", "Abbas", "Araqchi", "said");
        MentionCandidate c = parser.titledName(words, 0, words.size());
        assertNotNull(c);
        assertEquals("Abbas Araqchi", c.name());
        assertEquals("Iranian Deputy Foreign Minister", c.role());
    }

    @Test
    void aNameWithoutATitleIsNoTitledName() {
        List<Word> words = words("Abbas", "Araqchi", "said");
        assertEquals("NAME", parser.parse(words, 0, words.size()).mentionType(), "a name, but no role");
        assertNull(parser.titledName(words, 0, words.size()));
    }

    @Test
    void aTitleWithoutANameIsNoTitledName() {
        List<Word> words = words("the", "foreign", "minister", "said");
        assertNull(parser.titledName(words, 0, words.size()));
    }

    private static List<Word> words(String... tokens) {
        List<Word> words = new ArrayList<>();
        int offset = 0;
        for (String t : tokens) {
            words.add(new Word(offset, offset + t.length(), t));
            offset += t.length() + 1;
        }
        return words;
    }
}
