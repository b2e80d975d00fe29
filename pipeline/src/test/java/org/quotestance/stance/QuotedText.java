package org.quotestance.stance;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.List;
import org.apache.uima.UIMAException;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.quotestance.text.AbbreviationSentenceJoiner;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;
import org.quotestance.type.Stance;

/** Builds a segmented JCas and adds speakers and quotes by hand, as the quote layer would. */
final class QuotedText {
    final JCas jcas;

    QuotedText(String text) throws UIMAException {
        jcas = JCasFactory.createText(text, "en");
        // the sentence after "Mr." or an initial is joined back, as in the default pipeline
        SimplePipeline.runPipeline(jcas, createEngineDescription(BreakIteratorSegmenter.class),
                createEngineDescription(AbbreviationSentenceJoiner.class));
    }

    SpeakerEntity entity(String id, String canonicalName) {
        SpeakerEntity entity = new SpeakerEntity(jcas);
        entity.setEntityId(id);
        entity.setCanonicalName(canonicalName);
        entity.setKind("PERSON");
        entity.addToIndexes();
        return entity;
    }

    SpeakerMention mention(String surface, String mentionType, SpeakerEntity entity) {
        return mentionAt(jcas.getDocumentText().indexOf(surface), surface, mentionType, entity);
    }

    SpeakerMention lastMention(String surface, String mentionType, SpeakerEntity entity) {
        return mentionAt(jcas.getDocumentText().lastIndexOf(surface), surface, mentionType, entity);
    }

    private SpeakerMention mentionAt(int begin, String surface, String mentionType, SpeakerEntity entity) {
        SpeakerMention mention = new SpeakerMention(jcas, begin, begin + surface.length());
        mention.setMentionType(mentionType);
        mention.setEntity(entity);
        mention.addToIndexes();
        return mention;
    }

    Quote quote(String content, String quoteType, SpeakerMention speaker, String cue) {
        int begin = jcas.getDocumentText().indexOf(content);
        Quote quote = new Quote(jcas, begin, begin + content.length());
        quote.setQuoteType(quoteType);
        quote.setSpeaker(speaker);
        if (cue != null) {
            int cueBegin = jcas.getDocumentText().indexOf(cue);
            SpeechCue speechCue = new SpeechCue(jcas, cueBegin, cueBegin + cue.length());
            speechCue.setLemma(cue);
            speechCue.addToIndexes();
            quote.setCue(speechCue);
        }
        quote.addToIndexes();
        return quote;
    }

    List<Stance> stances(Object... annotatorParameters) throws UIMAException {
        SimplePipeline.runPipeline(jcas, createEngineDescription(StanceAnnotator.class, annotatorParameters));
        return List.copyOf(JCasUtil.select(jcas, Stance.class));
    }
}
