package org.quotestance.stance;

/** A stance target found in the text: its span, its normalised phrase and the cue that governs it. */
public record TargetCandidate(int begin, int end, String phrase, CueMatch cue) {
}
