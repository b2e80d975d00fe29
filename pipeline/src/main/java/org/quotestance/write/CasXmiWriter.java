package org.quotestance.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.UimaSerializable;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CommonArrayFS;
import org.apache.uima.cas.FSIndexRepository;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.FeatureImpl;
import org.apache.uima.cas.impl.LowLevelCAS;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.jcas.cas.ByteArray;
import org.apache.uima.jcas.cas.CommonList;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.cas.IntegerArray;
import org.apache.uima.jcas.cas.Sofa;
import org.apache.uima.jcas.cas.StringArray;
import org.apache.uima.jcas.cas.TOP;

/**
 * Writes a CAS as XMI by walking it directly, into the same bytes as UIMA's {@code XmiCasSerializer} feeding
 * {@link XmiBytes} (no identity sets, attribute lists, strings per number or SAX events in between): the null
 * object, each view's indexed feature structures in index order, then the ones queued while following their
 * features (sofas first, depth first), each written once with its id as xmi:id, then a {@code cas:View} per
 * view listing its members. It follows UIMA's rules for what is written where: an array held by a feature
 * that allows one reference is written inside its holder, one that allows more as an element of its own.
 * What it does not handle it reports as {@link XmiBytes.Unhandled}, before anything reaches a file, and the
 * caller serializes through UIMA: a CAS without sofa (its initial view may still hold feature structures), lists,
 * a CAS whose views are not numbered 1..n, a view without committed indexes, a feature structure serialized
 * through {@link UimaSerializable}, an array held twice by features that allow one reference (UIMA warns and
 * writes it twice), names that are not ASCII, a chain of references too deep for the walk's recursion, and text
 * {@link XmiBytes} does not lay out.
 */
final class CasXmiWriter {

