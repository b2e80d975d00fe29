package org.quotestance.speaker;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.quote.DirectQuoteAnnotator;
import org.quotestance.quote.IndirectQuoteAnnotator;
import org.quotestance.structure.StructureAnnotator;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Corpus-level linking: an article that names a person by surname only gets the full-name person the other
 * articles of the corpus name, when the corpus and the article single one out.
 */
class CorpusSpeakerLinkingTest {

    private static final String LEAD = "Campaign notes\n\n";

    @TempDir
    Path folder;

    @Test
    void surnameOnlyTrumpJoinsDonaldTrumpFromAnotherArticle() throws Exception {
        Path names = corpus(
                "Donald Trump spoke in Iowa on Monday. Donald Trump said the polls were wrong.",
                "Trump said the wall would be built.");
        SpeakerEntity trump = speakerOf(names, "Trump said the wall would be built.");
        assertEquals("Donald Trump", trump.getCanonicalName());
        assertEquals("trump_d", trump.getEntityId());
        assertNull(trump.getCandidates());
    }

    @Test
    void clintonStaysAmbiguousBetweenHillaryAndBillWhenTheArticleNamesNeither() throws Exception {
        Path names = corpus(
                "Hillary Clinton campaigned in Ohio. Hillary Clinton said jobs come first.",
                "Hillary Clinton spoke in Iowa.",
                "Bill Clinton spoke at a rally. Bill Clinton said the economy was strong.",
                "Bill Clinton visited Arkansas.",
                "Clinton said the plan would work.");
        SpeakerEntity clinton = speakerOf(names, "Clinton said the plan would work.");
        assertEquals("klinton_", clinton.getEntityId());
        assertNotNull(clinton.getCandidates(), "candidates listed");
        assertEquals(List.of("klinton_b", "klinton_h"), List.of(clinton.getCandidates().toArray()).stream().sorted().toList());
    }

    @Test
    void clintonJoinsHillaryWhenTheArticleUsesHerGivenName() throws Exception {
        Path names = corpus(
                "Hillary Clinton campaigned in Ohio. Hillary Clinton said jobs come first.",
                "Hillary Clinton spoke in Iowa.",
                "Bill Clinton spoke at a rally. Bill Clinton said the economy was strong.",
                "Bill Clinton visited Arkansas.",
                "Clinton said the plan would work. Supporters cheered for Hillary at the rally.");
        SpeakerEntity clinton = speakerOf(names,
                "Clinton said the plan would work. Supporters cheered for Hillary at the rally.");
        assertEquals("Hillary Clinton", clinton.getCanonicalName());
        assertEquals("klinton_h", clinton.getEntityId());
    }

    @Test
    void mrsClintonJoinsHillaryWhenTheCorpusKnowsHerAsMrsClinton() throws Exception {
        Path names = corpus(
                "Hillary Clinton campaigned in Ohio. Mrs. Clinton said jobs come first.",
                "Hillary Clinton spoke in Iowa. Mrs. Clinton took questions.",
                "Bill Clinton spoke at a rally. Mr. Clinton said the economy was strong.",
                "Bill Clinton visited Arkansas. Mr. Clinton met voters.",
                "Mrs. Clinton said the plan would work.");
        SpeakerEntity clinton = speakerOf(names, "Mrs. Clinton said the plan would work.");
        assertEquals("klinton_h", clinton.getEntityId());
    }

    @Test
    void mrsClintonIsNotBillClintonInAnArticleThatNamesBothClintons() throws Exception {
        String article = "Former President Bill Clinton and Hillary Clinton arrived in Ohio. "
                + "Mrs. Clinton said the plan would work.";
        Path names = corpus(
                "Hillary Clinton campaigned in Ohio. Mrs. Clinton said jobs come first.",
                "Hillary Clinton spoke in Iowa. Mrs. Clinton took questions.",
                "Bill Clinton spoke at a rally. Mr. Clinton said the economy was strong.",
                "Bill Clinton visited Arkansas. Mr. Clinton met voters.",
                article);
        SpeakerEntity clinton = speakerOf(names, article);
        assertEquals("klinton_h", clinton.getEntityId());
        assertEquals("Hillary Clinton", clinton.getCanonicalName());
    }

    @Test
    void charlesAndKenClarkeStayApart() throws Exception {
        assertNotEquals(NameKey.personId("Charles Clarke"), NameKey.personId("Ken Clarke"));
        Path names = corpus(
                "Charles Clarke said the bill would pass.",
                "Ken Clarke said the bill would fail.");
        SpeakerEntity charles = speakerOf(names, "Charles Clarke said the bill would pass.");
        SpeakerEntity ken = speakerOf(names, "Ken Clarke said the bill would fail.");
        assertNotEquals(charles.getEntityId(), ken.getEntityId());
    }

