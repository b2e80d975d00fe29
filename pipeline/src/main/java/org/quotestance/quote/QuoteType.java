package org.quotestance.quote;

/** The values of {@code Quote.quoteType}. */
public enum QuoteType {
    /** The speaker's words in quotation marks; the span includes the marks. */
    DIRECT,
    /** Reported speech without quotation marks; the span is the reported content. */
    INDIRECT,
    /** Reported speech with quoted words inside; the span is the reported content. */
    MIXED
}
