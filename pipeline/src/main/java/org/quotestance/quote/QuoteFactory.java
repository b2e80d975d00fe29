package org.quotestance.quote;

import java.util.HashMap;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;

/**
 * Adds a {@link Quote} with its {@link SpeechCue} and {@link SpeakerMention} to the CAS, for one
 * document. The speaker mentions already made are kept by span here: looking them up in the CAS
 * index before each addition makes UIMA copy the whole index on the next addition (an index being
 * read is copied on write), which is quadratic on a long document.
 */
final class QuoteFactory {

    private final JCas jcas;
    private final Map<Long, SpeakerMention> mentions = new HashMap<>();

    QuoteFactory(JCas jcas) {
        this.jcas = jcas;
        for (SpeakerMention m : jcas.select(SpeakerMention.class)) {
            mentions.putIfAbsent(span(m.getBegin(), m.getEnd()), m);
        }
    }

    Quote add(int begin, int end, QuoteType type, Attribution attribution) {
        Quote quote = new Quote(jcas, begin, end);
        quote.setQuoteType(type.name());
        quote.setCueClass(CueClass.of(attribution == null ? "" : attribution.lemma()).name());
        if (attribution != null) {
            if (attribution.speaker() != null) {
                quote.setSpeaker(mention(attribution.speaker()));
            }
            SpeechCue cue = new SpeechCue(jcas, attribution.cueBegin(), attribution.cueEnd());
            cue.setLemma(attribution.lemma());
            cue.addToIndexes();
            quote.setCue(cue);
        }
        quote.addToIndexes();
        return quote;
    }

    /** Takes a mention out of the CAS (no quote names it any more). */
    void remove(SpeakerMention mention) {
        mention.removeFromIndexes();
        mentions.remove(span(mention.getBegin(), mention.getEnd()), mention);
    }

    /** The mention at the candidate's span, made once even if several quotes share it. */
    private SpeakerMention mention(MentionCandidate candidate) {
        return mentions.computeIfAbsent(span(candidate.begin(), candidate.end()), span -> {
            SpeakerMention mention = new SpeakerMention(jcas, candidate.begin(), candidate.end());
            mention.setMentionType(candidate.mentionType());
            mention.addToIndexes();
            return mention;
        });
    }

    private static long span(int begin, int end) {
        return (long) begin << 32 | end & 0xffffffffL;
    }
}
