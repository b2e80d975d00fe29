package org.quotestance.speaker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.StringArray;
import org.quotestance.text.SentenceIndex;
import org.quotestance.text.SpanCover;
import org.apache.uima.resource.ResourceInitializationException;
import org.quotestance.text.Word;
import org.quotestance.text.WordIndex;
import org.quotestance.type.Boilerplate;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * Links every {@link SpeakerMention} to a {@link SpeakerEntity}, and numbers the quotes.
 *
 * <ul>
 * <li>Names meet by spelling-independent keys ({@link NameKey}): "Araqchi" and "Abbas Araghchi" are
 * one person; "Ali Khamenei" and "Mojtaba Khamenei" are two.</li>
 * <li>Nominals ("the deputy foreign minister", "the senior diplomat") go to the person whose title
 * shares their role words, first among those mentioned before; titles come from every "Title Name"
 * phrase of the article, captions and headline included.</li>
 * <li>He/she go to the person who spoke last before them, passing over a person an honorific or
 * title ("Mr.", "Mrs.", "congresswoman") gives the other gender; who/which to the phrase they follow
 * ("Mr. Kamin, who said").</li>
 * <li>Organisations and states are entities of their own (a one-word place name that is the surname
 * of a person named before, "Bolton" after "John Bolton", is that person); so are parties and peoples in the plural
 * ("Republicans said"). Groups named by a common noun ("officials", "experts", "sources") are
 * linked to no entity.</li>
 * </ul>
 * Entity ids depend on the names alone, so they are the same in every document and every run.
 */
