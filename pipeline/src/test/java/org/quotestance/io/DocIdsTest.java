package org.quotestance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ids from paths and from collection ids are usable as file names on any system, and unique. */
class DocIdsTest {

    @Test
    void foldersAreJoinedWithTwoUnderscores() {
        assertEquals("2021__03__x", DocIds.safe("2021/03/x"));
    }

    @Test
    void charactersFileSystemsForbidAndWhitespaceBecomeUnderscores() {
        assertEquals("a_b_c_d_e_f", DocIds.safe("a:b*c?d\"e<f"));
        assertEquals("two_words_tab", DocIds.safe("two words\ttab"));
        assertEquals("_hidden", DocIds.safe(".hidden"));
        assertEquals("_", DocIds.safe(""));
        assertEquals("Zürich-新闻", DocIds.safe("Zürich-新闻"));
    }

    @Test
    void veryLongIdIsCutWithoutSplittingASurrogatePair() {
        String id = DocIds.safe("a".repeat(DocIds.MAX_LENGTH - 1) + "\uD83D\uDE00tail");
        assertEquals(DocIds.MAX_LENGTH - 1, id.length());
        assertTrue(id.chars().allMatch(c -> c == 'a'));
    }

    @Test
    void repeatedIdGetsTheNextFreeNumberEvenWhenOnlyCaseDiffers() {
        DocIds ids = new DocIds();
        assertEquals("x", ids.unique("x"));
        assertEquals("X~2", ids.unique("X"));
        assertEquals("x~3", ids.unique("x"));
        assertEquals("x~2~2", ids.unique("x~2"));
    }
}
