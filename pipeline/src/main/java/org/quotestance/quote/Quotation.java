package org.quotestance.quote;

/** Text between a pair of quotation marks; {@code begin} is at the opening mark, {@code end} after the closing one. */
record Quotation(int begin, int end) {
}
