package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.quote.SpacedWords;
import org.quotestance.text.Word;

/** People an article introduces with a title, which the speaker linker keeps so nominals can find them. */
class MentionParserTest {

    private final MentionParser parser = new MentionParser();

    @Test
    void aNameAfterItsTitleIsATitledName() {
        List<Word> words = SpacedWords.of("Iranian", "Deputy", "Foreign", "Minister", "Abbas", "Araqchi", "said");
        MentionCandidate c = parser.titledName(words, 0, words.size());
        assertNotNull(c);
        assertEquals("Abbas Araqchi", c.name());
        assertEquals("Iranian Deputy Foreign Minister", c.role());
    }

    @Test
    void aNameWithoutATitleIsNoTitledName() {
        List<Word> words = SpacedWords.of("Abbas", "Araqchi", "said");
        assertEquals("NAME", parser.parse(words, 0, words.size()).mentionType(), "a name, but no role");
        assertNull(parser.titledName(words, 0, words.size()));
    }

    @Test
    void aTitleWithoutANameIsNoTitledName() {
        List<Word> words = SpacedWords.of("the", "foreign", "minister", "said");
        assertNull(parser.titledName(words, 0, words.size()));
    }
}
