package org.quotestance.quote;

import org.apache.uima.jcas.JCas;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;

/** Adds a {@link Quote} with its {@link SpeechCue} and {@link SpeakerMention} to the CAS. */
final class QuoteFactory {

    private QuoteFactory() {
    }

    static Quote add(JCas jcas, int begin, int end, QuoteType type, Attribution attribution) {
        Quote quote = new Quote(jcas, begin, end);
        quote.setQuoteType(type.name());
        quote.setCueClass(CueClass.of(attribution == null ? "" : attribution.lemma()).name());
        if (attribution != null) {
            if (attribution.speaker() != null) {
                quote.setSpeaker(mention(jcas, attribution.speaker()));
            }
            SpeechCue cue = new SpeechCue(jcas, attribution.cueBegin(), attribution.cueEnd());
            cue.setLemma(attribution.lemma());
            cue.addToIndexes();
            quote.setCue(cue);
        }
        quote.addToIndexes();
        return quote;
    }

    /** The mention at the candidate's span, made once even if several quotes share it. */
    static SpeakerMention mention(JCas jcas, MentionCandidate candidate) {
        for (SpeakerMention m : jcas.select(SpeakerMention.class).at(candidate.begin(), candidate.end())) {
            return m;
        }
        SpeakerMention mention = new SpeakerMention(jcas, candidate.begin(), candidate.end());
        mention.setMentionType(candidate.mentionType());
        mention.addToIndexes();
        return mention;
    }
}
