package org.quotestance.io;

/** A file (or a row of {@code metadata.csv}) that could not be used, and why. */
public record InputFailure(String file, String reason) {
}
