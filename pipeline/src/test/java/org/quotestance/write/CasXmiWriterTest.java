package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.BooleanArray;
import org.apache.uima.jcas.cas.ByteArray;
import org.apache.uima.jcas.cas.DoubleArray;
import org.apache.uima.jcas.cas.EmptyFSList;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.cas.FloatArray;
import org.apache.uima.jcas.cas.IntegerArray;
import org.apache.uima.jcas.cas.LongArray;
import org.apache.uima.jcas.cas.NonEmptyFSList;
import org.apache.uima.jcas.cas.ShortArray;
import org.apache.uima.jcas.cas.StringArray;
import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_PROPN;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.TagDescription;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.TagsetDescription;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * The direct walk of a CAS against UIMA's {@code XmiCasSerializer} through the JDK's serializer (the oracle),
 * byte for byte: the project's and DKPro's types, every kind of feature, several views, empty documents,
 * feature structures reachable only from features, arrays held inside or shared; lists are left to UIMA.
 */
class CasXmiWriterTest {

    private static final String KINDS = "test.kinds.AllKinds";

    /** The oracle: UIMA's serializer through the JDK's, as the writer wrote every document before. */
    private static byte[] throughUima(CAS cas) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiCorpusWriter.writeXmiThroughJdkSerializer(cas, out);
        return out.toByteArray();
    }

    private static byte[] direct(CAS cas) throws Exception {
        XmiBytes bytes = new XmiBytes();
        new CasXmiWriter().write(cas, bytes);
        return bytes.toByteArray();
    }

    private static void assertSameBytes(CAS cas) throws Exception {
        String expected = new String(throughUima(cas), StandardCharsets.UTF_8);
        assertEquals(expected, new String(direct(cas), StandardCharsets.UTF_8));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        XmiCorpusWriter.writeXmi(cas, written);
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), written.toByteArray());
    }

    private static JCas article(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId("doc");
        meta.setDocumentTitle("A \"title\" & <more>");
        return jcas;
    }

    @Test
    void anAttributedQuoteWithItsSpeakerAndTokensIsWrittenAsUimaWritesIt() throws Exception {
        String text = "\"We will talk,\" Jane Roe said.\nRoe left\tearly — “curly” Xankəndi.";
        JCas jcas = article(text);
        new Sentence(jcas, 0, 30).addToIndexes();
        for (int begin = 0, end; begin < text.length(); begin = end + 1) {
            end = text.indexOf(' ', begin);
            end = end < 0 ? text.length() : end;
            new Token(jcas, begin, end).addToIndexes();
        }
        // the speaker entity is in no index: it is written because a mention and the quote point to it
        SpeakerEntity speaker = new SpeakerEntity(jcas);
        speaker.setCanonicalName("Jane Roe");
        StringArray variants = new StringArray(jcas, 3);
        variants.set(0, "Jane Roe");
        variants.set(1, "Roe & <Co>");
        variants.set(2, "");
        speaker.setVariants(variants);
        SpeakerMention mention = new SpeakerMention(jcas, 16, 24);
        mention.setEntity(speaker);
        mention.addToIndexes();
        Quote quote = new Quote(jcas, 0, 15);
        quote.setSpeaker(mention);
        quote.addToIndexes();
        assertEquals(1, JCasUtil.select(jcas, Quote.class).size());
        assertEquals(0, jcas.getIndexedFSs(SpeakerEntity.class).size());
        assertSameBytes(jcas.getCas());
    }

    @Test
    void emptyDocumentsAreWrittenAsUimaWritesThem() throws Exception {
        assertSameBytes(article("").getCas());
        JCas bare = JCasFactory.createJCas();
        bare.setDocumentText("");
        assertSameBytes(bare.getCas());
    }

    @Test
    void membersOfAnInitialViewWithoutSofaAreLeftToUimasSerializerAndTheWriterServesTheNextDocument()
            throws Exception {
        JCas jcas = JCasFactory.createJCas();
        new TagDescription(jcas).addToIndexes(); // indexed, but no text set: the CAS has no sofa at all
        assertEquals(1, jcas.getIndexedFSs(TagDescription.class).size());
        CasXmiWriter writer = new CasXmiWriter();
        XmiBytes bytes = new XmiBytes();
        assertThrows(XmiBytes.Unhandled.class, () -> writer.write(jcas.getCas(), bytes));
        String uima = new String(throughUima(jcas.getCas()), StandardCharsets.UTF_8);
        assertTrue(uima.contains("<type:TagDescription xmi:id=\"1\"/>"), uima);
        assertTrue(uima.contains("<cas:View members="), uima);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        assertEquals(Optional.of("no sofa"), XmiCorpusWriter.writeXmi(jcas.getCas(), written, writer, bytes));
        assertArrayEquals(throughUima(jcas.getCas()), written.toByteArray());

        jcas.reset();
        jcas.setDocumentText("Next document.");
        new Token(jcas, 0, 4).addToIndexes();
        writer.write(jcas.getCas(), bytes);
        assertArrayEquals(throughUima(jcas.getCas()), bytes.toByteArray());
    }

    @Test
    void severalViewsWithSharedAndEmptyMembersAreWrittenAsUimaWritesThem() throws Exception {
        JCas jcas = article("First view text.");
        new Token(jcas, 0, 5).addToIndexes();
        TagDescription shared = new TagDescription(jcas);
        shared.setName("in two views");
        shared.addToIndexes();
        JCas second = jcas.createView("second");
        second.setDocumentText("Second view, longer text.");
        new Sentence(second, 0, 12).addToIndexes();
        shared.addToIndexes(second);
        JCas third = jcas.createView("third");
        third.setSofaDataString("third", "text/plain");
        jcas.createView("fourth");
        assertEquals(4, ((org.apache.uima.cas.impl.CASImpl) jcas.getCas()).getNumberOfViews());
        assertSameBytes(jcas.getCas());
    }

    @Test
    void dkproTagsetsWithTagArraysAndTokensWithPartsOfSpeechAreWrittenAsUimaWritesThem() throws Exception {
        JCas jcas = article("Roe said.");
        TagsetDescription tagset = new TagsetDescription(jcas, 0, 9);
        tagset.setLayer(POS.class.getName());
        tagset.setName("ptb");
        FSArray<TagDescription> tags = new FSArray<>(jcas, 3);
        for (int i = 0; i < 2; i++) { // the last element stays null
            TagDescription tag = new TagDescription(jcas); // in no index: reached through the array only
            tag.setName(i == 0 ? "NNP" : "VBD");
            tags.set(i, tag);
        }
        tagset.setTags(tags);
        tagset.addToIndexes();
        Token roe = new Token(jcas, 0, 3);
        POS_PROPN pos = new POS_PROPN(jcas, 0, 3);
        pos.setPosValue("NNP");
        roe.setPos(pos); // the part of speech is in no index either
        roe.addToIndexes();
        assertSameBytes(jcas.getCas());
    }

    /** A type with a feature of every kind, each array kind both held inside and shared. */
    private static CAS casWithEveryKind() throws Exception {
        TypeSystemDescription types = TypeSystemDescriptionFactory.createTypeSystemDescription();
        TypeDescription kinds = types.addType(KINDS, "", CAS.TYPE_NAME_ANNOTATION);
        for (String range : List.of("Integer", "Float", "String", "Boolean", "Byte", "Short", "Long", "Double")) {
            kinds.addFeature("a" + range, "", "uima.cas." + range);
        }
        for (String array : List.of("IntegerArray", "FloatArray", "StringArray", "BooleanArray", "ByteArray",
                "ShortArray", "LongArray", "DoubleArray", "FSArray")) {
            kinds.addFeature("held" + array, "", "uima.cas." + array, null, false);
            kinds.addFeature("shared" + array, "", "uima.cas." + array, null, true);
        }
        kinds.addFeature("typedArray", "", CAS.TYPE_NAME_FS_ARRAY, KINDS, false);
        kinds.addFeature("other", "", KINDS);
        kinds.addFeature("anything", "", CAS.TYPE_NAME_TOP);
        return CasCreationUtils.createCas(types, null, null);
    }

    private static void set(TOP fs, String feature, TOP value) {
        fs.setFeatureValue(fs.getType().getFeatureByBaseName(feature), value);
    }

    /** Values of every kind with the characters and numbers whose text form is easy to get wrong. */
    private static TOP everyKind(JCas jcas, Random random, TOP other) {
        Type type = jcas.getTypeSystem().getType(KINDS);
        Annotation fs = (Annotation) jcas.getCas().createAnnotation(type, random.nextInt(5), 5 + random.nextInt(5));
        int[] ints = { 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 42, 1_000_000 };
        fs.setIntValue(type.getFeatureByBaseName("aInteger"), ints[random.nextInt(ints.length)]);
        float[] floats = { 0f, -0f, 1.5f, Float.NaN, Float.NEGATIVE_INFINITY, 1e-10f, 3.4e38f };
        fs.setFloatValue(type.getFeatureByBaseName("aFloat"), floats[random.nextInt(floats.length)]);
        String[] strings = { null, "", "plain", "\"q\" & <t> 'a'", "line\nbreak\ttab", "Xankəndi — “x”", " pad " };
        fs.setStringValue(type.getFeatureByBaseName("aString"), strings[random.nextInt(strings.length)]);
        fs.setBooleanValue(type.getFeatureByBaseName("aBoolean"), random.nextBoolean());
        fs.setByteValue(type.getFeatureByBaseName("aByte"), (byte) (random.nextInt(256) - 128));
        fs.setShortValue(type.getFeatureByBaseName("aShort"), (short) random.nextInt());
        fs.setLongValue(type.getFeatureByBaseName("aLong"), random.nextBoolean() ? Long.MIN_VALUE : random.nextLong());
        double[] doubles = { 0d, 2.5e-300, Double.NaN, -7d, Math.PI };
        fs.setDoubleValue(type.getFeatureByBaseName("aDouble"), doubles[random.nextInt(doubles.length)]);
        IntegerArray integers = new IntegerArray(jcas, random.nextInt(3));
        for (int i = 0; i < integers.size(); i++) {
            integers.set(i, ints[random.nextInt(ints.length)]);
        }
        StringArray texts = new StringArray(jcas, random.nextInt(3));
        for (int i = 0; i < texts.size(); i++) {
            texts.set(i, strings[random.nextInt(strings.length)]);
        }
        FSArray<TOP> refs = new FSArray<>(jcas, 2);
        refs.set(0, other);
        ByteArray bytes = new ByteArray(jcas, 3);
        bytes.set(0, (byte) -1);
        bytes.set(1, (byte) 10);
        FloatArray fl = new FloatArray(jcas, 2);
        fl.set(0, Float.NaN);
        DoubleArray db = new DoubleArray(jcas, 1);
        db.set(0, -0d);
        LongArray lo = new LongArray(jcas, 1);
        lo.set(0, Long.MAX_VALUE);
        ShortArray sh = new ShortArray(jcas, 1);
        sh.set(0, (short) -5);
        BooleanArray bo = new BooleanArray(jcas, 2);
        bo.set(1, true);
        List<TOP> arrays = List.of(integers, fl, texts, bo, bytes, sh, lo, db, refs);
        List<String> names = List.of("IntegerArray", "FloatArray", "StringArray", "BooleanArray", "ByteArray",
                "ShortArray", "LongArray", "DoubleArray", "FSArray");
        for (int i = 0; i < arrays.size(); i++) {
            // each array held by one feature that allows one reference, or shared by one that allows several
            String holder = random.nextBoolean() ? "held" : "shared";
            if (random.nextInt(5) > 0) {
                set(fs, holder + names.get(i), arrays.get(i));
            }
        }
        FSArray<TOP> typed = new FSArray<>(jcas, 1);
        typed.set(0, other);
        set(fs, "typedArray", random.nextBoolean() ? typed : null);
        set(fs, "other", other);
        set(fs, "anything", random.nextInt(3) == 0 ? refs : other);
        return fs;
    }

    @Test
    void everyKindOfFeatureIsWrittenAsUimaWritesIt() throws Exception {
        for (int seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            CAS cas = casWithEveryKind();
            JCas jcas = cas.getJCas();
            jcas.setDocumentText("Every kind & <sort> of feature.");
            TOP previous = null;
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                TOP fs = everyKind(jcas, random, previous);
                if (random.nextInt(3) > 0) {
                    fs.addToIndexes(); // else reachable from the next one only
                }
                previous = fs;
            }
            previous.addToIndexes();
            if (random.nextBoolean()) {
                new IntegerArray(jcas, 2).addToIndexes(); // an indexed array
            }
            assertSameBytes(cas);
        }
    }

    @Test
    void anArrayHeldTwiceByFeaturesThatAllowOneReferenceIsLeftToUimasSerializer() throws Exception {
        CAS cas = casWithEveryKind();
        JCas jcas = cas.getJCas();
        jcas.setDocumentText("Two holders.");
        IntegerArray held = new IntegerArray(jcas, 1);
        Type type = cas.getTypeSystem().getType(KINDS);
        for (int i = 0; i < 2; i++) {
            TOP holder = (TOP) cas.createAnnotation(type, i, i + 1);
            set(holder, "heldIntegerArray", held);
            holder.addToIndexes();
        }
        assertThrows(XmiBytes.Unhandled.class, () -> direct(cas));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        XmiCorpusWriter.writeXmi(cas, written);
        assertArrayEquals(throughUima(cas), written.toByteArray());
    }

    @Test
    void aChainOfReferencesTooDeepToFollowIsLeftToUimasSerializerRatherThanEndingTheRun() throws Exception {
        CAS cas = casWithEveryKind();
        JCas jcas = cas.getJCas();
        jcas.setDocumentText("A long chain.");
        Type type = cas.getTypeSystem().getType(KINDS);
        TOP next = null;
        for (int i = 0; i < 200_000; i++) { // far beyond the 6,000 links a default thread stack follows
            TOP link = (TOP) cas.createAnnotation(type, 0, 1);
            set(link, "other", next);
            next = link;
        }
        next.addToIndexes();
        assertThrows(XmiBytes.Unhandled.class, () -> direct(cas));
    }

    @Test
    void writersOfOneTypeSystemShareItsNamesWorkedOutOnce() throws Exception {
        TypeSystemImpl typeSystem = ((CASImpl) JCasFactory.createJCas().getCas()).getTypeSystemImpl();
        assertSame(XmiNames.of(typeSystem), XmiNames.of(typeSystem));
        assertSame(typeSystem, XmiNames.of(typeSystem).typeSystem);
    }

    @Test
    void listsAreLeftToUimasSerializer() throws Exception {
        JCas jcas = article("A list.");
        Token token = new Token(jcas, 0, 1);
        token.addToIndexes();
        NonEmptyFSList<TOP> list = new NonEmptyFSList<>(jcas, token, new EmptyFSList<>(jcas));
        list.addToIndexes();
        assertThrows(XmiBytes.Unhandled.class, () -> direct(jcas.getCas()));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        XmiCorpusWriter.writeXmi(jcas.getCas(), written);
        assertArrayEquals(throughUima(jcas.getCas()), written.toByteArray());
    }

    @Test
    void textWithControlsAndEmojiIsWalkedIntoTheBytesUimaWrites() throws Exception {
        JCas jcas = article("It\u0092s \uD83D\uDE00 and\r\nmore\u2028 \u001B.");
        assertSameBytes(jcas.getCas());
    }

    @Test
    void aTextOfWhiteSpaceAloneIsLeftToTheJdkSerializer() throws Exception {
        JCas jcas = article("Jane Roe said.");
        SpeakerEntity speaker = new SpeakerEntity(jcas);
        StringArray variants = new StringArray(jcas, 2);
        variants.set(0, "Jane Roe");
        variants.set(1, " \r\n");
        speaker.setVariants(variants);
        speaker.addToIndexes();
        assertThrows(XmiBytes.Unhandled.class, () -> direct(jcas.getCas()));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        XmiCorpusWriter.writeXmi(jcas.getCas(), written);
        assertArrayEquals(throughUima(jcas.getCas()), written.toByteArray());
    }
}
