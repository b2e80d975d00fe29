package org.quotestance.structure;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.quotestance.type.Boilerplate;
import org.quotestance.type.Headline;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;

/** One invented page per phenomenon of crawled news text that {@link StructureAnnotator} marks. */
class StructureAnnotatorTest {

    private static final String BODY = "The minister said the talks would resume next week in Geneva.";
    private static final String BODY2 = "Officials from both countries attended the meeting on Monday.";

    private static JCas annotate(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        SimplePipeline.runPipeline(jcas, createEngineDescription(StructureAnnotator.class));
        return jcas;
    }

    /** Every Boilerplate as "KIND: covered text", in document order. */
    private static List<String> boilerplate(JCas jcas) {
        return JCasUtil.select(jcas, Boilerplate.class).stream()
                .map(b -> b.getKind() + ": " + b.getCoveredText()).toList();
    }

    private static List<String> headlines(JCas jcas) {
        return JCasUtil.select(jcas, Headline.class).stream().map(Headline::getCoveredText).toList();
    }

    @Test
    void everyNonBlankLineIsOneParagraph() throws Exception {
        JCas jcas = annotate("Headline here\n\n  " + BODY + "  \r\n" + BODY2 + "\n");
        assertEquals(List.of("Headline here", BODY, BODY2),
                JCasUtil.select(jcas, Paragraph.class).stream().map(Paragraph::getCoveredText).toList());
    }

    @Test
    void breadcrumbTrailAtTheTopIsAHeader() throws Exception {
        JCas jcas = annotate("News / World\n\nMinister calls for new talks\n\n" + BODY + "\n");
        assertEquals(List.of("HEADER: News / World"), boilerplate(jcas));
        assertEquals(List.of("Minister calls for new talks"), headlines(jcas));
    }

    @Test
    void pageFieldsAtTheTopAreHeaders() throws Exception {
        JCas jcas = annotate("News ID: 12345\nPublish Date : 02 March 2021 - 10:15\n"
                + "Minister calls for new talks\n" + BODY + "\n");
        assertEquals(List.of("HEADER: News ID: 12345", "HEADER: Publish Date : 02 March 2021 - 10:15"),
                boilerplate(jcas));
        assertEquals(List.of("Minister calls for new talks"), headlines(jcas));
    }

    @Test
    void siteNameLineAtTheTopIsAHeader() throws Exception {
        JCas jcas = annotate("dailyexample.com\n\nMinister calls for new talks\n\n" + BODY + "\n");
        assertEquals(List.of("HEADER: dailyexample.com"), boilerplate(jcas));
        assertEquals(List.of("Minister calls for new talks"), headlines(jcas));
    }

    @Test
    void firstContentLineIsTheHeadline() throws Exception {
        JCas jcas = annotate("Minister calls for new talks on the border dispute\n\n" + BODY + "\n\n" + BODY2);
        assertEquals(List.of("Minister calls for new talks on the border dispute"), headlines(jcas));
        assertEquals(List.of(), boilerplate(jcas));
    }

    @Test
    void articleStartingWithProseHasNoHeadline() throws Exception {
        JCas jcas = annotate(BODY + "\n\n" + BODY2);
        assertEquals(List.of(), headlines(jcas));
        assertEquals(List.of(), boilerplate(jcas));
    }

    @Test
    void kickerEndingInColonJoinsTheHeadlineBelowIt() throws Exception {
        String text = "Officials Tell Border Conference:\n\nTrade Links to Be Expanded\n\n" + BODY + "\n";
        JCas jcas = annotate(text);
        assertEquals(List.of("Officials Tell Border Conference:\n\nTrade Links to Be Expanded"), headlines(jcas));
        assertEquals(List.of(), boilerplate(jcas));
    }

    @Test
    void creditOpeningABodyLineInAnyCaseIsACaption() throws Exception {
        String caption = "IMAGE BY: a staff photographer at the scene";
        JCas jcas = annotate(BODY + "\n\n" + caption + "\n\n" + BODY2 + "\n");
        assertEquals(List.of("CAPTION: " + caption), boilerplate(jcas));
    }

    @Test
    void photoCreditCaptionFollowedBySpacesIsACaption() throws Exception {
        String caption = "Rescuers search the rubble in Izmir. (file photo, AP) \t ";
        JCas jcas = annotate(BODY + "\n\n" + caption + "\n\n" + BODY2 + "\n");
        assertEquals(List.of("CAPTION: " + caption.strip()), boilerplate(jcas));
    }

    @Test
    void photoCreditCaptionInTheBodyIsACaption() throws Exception {
        String caption = "A man walks past a damaged building in the old town on Friday. (Photo by Reuters)";
        JCas jcas = annotate(BODY + "\n\n" + caption + "\n\n" + BODY2 + "\n");
        assertEquals(List.of("CAPTION: " + caption), boilerplate(jcas));
    }

    @Test
    void captionLinesBetweenHeadlineAndBodyAreCaptions() throws Exception {
        JCas jcas = annotate("Minister calls for new talks\n\nForeign Minister Jane Roe\n\n"
                + "Delegates arrive at the conference hall\n\n" + BODY + "\n\n" + BODY2 + "\n");
        assertEquals(List.of("Minister calls for new talks"), headlines(jcas));
        assertEquals(List.of("CAPTION: Foreign Minister Jane Roe",
                "CAPTION: Delegates arrive at the conference hall"), boilerplate(jcas));
    }

