package org.quotestance.io;

import java.io.IOException;

/** One article of an {@link ArticleInput}, read when it is needed. */
public interface ArticleEntry {

    /** What a failure names: the file's relative path, or the collection file (the reason gives the line). */
    String name();

    /** The article; throws with the reason (and line number, for a collection) if it is not usable. */
    Article read() throws IOException, ArticleDecoder.InvalidArticleException;

    /** How an entry is read. */
    interface Reading {
        Article read() throws IOException, ArticleDecoder.InvalidArticleException;
    }

    static ArticleEntry of(String name, Reading reading) {
        return new ArticleEntry() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Article read() throws IOException, ArticleDecoder.InvalidArticleException {
                return reading.read();
            }
        };
    }
}
