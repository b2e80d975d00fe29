package org.quotestance.quote;

import org.quotestance.speaker.MentionCandidate;

/**
 * Who said it and how: the speaker found in text and the cue's span and lemma. The cue is a verb
 * ("said"), a phrase ("according to"), or punctuation that stands for one (a dash before a name, a
 * colon after a lead-in); {@code lemma} is empty for punctuation.
 */
record Attribution(MentionCandidate speaker, int cueBegin, int cueEnd, String lemma) {
}
