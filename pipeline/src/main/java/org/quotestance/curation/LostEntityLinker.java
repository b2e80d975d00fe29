package org.quotestance.curation;

import java.util.HashMap;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.quotestance.speaker.SpeakerLinker;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;

/**
 * Links a curated document's speaker mentions to speaker entities again when none of them carries one:
 * a round trip through an editor that keeps only annotation layers loses the entities (they are no
 * annotations), and with them every {@code speaker_id}. The mentions, as curated, are linked by
 * {@link SpeakerLinker}'s rules; the quotes keep the ids they had. A document where any mention still has
 * an entity is left as the curator left it.
 */
@TypeCapability(inputs = { "org.quotestance.type.SpeakerMention", "org.quotestance.type.Quote",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" },
        outputs = { "org.quotestance.type.SpeakerEntity" })
public class LostEntityLinker extends SpeakerLinker {

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        boolean mentions = false;
        for (SpeakerMention mention : jcas.select(SpeakerMention.class)) {
            if (mention.getEntity() != null) {
                return;
            }
            mentions = true;
        }
        if (!mentions) {
            return;
        }
        Map<Quote, String> ids = new HashMap<>();
        jcas.select(Quote.class).forEach(q -> ids.put(q, q.getQuoteId()));
        super.process(jcas);
        jcas.select(Quote.class).forEach(q -> q.setQuoteId(ids.get(q)));
    }
}
