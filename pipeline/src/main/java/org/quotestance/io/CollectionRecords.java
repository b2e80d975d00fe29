package org.quotestance.io;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the records of a collection file (a JSONL line, a CSV row) into articles: {@code id} and
 * {@code text} are required; {@code outlet}, {@code url}, {@code date}, {@code title} and
 * {@code language} are optional; other fields are ignored. Ids are made safe and unique by
 * {@link DocIds}, in the order the records come.
 */
final class CollectionRecords {

    static final List<String> FIELDS = List.of("id", "text", "outlet", "url", "date", "title", "language");

    /** A record's fields by name; an absent field is {@code ""}. */
    interface Fields {
        String get(String name) throws ArticleDecoder.InvalidArticleException;
    }

    private final String fileName;
    private final ArticleDecoder decoder;
    private final DocIds ids = new DocIds();

    CollectionRecords(String fileName, long maxBytes) {
        this.fileName = fileName;
        this.decoder = new ArticleDecoder(maxBytes);
    }

    /** The article of the record at {@code line}; throws with the line number and reason if it is not usable. */
    Article article(long line, Fields fields) throws ArticleDecoder.InvalidArticleException {
        try {
            String id = fields.get("id").strip();
            String text = fields.get("text");
            if (id.isEmpty()) {
                throw new ArticleDecoder.InvalidArticleException("no 'id'");
            }
            if (text.isBlank()) {
                throw new ArticleDecoder.InvalidArticleException("no 'text' (or only white space)");
            }
            if (text.indexOf('\0') >= 0) {
                throw new ArticleDecoder.InvalidArticleException("'text' holds a NUL character (binary data)");
            }
            decoder.checkSize(text.getBytes(StandardCharsets.UTF_8).length);
            String language = fields.get("language").strip();
            ArticleMetadata metadata = new ArticleMetadata(fields.get("outlet").strip(), fields.get("url").strip(),
                    fields.get("date").strip(), fields.get("title").strip(),
                    language.isEmpty() ? ArticleMetadata.DEFAULT_LANGUAGE : language);
            return new Article(ids.unique(id), fileName + "#" + line, text, metadata);
        } catch (ArticleDecoder.InvalidArticleException e) {
            throw atLine(line, e.getMessage());
        }
    }

    static ArticleDecoder.InvalidArticleException atLine(long line, String reason) {
        return new ArticleDecoder.InvalidArticleException("line " + line + ": " + reason);
    }
}
