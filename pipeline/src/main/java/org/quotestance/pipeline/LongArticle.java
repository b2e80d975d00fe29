package org.quotestance.pipeline;

/**
 * A news page scraped as one huge line: reported speech naming four capitals and a short attributed
 * quotation, over and over, with a stretch without full stops at the end (a page whose sentences
 * the scraper ran together), the input that once kept the annotators busy for minutes. The benchmark
 * times the pipeline on it; {@code LongArticleTest} checks what it is annotated with.
 */
public final class LongArticle {

    public static final String REPORT = "Washington said that Paris, London, Berlin and Moscow agreed. ";
    public static final String QUOTATION = "\"We agree,\" she said. ";
    public static final String RUN_ON = "Washington said that Paris, London, Berlin and Moscow agreed, ";

    private LongArticle() {
    }

    /** About {@code chars} characters in one paragraph; a tenth of them without full stops. */
    public static String text(int chars) {
        StringBuilder text = new StringBuilder(chars + 200);
        while (text.length() < chars * 9 / 10) {
            text.append(REPORT).append(QUOTATION);
        }
        while (text.length() < chars) {
            text.append(RUN_ON);
        }
        return text.append("officials said.\n").toString();
    }

    /** How many times {@link #REPORT} and {@link #QUOTATION} stand in {@link #text}. */
    public static int reports(int chars) {
        int pair = REPORT.length() + QUOTATION.length();
        return (chars * 9 / 10 + pair - 1) / pair;
    }
}
