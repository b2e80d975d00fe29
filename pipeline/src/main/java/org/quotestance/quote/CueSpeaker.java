package org.quotestance.quote;

import java.util.List;

import org.quotestance.speaker.MentionCandidate;
import org.quotestance.speaker.MentionParser;
import org.quotestance.text.Word;

/**
 * The rules' speaker of a learned cue: X of "according to X"; the subject before the cue (or the noun phrase
 * there, {@link SubjectPhrase}); for a cue whose content stands before it, the phrase right after it
 * ("…, said the senator"). Optionally the subject must end at most three words before the cue.
 */
final class CueSpeaker {

    private final AttributionFinder attributions = new AttributionFinder();
    private final MentionParser parser = new MentionParser();

    MentionCandidate find(List<Word> words, int from, int end, int c, AttributionCueModel.Side side,
            boolean adjacent) {
        if (LearnedAttributionAnnotator.isAccordingTo(words, c, end)) {
            return parser.parse(words, c + 2, AttributionFinder.clauseEnd(words, c + 2, end));
        }
        MentionCandidate subject = attributions.subjectBefore(words, from, c);
        if (subject == null || adjacent && !LearnedAttributionAnnotator.isNextTo(words, subject, c)) {
            MentionCandidate phrase = SubjectPhrase.before(words, from, c);
            subject = phrase != null ? phrase : subject;
        }
        if (subject != null && (!adjacent || LearnedAttributionAnnotator.isNextTo(words, subject, c))) {
            return subject;
        }
        if (side == AttributionCueModel.Side.AFTER) {
            return null;
        }
        int after = c + 1;
        int clauseEnd = AttributionFinder.clauseEnd(words, after, end);
        MentionCandidate speaker = parser.parse(words, after, clauseEnd);
        return speaker != null && speaker.begin() == words.get(Math.min(after, end - 1)).begin() ? speaker : null;
    }
}
