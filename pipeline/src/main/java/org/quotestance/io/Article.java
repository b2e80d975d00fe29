package org.quotestance.io;

/** One news article read from the input folder, with what {@code metadata.csv} says of it. */
public record Article(String docId, String fileName, String text, ArticleMetadata metadata) {
}
