package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

class AbbreviationSentenceJoinerTest {

    private static AnalysisEngine segmenter;
    private static AnalysisEngine joiner;

    @BeforeAll
    static void createEngines() throws Exception {
        segmenter = AnalysisEngineFactory.createEngine(BreakIteratorSegmenter.class);
        joiner = AnalysisEngineFactory.createEngine(AbbreviationSentenceJoiner.class);
    }

    private static List<String> sentences(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        segmenter.process(jcas);
        joiner.process(jcas);
        return JCasUtil.select(jcas, Sentence.class).stream().map(Sentence::getCoveredText).toList();
    }

    @Test
    @DisplayName("title before a name does not end the sentence")
    void titleBeforeNameIsJoined() throws Exception {
        assertEquals(List.of("Mr. Obama said on Monday that Sen. Ted Cruz was wrong.", "He left."),
                sentences("Mr. Obama said on Monday that Sen. Ted Cruz was wrong. He left."));
    }

    @Test
    @DisplayName("dotted acronym before a hyphen or an institution's name does not end the sentence")
    void dottedAcronymBeforeHyphenOrInstitutionIsJoined() throws Exception {
        assertEquals(List.of("He wants a wall along the U.S.-Mexico border.", "Data from the U.S. State Department "
                + "agree."),
                sentences("He wants a wall along the U.S.-Mexico border. Data from the U.S. State Department agree."));
    }

    @Test
    @DisplayName("dotted acronym before any other capitalised word ends the sentence")
    void dottedAcronymBeforeOtherWordStaysSplit() throws Exception {
        assertEquals(List.of("The troops came home to the U.S.", "The war was over."),
                sentences("The troops came home to the U.S. The war was over."));
        assertEquals(List.of("He spoke at his golf club in Bedminster, N.J.", "Roger Ailes was there."),
                sentences("He spoke at his golf club in Bedminster, N.J. Roger Ailes was there."));
        assertEquals(List.of("They were flown into the U.S.", "Initially, the program was small."),
                sentences("They were flown into the U.S. Initially, the program was small."));
        assertEquals(List.of("The vote closed at 8 p.m.", "Police said it went well."),
                sentences("The vote closed at 8 p.m. Police said it went well."));
    }

    @Test
    @DisplayName("a place's 'ST.' in a capitalised dateline does not end the sentence")
    void capitalSaintInDatelineIsJoined() throws Exception {
        assertEquals(List.of("ST. PAUL -- The tax worker was threatened."),
                sentences("ST. PAUL -- The tax worker was threatened."));
    }

    @Test
    @DisplayName("a compass initial before a state's abbreviation does not end the sentence: W. Va.")
    void compassInitialOfStateIsJoined() throws Exception {
        assertEquals(List.of("He was born in Wood County, W. Va. and lived there."),
                sentences("He was born in Wood County, W. Va. and lived there."));
    }

    @Test
    @DisplayName("middle initial does not end the sentence")
    void middleInitialIsJoined() throws Exception {
        assertEquals(List.of("Marc H. Morial spoke."), sentences("Marc H. Morial spoke."));
    }

    @Test
    @DisplayName("name ending in Jr. before a new sentence stays split")
    void juniorEndsTheSentence() throws Exception {
        assertEquals(List.of("The speech was given by Martin Luther King Jr.", "It changed history."),
                sentences("The speech was given by Martin Luther King Jr. It changed history."));
    }

    @Test
    @DisplayName("roman numeral ending a sentence is no initial")
    void romanNumeralEndsTheSentence() throws Exception {
        assertEquals(List.of("He fought in World War I.", "Then he came home."),
                sentences("He fought in World War I. Then he came home."));
    }
}
