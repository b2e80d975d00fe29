package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.quote.QuotedNews.LEAD;
import static org.quotestance.quote.QuotedNews.attributions;
import static org.quotestance.quote.QuotedNews.mention;

import java.util.List;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.text.Word;
import org.quotestance.type.Quote;

/** The attribution source model: deterministic training, and the shipped model's choices on news phrasing. */
class SourceModelTest {

    private static final SourceTrainer.Settings TINY = new SourceTrainer.Settings(50, 0);

    private static Path fixture() throws Exception {
        return Path.of(SourceModelTest.class.getResource("tiny-sources.jsonl").toURI());
    }

    @Test
    void sameDataGivesTheSameModelBytes() throws Exception {
        byte[] first = new SourceTrainer(TINY).trainBytes(fixture(), d -> true);
        byte[] second = new SourceTrainer(TINY).trainBytes(fixture(), d -> true);
        assertTrue(first.length > 0);
        assertArrayEquals(first, second);
    }

    @Test
    void subjectNextToTheCueIsChosenOverANameInAnAdverbialBeforeIt() throws Exception {
        SourceModel model = new SourceTrainer(TINY).train(fixture(), d -> true);
        List<Word> words = SpacedWords.of("After", "a", "call", "with", "Joe", "Park", ",", "the", "minister", "said", "that",
                "the", "port", "is", "open");
        SourceModel.Choice choice = model.choose(words, 0, words.size(), 9, 10, words.size(), null);
        assertNotNull(choice);
        MentionCandidate chosen = choice.mention();
        assertEquals(words.get(7).begin(), chosen.begin(), () -> "chose " + chosen);
    }

    @Test
    void accordingToTakesTheSourceAfterTheCue() throws Exception {
        Quote q = attributions(LEAD + "According to the county sheriff, the two hikers were found alive on Sunday.")
                .get(0);
        String source = mention(q);
        assertTrue(source.endsWith("sheriff") && q.getSpeaker().getBegin() > q.getCue().getBegin(),
                () -> "source " + source);
    }

    @Test
    void participleTakesTheSubjectOfTheSentenceNotTheObjectBeforeIt() throws Exception {
        List<Quote> quotes = attributions(LEAD + "The governor met the union leaders on Monday, insisting that "
                + "the budget would not be cut.");
        assertEquals(1, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("The governor", mention(quotes.get(0)));
    }
}