    private static final byte[] ID = ascii(" xmi:id=\"");
    private static final byte[] SOFA = ascii(" sofa=\"");
    private static final byte[] MEMBERS = ascii(" members=\"");
    private static final byte[] ELEMENTS = ascii(" elements=\"");
    private static final byte[] ELEMENT = ascii("elements");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** A feature structure seen and not written yet (UIMA's visited_not_yet_written). */
    private static final byte NOT_YET_WRITTEN = 1;
    /** An array queued once as the value of a feature that allows several references. */
    private static final byte QUEUED_AS_SHARED = 2;
    /** An array met a second time, queued again to be written as an element of its own. */
    private static final byte MET_AGAIN = 4;

    private XmiNames names;
    /**
     * The marks above of the document's feature structures by id, in a plain array rather than sets: C1, the
     * launcher's only compiler, does not inline {@code BitSet}'s methods, and the walk asks once per reference.
     */
    private byte[] marks = new byte[1 << 12];
    /**
     * Per type code, the last class of its feature structures found to be neither {@link UimaSerializable} nor a
     * {@link CommonList}, so that the two interface checks, slow when they fail, run once per type.
     */
    private Class<?>[] checkedClasses = new Class<?>[0];
    private final ArrayList<TOP> indexed = new ArrayList<>();
    private final ArrayList<TOP> queued = new ArrayList<>();
    private final List<Sofa> sofas = new ArrayList<>();
    /** Each view's indexed feature structures, copied out of the indexes once for the two walks over them. */
    private final List<Object[]> viewMembers = new ArrayList<>();
    private int[] elementFeatures = new int[8];

    /** Lays out {@code cas} (any of its views) in {@code out}, or throws before it has written anything it cannot. */
    void write(CAS cas, XmiBytes out) throws XmiBytes.Unhandled {
        CASImpl base = ((CASImpl) cas).getBaseCAS();
        TypeSystemImpl typeSystem = base.getTypeSystemImpl();
        if (names == null || names.typeSystem != typeSystem) {
            names = XmiNames.of(typeSystem);
            checkedClasses = new Class<?>[typeSystem.getLargestTypeCode() + 1];
        }
        if (!names.isAscii()) {
            throw new XmiBytes.Unhandled("a name that is not ASCII");
        }
        int ids = base.getLastUsedFsId() + 1;
        if (marks.length < ids) {
            marks = new byte[Math.max(ids, marks.length * 2)];
        }
        try {
            enqueue(base);
            write(out);
        } catch (StackOverflowError deepChain) {
            // the walk follows references recursively, as UIMA's serializer does: let it meet the chain as before
            throw new XmiBytes.Unhandled("a chain of references too deep to follow");
        } finally {
            Arrays.fill(marks, 0, ids, (byte) 0);
            indexed.clear();
            queued.clear();
            sofas.clear();
            viewMembers.clear();
        }
    }

    private void enqueue(CASImpl base) throws XmiBytes.Unhandled {
        for (FSIterator<Sofa> it = base.getSofaIterator(); it.hasNext();) {
            Sofa sofa = it.next();
            sofas.add(sofa);
            enqueueWithFeatures(sofa);
        }
        if (sofas.isEmpty()) {
            // the initial view may still hold indexed feature structures, which UIMA writes in a view without sofa
            throw new XmiBytes.Unhandled("no sofa");
        }
        sofas.sort(Comparator.comparingInt(Sofa::getSofaNum));
        for (int i = 0; i < sofas.size(); i++) {
            if (sofas.get(i).getSofaNum() != i + 1) {
                throw new XmiBytes.Unhandled("views not numbered 1.." + sofas.size());
            }
            FSIndexRepository repository = base.getView(sofas.get(i)).getIndexRepository();
            if (repository == null) {
                throw new XmiBytes.Unhandled("a view without committed indexes");
            }
            Object[] members = repository.getIndexedFSs().toArray();
            viewMembers.add(members);
            for (Object member : members) {
                TOP fs = (TOP) member;
                if (firstVisit(fs)) {
                    indexed.add(fs);
                }
            }
        }
        for (TOP fs : indexed) {
            enqueueFeatures(fs);
        }
    }

    /**
     * Marks {@code fs} seen; an array seen before is queued again (once) to be written on its own. (UIMA does the
     * same for a list; a list is not walked.)
     */
    private boolean firstVisit(TOP fs) {
        int id = fs._id();
        int mark = marks[id];
        if ((mark & NOT_YET_WRITTEN) != 0) {
            if ((mark & MET_AGAIN) == 0 && names.isArray(fs._getTypeCode())) {
                marks[id] = (byte) (mark | MET_AGAIN);
                queued.add(fs);
            }
            return false;
        }
        marks[id] = (byte) (mark | NOT_YET_WRITTEN);
        return true;
    }

    private void enqueueWithFeatures(TOP fs) throws XmiBytes.Unhandled {
        if (fs != null && firstVisit(fs)) {
            queued.add(fs);
            enqueueFeatures(fs);
        }
    }

    private void enqueueFeatures(TOP fs) throws XmiBytes.Unhandled {
        if (fs instanceof FSArray<?> array) {
            enqueueElements(array);
            return;
        }
        int type = fs._getTypeCode();
        if (checkedClasses[type] != fs.getClass()) {
            if (fs instanceof UimaSerializable || fs instanceof CommonList) {
                throw new XmiBytes.Unhandled(fs._getTypeImpl().getName());
            }
            checkedClasses[type] = fs.getClass();
        }
        for (FeatureImpl feature : names.features(type)) {
            switch (feature.rangeTypeClass) {
                case LowLevelCAS.TYPE_CLASS_FS -> enqueueWithFeatures(reference(fs, feature));
                case LowLevelCAS.TYPE_CLASS_INTARRAY, LowLevelCAS.TYPE_CLASS_FLOATARRAY,
                        LowLevelCAS.TYPE_CLASS_STRINGARRAY, LowLevelCAS.TYPE_CLASS_BOOLEANARRAY,
                        LowLevelCAS.TYPE_CLASS_BYTEARRAY, LowLevelCAS.TYPE_CLASS_SHORTARRAY,
                        LowLevelCAS.TYPE_CLASS_LONGARRAY, LowLevelCAS.TYPE_CLASS_DOUBLEARRAY,
                        LowLevelCAS.TYPE_CLASS_FSARRAY -> enqueueArray(feature, reference(fs, feature));
                case LowLevelCAS.TYPE_CLASS_INT, LowLevelCAS.TYPE_CLASS_FLOAT, LowLevelCAS.TYPE_CLASS_STRING,
                        LowLevelCAS.TYPE_CLASS_BOOLEAN, LowLevelCAS.TYPE_CLASS_BYTE, LowLevelCAS.TYPE_CLASS_SHORT,
                        LowLevelCAS.TYPE_CLASS_LONG, LowLevelCAS.TYPE_CLASS_DOUBLE -> {
                    // a value, no feature structure
                }
                default -> throw new XmiBytes.Unhandled("feature " + feature.getName());
            }
        }
    }

    /** An array that is a feature's value: queued if the feature allows several references, else held inside. */
    private void enqueueArray(FeatureImpl feature, TOP array) throws XmiBytes.Unhandled {
        if (array == null) {
            return;
        }
        int id = array._id();
        boolean seen = (marks[id] & NOT_YET_WRITTEN) != 0;
        if (feature.isMultipleReferencesAllowed()) {
            if ((marks[id] & QUEUED_AS_SHARED) == 0) {
                marks[id] |= QUEUED_AS_SHARED;
                enqueueWithFeatures(array);
            }
            return;
        }
        if (((CommonArrayFS<?>) array).isEmpty()) {
            return;
        }
        if (seen) {
            throw new XmiBytes.Unhandled("array held twice by " + feature.getName());
        }
        marks[id] |= NOT_YET_WRITTEN;
        if (array instanceof FSArray<?> elements) {
            enqueueElements(elements);
        }
    }

    private void enqueueElements(FSArray<?> array) throws XmiBytes.Unhandled {
        for (TOP element : array._getTheArray()) {
            enqueueWithFeatures(element);
        }
    }

    private void write(XmiBytes out) throws XmiBytes.Unhandled {
        out.startDocument(names.rootStartTag());
        out.startElement(names.nullElement());
        out.attribute(ID, 0);
        out.endElement(names.nullElement());
        for (TOP fs : indexed) {
            writeFs(fs, out);
        }
        for (TOP fs : queued) {
            if ((marks[fs._id()] & NOT_YET_WRITTEN) != 0) {
                writeFs(fs, out);
            }
        }
        for (int i = 0; i < sofas.size(); i++) {
            writeView(sofas.get(i), viewMembers.get(i), out);
        }
        out.endElement(names.root());
        out.endDocument();
    }

    private void writeFs(TOP fs, XmiBytes out) throws XmiBytes.Unhandled {
        marks[fs._id()] &= ~NOT_YET_WRITTEN;
        int type = fs._getTypeCode();
        byte[] element = names.element(type);
        out.startElement(element);
        out.attribute(ID, fs._id());
        int typeClass = names.typeClass(type);
        if (typeClass == LowLevelCAS.TYPE_CLASS_FS) {
            writeFeatures(fs, type, out);
        } else if (fs instanceof StringArray strings && !strings.isEmpty()) {
            writeStrings(ELEMENT, strings, out);
        } else if (fs instanceof CommonArrayFS) {
            out.startAttribute(ELEMENTS);
            writeArrayValue(fs, out);
            out.endAttribute();
        } else {
            throw new XmiBytes.Unhandled(fs._getTypeImpl().getName());
        }
        out.endElement(element);
    }

    /** The features as attributes in feature order, then strings of arrays held inside as elements. */
    private void writeFeatures(TOP fs, int type, XmiBytes out) throws XmiBytes.Unhandled {
        // the features are the type's own, so the unchecked getters (_...Nc) read the same values without the
        // per-call check that the feature belongs to the type
        FeatureImpl[] features = names.features(type);
        byte[][] attributes = names.attributes(type);
        int asElements = 0;
        for (int i = 0; i < features.length; i++) {
            FeatureImpl feature = features[i];
            switch (feature.rangeTypeClass) {
                case LowLevelCAS.TYPE_CLASS_INT -> out.attribute(attributes[i], fs._getIntValueNc(feature));
                case LowLevelCAS.TYPE_CLASS_STRING -> writeAttribute(attributes[i], fs._getStringValueNc(feature), out);
                case LowLevelCAS.TYPE_CLASS_FLOAT, LowLevelCAS.TYPE_CLASS_BOOLEAN, LowLevelCAS.TYPE_CLASS_BYTE,
                        LowLevelCAS.TYPE_CLASS_SHORT, LowLevelCAS.TYPE_CLASS_LONG, LowLevelCAS.TYPE_CLASS_DOUBLE ->
                        writeAttribute(attributes[i], primitiveAsString(fs, feature), out);
                case LowLevelCAS.TYPE_CLASS_FS -> writeReference(attributes[i], reference(fs, feature), out);
                case LowLevelCAS.TYPE_CLASS_STRINGARRAY -> {
                    StringArray strings = (StringArray) reference(fs, feature);
                    if (feature.isMultipleReferencesAllowed()) {
                        writeReference(attributes[i], strings, out);
                    } else if (strings != null && strings.isEmpty()) {
                        writeAttribute(attributes[i], "", out);
                    } else if (strings != null) {
                        asElements = holdAsElement(asElements, i);
                    }
                }
                case LowLevelCAS.TYPE_CLASS_INTARRAY, LowLevelCAS.TYPE_CLASS_FLOATARRAY,
                        LowLevelCAS.TYPE_CLASS_BOOLEANARRAY, LowLevelCAS.TYPE_CLASS_BYTEARRAY,
                        LowLevelCAS.TYPE_CLASS_SHORTARRAY, LowLevelCAS.TYPE_CLASS_LONGARRAY,
                        LowLevelCAS.TYPE_CLASS_DOUBLEARRAY, LowLevelCAS.TYPE_CLASS_FSARRAY -> {
                    TOP array = reference(fs, feature);
                    if (feature.isMultipleReferencesAllowed()) {
                        writeReference(attributes[i], array, out);
                    } else if (array != null) {
                        out.startAttribute(attributes[i]);
                        writeArrayValue(array, out);
                        out.endAttribute();
                    }
                }
                default -> throw new XmiBytes.Unhandled("feature " + feature.getName());
            }
        }
        byte[][] children = names.children(type);
        for (int i = 0; i < asElements; i++) {
            int feature = elementFeatures[i];
            writeStrings(children[feature], (StringArray) reference(fs, features[feature]), out);
        }
    }

    /**
     * The feature structure {@code feature} of {@code fs} holds, as stored: {@code _getFeatureValueNc} would first
     * ask the CAS whether a PEAR is running, to hand out the PEAR's class for it, whose id and values, all the
     * writer reads, are the same.
     */
    private static TOP reference(TOP fs, FeatureImpl feature) {
        return (TOP) fs._getRefValueCommon(feature.getAdjustedOffset());
    }

    /** A number or boolean as {@code getFeatureValueAsString} writes it, without its checks of the feature. */
    private static String primitiveAsString(TOP fs, FeatureImpl feature) {
        return switch (feature.rangeTypeClass) {
            case LowLevelCAS.TYPE_CLASS_FLOAT -> Float.toString(fs._getFloatValueNc(feature));
            case LowLevelCAS.TYPE_CLASS_BOOLEAN -> Boolean.toString(fs._getBooleanValueNc(feature));
            case LowLevelCAS.TYPE_CLASS_BYTE -> Byte.toString(fs._getByteValueNc(feature));
            case LowLevelCAS.TYPE_CLASS_SHORT -> Short.toString(fs._getShortValueNc(feature));
            case LowLevelCAS.TYPE_CLASS_LONG -> Long.toString(fs._getLongValueNc(feature));
            default -> Double.toString(fs._getDoubleValueNc(feature));
        };
    }

    private int holdAsElement(int count, int feature) {
        if (count == elementFeatures.length) {
            elementFeatures = Arrays.copyOf(elementFeatures, count * 2);
        }
        elementFeatures[count] = feature;
        return count + 1;
    }

    private static void writeAttribute(byte[] attribute, String value, XmiBytes out) throws XmiBytes.Unhandled {
        if (value != null) {
            out.startAttribute(attribute);
            out.value(value);
            out.endAttribute();
        }
    }

    private static void writeReference(byte[] attribute, TOP fs, XmiBytes out) {
        if (fs != null) {
            out.attribute(attribute, fs._id());
        }
    }

    private static void writeStrings(byte[] element, StringArray strings, XmiBytes out) throws XmiBytes.Unhandled {
        for (String string : strings._getTheArray()) {
            out.startElement(element);
            out.text(string);
            out.endElement(element);
        }
    }

    /** An array's values separated by spaces: ids for feature structures (0 for none), hex digits for bytes. */
    private static void writeArrayValue(TOP array, XmiBytes out) throws XmiBytes.Unhandled {
        if (array instanceof FSArray<?> fsArray) {
            TOP[] elements = fsArray._getTheArray();
            for (int i = 0; i < elements.length; i++) {
                if (i > 0) {
                    out.ascii(' ');
                }
                out.value(elements[i] == null ? 0 : elements[i]._id());
            }
        } else if (array instanceof IntegerArray integers) {
            int[] values = integers._getTheArray();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.ascii(' ');
                }
                out.value(values[i]);
            }
        } else if (array instanceof ByteArray bytes) {
            for (byte b : bytes._getTheArray()) {
                out.ascii(HEX[(b & 0xF0) >>> 4]);
                out.ascii(HEX[b & 0x0F]);
            }
        } else {
            StringBuilder joined = new StringBuilder();
            for (String value : ((CommonArrayFS<?>) array).toStringArray()) {
                if (!joined.isEmpty()) {
                    joined.append(' ');
                }
                joined.append(value);
            }
            out.value(joined.toString());
        }
    }

    private void writeView(Sofa sofa, Object[] members, XmiBytes out) {
        if (members.length == 0) {
            return;
        }
        byte[] element = names.viewElement();
        out.startElement(element);
        out.attribute(SOFA, sofa._id());
        out.startAttribute(MEMBERS);
        for (int i = 0; i < members.length; i++) {
            if (i > 0) {
                out.ascii(' ');
            }
            out.value(((TOP) members[i])._id());
        }
        out.endAttribute();
        out.endElement(element);
    }
}
