package org.quotestance.write;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.uima.jcas.JCas;
import org.quotestance.type.ArticleInfo;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.Stance;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** Counts per layer, outlets and dates of the documents a run wrote, for the dataset card. */
final class CorpusTally {

    final Map<String, Integer> counts = new TreeMap<>();
    final Map<String, Integer> outlets = new TreeMap<>();
    final Set<String> dates = new TreeSet<>();
    final Set<String> speakerIds = new TreeSet<>();
    int documents;
    int documentsWithoutOutlet;

    void add(JCas jcas) {
        documents++;
        // selected by the type's index: select(X.class) looks the index up by reflection on every call
        ArticleInfo info = jcas.<ArticleInfo>select(ArticleInfo.type).singleOrNull();
        String outlet = info == null ? null : info.getOutlet();
        if (outlet == null || outlet.isBlank()) {
            documentsWithoutOutlet++;
        } else {
            outlets.merge(outlet, 1, Integer::sum);
        }
        if (info != null && info.getDate() != null && !info.getDate().isBlank()) {
            dates.add(info.getDate());
        }
        count("sentences", jcas.<Sentence>select(Sentence.type).count());
        count("tokens", jcas.<Token>select(Token.type).count());
        for (Quote quote : jcas.<Quote>select(Quote.type)) {
            count("quotes", 1);
            count("quotes " + quote.getQuoteType(), 1);
            if (quote.getSpeaker() != null) {
                count("quotes with a speaker", 1);
            }
        }
        for (SpeakerMention mention : jcas.<SpeakerMention>select(SpeakerMention.type)) {
            count("speaker mentions", 1);
            if (mention.getEntity() != null) {
                speakerIds.add(mention.getEntity().getEntityId());
            }
        }
        for (Location location : jcas.<Location>select(Location.type)) {
            count("locations", 1);
            count("locations " + location.getUsage(), 1);
        }
        for (Stance stance : jcas.<Stance>select(Stance.type)) {
            count("stances", 1);
            count("stances " + stance.getPolarity(), 1);
        }
    }

    private void count(String layer, long n) {
        counts.merge(layer, (int) n, Integer::sum);
    }

    int get(String layer) {
        return counts.getOrDefault(layer, 0);
    }

    /** The Hugging Face size category of the document count. */
    String sizeCategory() {
        String[] names = { "n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M" };
        long limit = 1000;
        for (String name : names) {
            if (documents < limit) {
                return name;
            }
            limit *= 10;
        }
        return "n>10M";
    }
}