    @Test
    void twoGivenNamesWithOneInitialGetTheirWholeGivenNameInTheId() throws Exception {
        Path names = corpus(
                "Hillary Clinton spoke. Hillary Clinton said yes. Hillary Clinton left.",
                "Harry Clinton spoke. Harry Clinton said no. Harry Clinton stayed.",
                "Another Harry Clinton story: Harry Clinton said maybe.");
        SpeakerEntity hillary = speakerOf(names, "Hillary Clinton said the plan would work.");
        SpeakerEntity harry = speakerOf(names, "Harry Clinton said the plan would fail.");
        assertNotEquals(hillary.getEntityId(), harry.getEntityId());
        assertEquals("klinton_hilari", hillary.getEntityId());
    }

    @Test
    void registryPinsIdNameAndExternalId() throws Exception {
        Path names = corpus(
                "Donald Trump spoke in Iowa on Monday. Donald Trump said the polls were wrong.",
                "Trump said the wall would be built.");
        Path registry = folder.resolve("speakers.csv");
        java.nio.file.Files.writeString(registry,
                "id,name,aliases,external_id\ndonald-trump,Donald J. Trump,Donald Trump|Trump,Q22686\n");
        JCas jcas = annotate(names, registry, "Trump said the wall would be built.");
        SpeakerEntity trump = jcas.select(Quote.class).get(0).getSpeaker().getEntity();
        assertEquals("donald-trump", trump.getEntityId());
        assertEquals("Donald J. Trump", trump.getCanonicalName());
        assertEquals("Q22686", trump.getExternalId());
    }

    @Test
    void aMissingCorpusNamesFileFailsWhenThePipelineIsBuiltNotWithEveryDocument(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-names.ser");
        ResourceInitializationException e = assertThrows(ResourceInitializationException.class,
                () -> AnalysisEngineFactory.createEngine(createEngineDescription(SpeakerLinker.class,
                        SpeakerLinker.PARAM_CORPUS_NAMES, missing.toString())));
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("no-such-names.ser"), "a message names the file: " + messages);
    }

    @Test
    void aSentenceInitialCommonWordIsNoGivenName() {
        List<NameScanner.Found> found = NameScanner.scan("Should Trump win, the party splits. He should not.");
        assertEquals(0, found.stream().filter(NameScanner.Found::isFullName).count(), () -> "found: " + found);
    }

    @Test
    void roleLosesOutletAndStrayCapitals() {
        assertEquals("President", RolePhrase.clean("CNN President On"));
        assertEquals("former Florida governor", RolePhrase.clean("former Florida governor"));
        assertEquals("", RolePhrase.clean("Said"));
    }

    /** Writes the corpus names of these article texts, as the first pass of a run does. */
    private Path corpus(String... texts) throws Exception {
        CorpusNames names = new CorpusNames();
        for (String text : texts) {
            names.addDocument(LEAD + text, "");
        }
        Path file = folder.resolve("names-" + texts.length + "-" + texts[0].hashCode() + ".ser");
        names.complete().write(file);
        return file;
    }

    private static SpeakerEntity speakerOf(Path names, String text) throws Exception {
        JCas jcas = annotate(names, null, text);
        List<Quote> quotes = List.copyOf(jcas.select(Quote.class).asList());
        assertEquals(1, quotes.size(), () -> "quotes: " + quotes.stream().map(Quote::getCoveredText).toList());
        assertNotNull(quotes.get(0).getSpeaker(), "speaker mention");
        assertNotNull(quotes.get(0).getSpeaker().getEntity(), "speaker entity");
        return quotes.get(0).getSpeaker().getEntity();
    }

    private static JCas annotate(Path names, Path registry, String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(LEAD + text);
        jcas.setDocumentLanguage("en");
        DocumentMetaData.create(jcas).setDocumentId("test");
        SimplePipeline.runPipeline(jcas,
                createEngineDescription(StructureAnnotator.class),
                PipelineFactory.segmenter(),
                createEngineDescription(IndirectQuoteAnnotator.class),
                createEngineDescription(DirectQuoteAnnotator.class),
                createEngineDescription(SpeakerLinker.class, SpeakerLinker.PARAM_CORPUS_NAMES, names.toString(),
                        SpeakerLinker.PARAM_SPEAKERS_FILE, registry == null ? null : registry.toString()));
        return jcas;
    }
}