@TypeCapability(inputs = { "org.quotestance.type.SpeakerMention", "org.quotestance.type.Quote",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" },
        outputs = { "org.quotestance.type.SpeakerEntity" })
public class SpeakerLinker extends JCasAnnotator_ImplBase {

    public static final String PARAM_CORPUS_NAMES = "corpusNames";
    @ConfigurationParameter(name = PARAM_CORPUS_NAMES, mandatory = false,
            description = "The corpus's full names gathered by a first pass (CorpusNames.write); without it, "
                    + "a person named by surname only is linked within the document alone")
    private String corpusNamesFile;

    public static final String PARAM_SPEAKERS_FILE = "speakersFile";
    @ConfigurationParameter(name = PARAM_SPEAKERS_FILE, mandatory = false,
            description = "The user's registry of speakers (CSV: id,name,aliases[,external_id]) that pins ids, "
                    + "names and external ids")
    private String speakersFile;

    private final MentionParser parser = new MentionParser();
    /** The sentences of the document being processed. */
    private SentenceIndex sentences;
    /** The words of the document being processed. */
    private WordIndex words;
    private SpeakerRegistry registry;
    private CorpusNames corpusNames;
    private SurnameLinker surnameLinker;
    /** The names of the document being processed, once read. */
    private DocumentNames documentNames;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        corpusNames = null;
        surnameLinker = null;
        if (corpusNamesFile != null && !corpusNamesFile.isEmpty() && !Files.isRegularFile(Path.of(corpusNamesFile))) {
            throw new ResourceInitializationException(new IOException(
                    "corpus names file " + corpusNamesFile + " does not exist (write it with CorpusNames.write)"));
        }
        if (speakersFile != null && !speakersFile.isEmpty()) {
            try {
                registry = SpeakerRegistry.read(Path.of(speakersFile));
            } catch (IOException e) {
                throw new ResourceInitializationException(e);
            }
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        readCorpusNames();
        CorpusNames known = corpusNames;
        documentNames = null;
        DocumentSpeakers speakers = known == null ? new DocumentSpeakers()
                : new DocumentSpeakers(known::genderOf, surname -> documentNames(jcas).fullNamesWithSurname(surname));
        sentences = SentenceIndex.of(jcas);
        words = WordIndex.of(jcas);
        registerTitledNames(jcas, speakers);
        Map<SpeakerMention, DocumentSpeakers.Speaker> links = new HashMap<>();
        // selected by the type's index: select(X.class) looks the index up by reflection on every call
        for (SpeakerMention mention : jcas.<SpeakerMention>select(SpeakerMention.type)) {
            DocumentSpeakers.Speaker speaker = resolve(jcas, speakers, mention);
            if (speaker != null) {
                links.put(mention, speaker);
                DocumentSpeakers.spoke(speaker, mention.getBegin());
            }
        }
        if (surnameLinker != null) {
            linkSurnamesAcrossCorpus(jcas, speakers, pronounGenders(links));
        }
        Map<DocumentSpeakers.Speaker, SpeakerEntity> entities = new HashMap<>();
        for (SpeakerMention mention : jcas.<SpeakerMention>select(SpeakerMention.type)) {
            DocumentSpeakers.Speaker speaker = links.get(mention);
            if (speaker != null) {
                mention.setEntity(entities.computeIfAbsent(speaker, s -> entity(jcas, s)));
            }
        }
        numberQuotes(jcas);
    }

    /**
     * Read with the first document, not when the engine is built: {@code annotate} builds its engines while the
     * first pass is still gathering the names (the file exists, still empty, from the start).
     */
    private void readCorpusNames() throws AnalysisEngineProcessException {
        if (surnameLinker == null && corpusNamesFile != null && !corpusNamesFile.isEmpty()) {
            try {
                corpusNames = CorpusNames.load(Path.of(corpusNamesFile));
            } catch (IOException e) {
                throw new AnalysisEngineProcessException(e);
            }
            surnameLinker = new SurnameLinker(corpusNames);
        }
    }

    /**
     * A person the document names by surname only becomes the full-name person of the corpus the
     * {@link SurnameLinker} chooses; when it chooses none, the person keeps the surname-only id and lists
     * the candidates.
     */
    private void linkSurnamesAcrossCorpus(JCas jcas, DocumentSpeakers speakers,
            Map<DocumentSpeakers.Speaker, Character> pronounGenders) {
        for (DocumentSpeakers.Speaker s : speakers.all()) {
            if (!s.kind.equals("PERSON") || s.nameWords().size() != 1) {
                continue;
            }
            DocumentNames document = documentNames(jcas);
            String surname = s.nameWords().get(0);
            char gender = s.gender;
            Set<String> titles = new TreeSet<>();
            titles.addAll(LetterRuns.of(s.role.toLowerCase(Locale.ROOT)));
            for (NameScanner.Found f : document.surnameOnly(NameKey.skeleton(surname))) {
                gender = gender != 0 ? gender : f.gender();
                titles.addAll(f.titles());
            }
            SurnameLinker.Link link = surnameLinker.link(new SurnameLinker.Evidence(surname, gender,
                    pronounGenders.getOrDefault(s, (char) 0), titles, document));
            if (link == null) {
                continue;
            }
            if (link.resolved()) {
                s.fullName = link.person().name();
            } else {
                s.candidates = link.candidates().stream().map(p -> corpusNames.personId(p.name())).toList();
            }
        }
    }

    /** What the document's text says of people by name, read once per document and only when asked. */
    private DocumentNames documentNames(JCas jcas) {
        if (documentNames == null) {
            documentNames = DocumentNames.of(jcas.getDocumentText());
        }
        return documentNames;
    }

    /** The gender the he/she mentions linked to each person agree on ("Aides to Clinton say she's"). */
    private static Map<DocumentSpeakers.Speaker, Character> pronounGenders(
            Map<SpeakerMention, DocumentSpeakers.Speaker> links) {
        Map<DocumentSpeakers.Speaker, Character> genders = new HashMap<>();
        links.forEach((mention, speaker) -> {
            if ("PRONOUN".equals(mention.getMentionType())) {
                String p = withoutClitic(mention.getCoveredText());
                char g = p.equals("she") ? 'F' : p.equals("he") ? 'M' : 0;
                if (g != 0) {
                    genders.merge(speaker, g, (a, b) -> a.equals(b) ? a : '?');
                }
            }
        });
        genders.values().removeIf(g -> g == '?');
        return genders;
    }

    private String id(DocumentSpeakers.Speaker s) {
        if (!s.kind.equals("PERSON")) {
            return s.id();
        }
        return corpusNames == null ? NameKey.personId(s.nameWords()) : corpusNames.personId(s.nameWords());
    }

    /** People introduced with a title anywhere but page furniture, so nominals can find them. */
    private void registerTitledNames(JCas jcas, DocumentSpeakers speakers) {
        List<Boilerplate> furniture = new ArrayList<>();
        for (Boilerplate b : jcas.<Boilerplate>select(Boilerplate.type)) {
            if (!"CAPTION".equals(b.getKind())) {
                furniture.add(b);
            }
        }
        SpanCover pageFurniture = SpanCover.of(furniture, Boilerplate::getBegin, Boilerplate::getEnd);
        String text = jcas.getDocumentText();
        for (Sentence sentence : jcas.<Sentence>select(Sentence.type)) {
            if (pageFurniture.covers(sentence.getBegin(), sentence.getEnd())) {
                continue;
            }
            List<Word> words = this.words.in(sentence);
            int start = 0;
            for (int i = 0; i <= words.size(); i++) {
                if (i == words.size() || words.get(i).isClauseBreak()) {
                    MentionCandidate c = i > start ? parser.titledName(words, start, i) : null;
                    if (c != null) {
                        DocumentSpeakers.gender(speakers.person(c.name(), c.role(), c.begin()),
                                text.substring(c.begin(), c.end()));
                    }
                    start = i + 1;
                }
            }
        }
    }

    private DocumentSpeakers.Speaker resolve(JCas jcas, DocumentSpeakers speakers, SpeakerMention mention) {
        List<Word> words = this.words.in(mention);
        MentionCandidate c = TranscriptLabel.person(jcas.getDocumentText(), mention.getBegin(), mention.getEnd());
        if (c == null) {
            c = words.isEmpty() ? null : parser.parse(words, 0, words.size());
        }
        if (c == null) {
            return null;
        }
        if (c.mentionType().equals("PRONOUN") && isRelative(c.name())) {
            MentionCandidate antecedent = antecedent(jcas, mention);
            return antecedent == null || antecedent.mentionType().equals("PRONOUN") ? null
                    : resolve(speakers, antecedent, antecedent.begin(), (char) 0);
        }
        DocumentSpeakers.Speaker speaker = resolve(speakers, c, mention.getBegin(),
                DocumentSpeakers.genderOf(mention.getCoveredText()));
        if (speaker != null && c.mentionType().equals("NAME")) {
            DocumentSpeakers.gender(speaker, mention.getCoveredText());
        }
        return speaker;
    }

    private static DocumentSpeakers.Speaker resolve(DocumentSpeakers speakers, MentionCandidate c, int position,
            char gender) {
        boolean placeOrBody = c.mentionType().equals("NAME") && c.kind().equals("GPE")
                || c.mentionType().equals("ORGANIZATION");
        if (placeOrBody && c.name().indexOf(' ') < 0) {
            // "Bolton said" after "John Bolton", "Bloomberg said" after "Michael Bloomberg": the surname of a
            // person of the article, not the town or the news agency
            DocumentSpeakers.Speaker person = speakers.personBySurname(c.name(), position);
            if (person != null) {
                return person;
            }
        }
        return switch (c.mentionType()) {
            case "NAME" -> c.kind().equals("PERSON") ? speakers.person(c.name(), c.role(), position, gender)
                    : speakers.organisation(c.kind(), c.name(), position);
            case "ORGANIZATION" -> speakers.organisation("ORGANIZATION", c.name(), position);
            case "NOMINAL" -> c.kind().equals("GROUP") ? null : speakers.byRole(c.role(), position);
            case "PRONOUN" -> isSingularPerson(c.name())
                    ? speakers.lastPersonBefore(position, withoutClitic(c.name()).equals("she") ? 'F' : 'M') : null;
            default -> null;
        };
    }

    /** "Mr. Kamin, who emphasized …": the phrase a relative pronoun stands right after. */
    private MentionCandidate antecedent(JCas jcas, SpeakerMention relative) {
        List<Sentence> covering = sentences.covering(relative.getBegin(), relative.getEnd());
        if (covering.isEmpty()) {
            return null;
        }
        Sentence sentence = covering.get(0);
        List<Word> words = this.words.in(sentence);
        int end = 0;
        while (end < words.size() && words.get(end).begin() < relative.getBegin()) {
            end++;
        }
        if (end > 0 && words.get(end - 1).text().equals(",")) {
            end--;
        }
        int start = end;
        while (start > 0 && !words.get(start - 1).isClauseBreak()) {
            start--;
        }
        MentionCandidate c = start < end ? parser.parse(words, start, end) : null;
        return c != null && c.end() == words.get(end - 1).end() ? c : null;
    }

    private static boolean isRelative(String pronoun) {
        String p = pronoun.toLowerCase(java.util.Locale.ROOT);
        return p.equals("who") || p.equals("which");
    }

    private static boolean isSingularPerson(String pronoun) {
        String p = withoutClitic(pronoun);
        return p.equals("he") || p.equals("she");
    }

    /** "He'd" → "he", "she’ll" → "she": the pronoun without a contracted auxiliary, lower case. */
    private static String withoutClitic(String pronoun) {
        String p = pronoun.toLowerCase(java.util.Locale.ROOT);
        int apostrophe = Math.max(p.indexOf('\''), p.indexOf('\u2019'));
        return apostrophe > 0 ? p.substring(0, apostrophe) : p;
    }

    private SpeakerEntity entity(JCas jcas, DocumentSpeakers.Speaker s) {
        SpeakerEntity entity = new SpeakerEntity(jcas);
        SpeakerRegistry.Entry pinned = registry == null || !s.kind.equals("PERSON") ? null
                : registry.find(java.util.stream.Stream.concat(java.util.stream.Stream.of(s.fullName),
                        s.variants.stream()).toList());
        entity.setEntityId(pinned == null ? id(s) : pinned.id());
        entity.setCanonicalName(pinned == null ? s.fullName : pinned.name());
        if (pinned != null && !pinned.externalId().isEmpty()) {
            entity.setExternalId(pinned.externalId());
        }
        entity.setKind(s.kind);
        entity.setRole(RolePhrase.clean(s.role));
        StringArray variants = new StringArray(jcas, s.variants.size());
        int i = 0;
        for (String v : s.variants) {
            variants.set(i++, v);
        }
        entity.setVariants(variants);
        if (!s.candidates.isEmpty() && pinned == null) {
            entity.setCandidates(new StringArray(jcas, s.candidates.size()));
            for (int c = 0; c < s.candidates.size(); c++) {
                entity.setCandidates(c, s.candidates.get(c));
            }
        }
        // Not indexed: reached through its mentions, which keeps its place in the XMI deterministic
        // (UIMA's bag index of non-annotation types has no stable order).
        return entity;
    }

    private static void numberQuotes(JCas jcas) {
        String docId = DocumentMetaData.get(jcas).getDocumentId();
        int n = 0;
        for (Quote quote : jcas.<Quote>select(Quote.type)) {
            quote.setQuoteId(docId + "-q" + (++n));
        }
    }
}
