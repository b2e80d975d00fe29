package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The letter runs of mentions and roles, which say a speaker's gender and the words a nominal shares with a role. */
class LetterRunsTest {

    @Test
    void aRoleSplitsIntoItsWordsAtSpacesHyphensFullStopsAndApostrophes() {
        assertEquals(List.of("deputy", "foreign", "minister", "s"), LetterRuns.of("deputy foreign-minister's"));
        assertEquals(List.of("mrs", "clinton"), LetterRuns.of("Mrs. Clinton".toLowerCase()));
        assertEquals(List.of("u", "s", "sen"), LetterRuns.of("(U.S. Sen.)".toLowerCase()));
        assertEquals(List.of(), LetterRuns.of(" 2016, -- "));
    }

    @Test
    void lettersOfEveryScriptStayInTheirRunAsTheRegularExpressionKeepsThem() {
        Pattern notLetters = Pattern.compile("[^\\p{L}]+");
        String[] texts = { "Recep Tayyip Erdoğan", "José Martínez’s aide", "Ayatollah Seyyed Ali Khamenei,",
            "вице-премьер Дмитрий Козак", "ministre des Affaires étrangères", "rédacteur 𝐁old 𝐍ame",
            "he said: \"no\"", "—", "", "O'Rourke", "e\u0301tienne", "\u02BBokina", "x1y2z" };
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            for (String w : notLetters.split(text)) {
                if (!w.isEmpty()) {
                    expected.add(w);
                }
            }
            assertEquals(expected, LetterRuns.of(text), text);
        }
    }
}
