package org.quotestance.io;

/** The optional {@code metadata.csv} columns for one article; absent values are empty strings. */
public record ArticleMetadata(String outlet, String url, String date, String title, String language) {

    public static final String DEFAULT_LANGUAGE = "en";

    public static ArticleMetadata empty() {
        return new ArticleMetadata("", "", "", "", DEFAULT_LANGUAGE);
    }
}
