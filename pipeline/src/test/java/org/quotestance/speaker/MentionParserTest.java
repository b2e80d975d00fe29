package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void everyMentionBeginsAtAWordThatMayBeginOne() {
        String[][] sentences = {
            { "the", "senior", "diplomat", "said", "he", "was", "told", "by", "Mr.", "Smith", "of", "the", "FBI" },
            { "New", "Jersey", "Gov.", "Chris", "Christie", "and", "two", "Democratic", "speechwriters", "disagreed" },
            { "one", "source", "on", "the", "panel", "said", "officials", "in", "New", "York", "denied", "it" },
            { "a", "spokesman", "for", "Microsoft", "said", "I've", "heard", "Republicans", "say", "they", "would" },
            { "sources", "told", "us", "that", "Iranian", "Deputy", "Foreign", "Minister", "Abbas", "Araqchi",
                "agreed" },
        };
        int begun = 0;
        for (String[] sentence : sentences) {
            List<Word> words = SpacedWords.of(sentence);
            for (int from = 0; from < words.size(); from++) {
                for (int to = from + 1; to <= words.size(); to++) {
                    MentionCandidate c = parser.parse(words, from, to);
                    if (c != null && c.begin() == words.get(from).begin()) {
                        assertTrue(parser.mayBeginAt(words.get(from)), c + " begins at " + words.get(from));
                        begun++;
                    }
                }
            }
        }
        assertTrue(begun > 100, "mentions that begin where the parse starts: " + begun);
        for (String verb : new String[] { "said", "told", "would", "," }) {
            assertFalse(parser.mayBeginAt(SpacedWords.of(verb).get(0)), verb);
        }
    }
}
