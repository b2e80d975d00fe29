package org.quotestance.graph;

import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.jcas.JCas;
import org.quotestance.type.ArticleInfo;
import org.quotestance.type.Quote;
import org.quotestance.write.CsvRows;

/** How often each outlet quotes each speaker: quotes with a speaker id, per outlet ("" when a document has none). */
public final class OutletQuotes {

    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private final Map<String, Integer> documents = new TreeMap<>();

    public void add(JCas jcas) {
        // selected by the type's index: select(X.class) looks the index up by reflection on every call
        ArticleInfo info = jcas.<ArticleInfo>select(ArticleInfo.type).singleOrNull();
        String outlet = info == null ? "" : CsvRows.nullToEmpty(info.getOutlet());
        documents.merge(outlet, 1, Integer::sum);
        Map<String, Integer> speakers = counts.computeIfAbsent(outlet, k -> new TreeMap<>());
        for (Quote quote : jcas.<Quote>select(Quote.type)) {
            if (quote.getSpeaker() != null && quote.getSpeaker().getEntity() != null) {
                speakers.merge(quote.getSpeaker().getEntity().getEntityId(), 1, Integer::sum);
            }
        }
    }

    /** Outlet, then speaker id, then number of quotes; both sorted. */
    public Map<String, Map<String, Integer>> counts() {
        return counts;
    }

    /** Documents per outlet. */
    public Map<String, Integer> documents() {
        return documents;
    }
}
