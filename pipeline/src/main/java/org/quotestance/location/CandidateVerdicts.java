package org.quotestance.location;

import java.util.List;

import org.apache.uima.jcas.JCas;

/**
 * What the rules decided on each place-name candidate of a document ({@code kept}, or the rule
 * that dropped it), for error analysis: tells a place the rules dropped from a name that never
 * became a candidate, and a false positive the rules made from one the toponym classifier added.
 */
public final class CandidateVerdicts {

    /** A candidate's span (UTF-16 offsets) and the rules' verdict. */
    public record Verdict(int begin, int end, String verdict) {
    }

    private final LocationAnnotator rules = LocationAnnotator.forTraining();

    /** @param jcas a document that went through the layers before locations */
    public List<Verdict> of(JCas jcas) {
        return rules.locate(jcas).candidates().stream()
                .map(m -> new Verdict(m.begin(), m.end(), m.verdict)).toList();
    }
}
