package org.quotestance.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.quotestance.stance.Polarity;
import org.quotestance.type.ArticleInfo;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.Stance;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * The stance network as documents stream past: one edge per holder and target across documents and wordings,
 * counted per polarity and outlet, with the stance ids of stances.csv; stances of unidentified holders are
 * counted apart; the evidence kept per edge is capped.
 */
class StanceNetworkTest {

    private static final String SMITH = "smith_j";

    @Test
    void stancesOfOneHolderOnOneTargetAreOneEdgeAcrossDocumentsAndWordings() throws Exception {
        StanceNetwork network = new StanceNetwork();
        JCas a = document("a", "Daily", "Smith opposed the war. Officials opposed the war. Smith opposed the War. Smith backed peace.");
        SpeakerEntity smith = entity(a, SMITH, "John Smith");
        stance(a, mention(a, "Smith", 0, smith), "the war", Polarity.AGAINST, 0, 22);
        stance(a, mention(a, "Officials", 23, null), "the war", Polarity.AGAINST, 23, 49);
        stance(a, mention(a, "Smith", 50, smith), "the War", Polarity.AGAINST, 50, 72);
        stance(a, mention(a, "Smith", 73, smith), "peace", Polarity.FAVOR, 73, 91);
        network.add(a);
        JCas b = document("b", null, "Smith said the war must end.");
        stance(b, mention(b, "Smith", 0, entity(b, SMITH, "Smith")), "the war", Polarity.AGAINST, 0, 28);
        network.add(b);

        assertEquals(1, network.stancesWithoutHolder(), "the officials' stance has no holder node");
        Map<String, StanceNetwork.Edge> edges = network.edges().get(SMITH);
        assertEquals(2, edges.size(), "war and peace: " + edges.keySet());
        StanceNetwork.Edge war = edges.get("target:war");
        assertEquals(3, war.count(Polarity.AGAINST));
        assertEquals(0, war.count(Polarity.FAVOR));
        assertEquals("AGAINST", war.dominantPolarity());
        assertEquals(List.of("a-s1", "a-s3", "b-s1"), war.stanceIds(), "numbered as stances.csv numbers them");
        assertEquals(Map.of("Daily", 2, "", 1), war.byOutlet(Polarity.AGAINST));
        assertEquals("Smith said the war must end.", war.evidence(Polarity.AGAINST).get(2).text());
        assertEquals("the war", network.targets().get("target:war").label(), "the most frequent wording");
        assertEquals(3, network.targets().get("target:war").stances());
        assertEquals("John Smith", network.speakers().get(SMITH).get(1));
    }

    @Test
    void theBrowserGetsTheFirstEvidenceSpansOfABusyEdgeAndAllItsIds() throws Exception {
        StanceNetwork network = new StanceNetwork();
        int n = StanceNetwork.EVIDENCE_PER_EDGE + 5;
        for (int i = 0; i < n; i++) {
            JCas jcas = document("d" + i, "Daily", "Smith backed the treaty.");
            stance(jcas, mention(jcas, "Smith", 0, entity(jcas, SMITH, "John Smith")), "treaty", Polarity.FAVOR, 0, 24);
            network.add(jcas);
        }
        StanceNetwork.Edge treaty = network.edges().get(SMITH).get("target:treaty");
        assertEquals(n, treaty.count(Polarity.FAVOR));
        assertEquals(n, treaty.stanceIds().size());
        assertEquals(StanceNetwork.EVIDENCE_PER_EDGE, treaty.evidence(Polarity.FAVOR).size());
        assertEquals("d0", treaty.evidence(Polarity.FAVOR).get(0).docId());
    }

    @Test
    void aHolderTheArticleNamesButNeverQuotesHasASpeakerRowWithNoQuotes() throws Exception {
        StanceNetwork network = new StanceNetwork();
        JCas jcas = document("c", "Daily", "Gov. Mark Dayton is backing the treaty.");
        SpeakerMention dayton = new SpeakerMention(jcas, 5, 16); // made by the stance layer, not indexed
        dayton.setMentionType("NAME");
        dayton.setEntity(entity(jcas, "daton_m", "Mark Dayton"));
        stance(jcas, dayton, "treaty", Polarity.FAVOR, 0, 39);
        network.add(jcas);

        List<Object> row = network.speakers().get("daton_m");
        assertEquals(List.of("daton_m", "Mark Dayton", "PERSON", "", "", 0, 0), row);
        assertEquals(1, network.edges().get("daton_m").get("target:treaty").count(Polarity.FAVOR));
    }

    private static JCas document(String id, String outlet, String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        DocumentMetaData.create(jcas).setDocumentId(id);
        ArticleInfo info = new ArticleInfo(jcas);
        info.setOutlet(outlet);
        info.addToIndexes();
        return jcas;
    }

    private static SpeakerEntity entity(JCas jcas, String id, String name) {
        SpeakerEntity e = new SpeakerEntity(jcas);
        e.setEntityId(id);
        e.setCanonicalName(name);
        e.setKind("PERSON");
        return e;
    }

    private static SpeakerMention mention(JCas jcas, String word, int begin, SpeakerEntity entity) {
        SpeakerMention m = new SpeakerMention(jcas, begin, begin + word.length());
        assertEquals(word, m.getCoveredText());
        m.setEntity(entity);
        m.setMentionType(entity == null ? "NOMINAL" : "NAME");
        m.addToIndexes();
        return m;
    }

    private static void stance(JCas jcas, SpeakerMention holder, String target, Polarity polarity, int begin, int end) {
        Stance s = new Stance(jcas, begin, end);
        s.setHolder(holder);
        s.setTarget(target);
        s.setPolarity(polarity.name());
        s.addToIndexes();
    }
}