    @Test
    void bylineInTheBodyIsAByline() throws Exception {
        JCas jcas = annotate(BODY + "\n\n" + BODY2 + "\n\nBy Jane Doe\n");
        assertEquals(List.of("BYLINE: By Jane Doe"), boilerplate(jcas));
    }

    @Test
    void bylineRightUnderTheHeadlineIsABylineNotACaption() throws Exception {
        JCas jcas = annotate("Minister calls for new talks\n\nBy Jane Doe\n\n" + BODY + "\n");
        assertEquals(List.of("Minister calls for new talks"), headlines(jcas));
        assertEquals(List.of("BYLINE: By Jane Doe"), boilerplate(jcas));
    }

    @Test
    void aboutAuthorLineIsAnAuthorBox() throws Exception {
        JCas jcas = annotate(BODY + "\n\n" + BODY2 + "\n\nAbout Jane Doe\n");
        assertEquals(List.of("AUTHOR_BOX: About Jane Doe"), boilerplate(jcas));
    }

    @Test
    void readMoreListCoversTheHeadlineLikeLinesAfterIt() throws Exception {
        String links = "Read more:\n\nMinister warns of new sanctions\n\nBorder crossing reopens after two years";
        JCas jcas = annotate(BODY + "\n\n" + BODY2 + "\n\n" + links + "\n");
        assertEquals(List.of("RELATED_LINKS: " + links), boilerplate(jcas));
    }

    @Test
    void readMoreListStopsBeforeARealParagraph() throws Exception {
        String links = "Read more:\nMinister warns of new sanctions\nBorder crossing reopens after two years";
        String after = "The talks are expected to last three days.";
        JCas jcas = annotate(BODY + "\n" + links + "\n" + after + "\n");
        assertEquals(List.of("RELATED_LINKS: " + links), boilerplate(jcas));
    }

    @Test
    void shareThisArticleStartsAFooterRunningToTheEnd() throws Exception {
        String footer = "SHARE THIS ARTICLE\nExample TV News App\nAll the news, all day.";
        JCas jcas = annotate(BODY + "\n\n" + BODY2 + "\n\n" + footer + "\n");
        assertEquals(List.of("FOOTER: " + footer), boilerplate(jcas));
    }

    @Test
    void alternateAddressesNoticeAndItsUrlsAreFooter() throws Exception {
        String notice = "Example TV’s website can also be accessed at the following alternate addresses:";
        JCas jcas = annotate(BODY + "\n\n" + notice + "\n\nwww.example.tv\n\nhttps://example.co.uk/news\n");
        assertEquals(List.of("FOOTER: " + notice, "FOOTER: www.example.tv", "FOOTER: https://example.co.uk/news"),
                boilerplate(jcas));
    }

    @Test
    void cityAndAgencyDatelineBeforeEnDashIsADateline() throws Exception {
        JCas jcas = annotate("PARIS (Reuters) – " + BODY + "\n");
        assertEquals(List.of("DATELINE: PARIS (Reuters) –"), boilerplate(jcas));
    }

    @Test
    void capitalisedCityBeforeEmDashIsADateline() throws Exception {
        JCas jcas = annotate(BODY + "\n\nLONDON — " + BODY2 + "\n");
        assertEquals(List.of("DATELINE: LONDON —"), boilerplate(jcas));
    }

    @Test
    void datelineIsOnlyThePrefixNotTheParagraph() throws Exception {
        String text = "TEHRAN (Dispatches) – " + BODY;
        JCas jcas = annotate(text);
        Boilerplate dateline = JCasUtil.selectSingle(jcas, Boilerplate.class);
        assertEquals(0, dateline.getBegin());
        assertTrue(dateline.getEnd() < text.indexOf("The minister"));
    }

    @Test
    void lineOfNoBreakSpacesIsBlankNotTheHeadline() throws Exception {
        JCas jcas = annotate("\u00A0\u00A0\nMinister calls for new talks\n\u00A0\n" + BODY + "\n");
        assertEquals(List.of("Minister calls for new talks"), headlines(jcas));
        assertEquals(List.of(), boilerplate(jcas));
        assertEquals(2, JCasUtil.select(jcas, Paragraph.class).size());
    }

    @Test
    void bodyParagraphStartingWithTheWordCopyrightIsNotAFooter() throws Exception {
        String para = "Copyright law does not protect foreign broadcasts, the court said.";
        JCas jcas = annotate(BODY + "\n\n" + para + "\n\n" + BODY2 + "\n\nCopyright © 2021 Example TV. All rights reserved.\n");
        assertEquals(List.of("FOOTER: Copyright © 2021 Example TV. All rights reserved."), boilerplate(jcas));
    }

    @Test
    void transcriptLabelWithPartyAndStateIsNoDateline() throws Exception {
        JCas jcas = annotate(BODY + "\n\nSEN. DIANNE FEINSTEIN (D-Calif.): " + BODY2 + "\n");
        assertEquals(List.of(), boilerplate(jcas));
    }

    @Test
    void agencyInParenthesesBeforeAColonIsADateline() throws Exception {
        JCas jcas = annotate(BODY + "\n\nMEXICO CITY (AP): " + BODY2 + "\n");
        assertEquals(List.of("DATELINE: MEXICO CITY (AP):"), boilerplate(jcas));
    }
}
