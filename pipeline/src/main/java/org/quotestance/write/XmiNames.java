package org.quotestance.write;

import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.CasSerializerSupport;
import org.apache.uima.cas.impl.FeatureImpl;
import org.apache.uima.cas.impl.TypeImpl;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The names one type system's XMI is written with, worked out once: the root start tag with its namespace
 * declarations and each type's element name, as UIMA's {@code XmiCasSerializer} derives them (a prefix per
 * package, numbered on a clash, declared in the order of its {@code HashMap} filled in type-code order), and
 * each feature's attribute name as ASCII bytes. A type system with a name that is not ASCII is left to UIMA's
 * serializer ({@link #isAscii()}).
 */
final class XmiNames {

    private static final String URI_PREFIX = "http:///";
    private static final String URI_SUFFIX = ".ecore";
    private static final String NO_NAMESPACE = "noNamespace";

    final TypeSystemImpl typeSystem;
    private final Map<String, String> prefixByUri = new HashMap<>();
    private final Set<String> prefixesUsed = new HashSet<>();
    private final byte[][] elementByType;
    private final int[] classByType;
    private final boolean[] arrayByType;
    private final FeatureImpl[][] featuresByType;
    private final byte[][][] attributeByType;
    private final byte[][][] childByType;
    private final byte[] rootStartTag;
    private final byte[] root;
    private final byte[] nullElement;
    private final byte[] viewElement;
    private boolean ascii = true;

    /**
     * The names of each type system met, shared by writers (the Spark module makes one per document): weak keys and
     * soft values, since the names hold their type system, so that a type system no longer used can go.
     */
    private static final Map<TypeSystemImpl, SoftReference<XmiNames>> BY_TYPE_SYSTEM = new WeakHashMap<>();

    /** The names of {@code typeSystem}, worked out on its first use (they are not changed after). */
    static synchronized XmiNames of(TypeSystemImpl typeSystem) {
        SoftReference<XmiNames> known = BY_TYPE_SYSTEM.get(typeSystem);
        XmiNames names = known == null ? null : known.get();
        if (names == null || names.typeSystem != typeSystem) { // the map's key may be an equal type system
            names = new XmiNames(typeSystem);
            BY_TYPE_SYSTEM.put(typeSystem, new SoftReference<>(names));
        }
        return names;
    }

    private XmiNames(TypeSystemImpl typeSystem) {
        this.typeSystem = typeSystem;
        int size = typeSystem.getLargestTypeCode() + 1;
        elementByType = new byte[size][];
        classByType = new int[size];
        arrayByType = new boolean[size];
        featuresByType = new FeatureImpl[size][];
        attributeByType = new byte[size][][];
        childByType = new byte[size][][];
        prefixByUri.put(XmiCasSerializer.XMI_NS_URI, XmiCasSerializer.XMI_NS_PREFIX);
        for (Iterator<Type> types = typeSystem.getTypeIterator(); types.hasNext();) {
            TypeImpl type = (TypeImpl) types.next();
            int code = type.getCode();
            elementByType[code] = ascii(elementName(type.getName()));
            classByType[code] = CasSerializerSupport.classifyType(type);
            arrayByType[code] = type.isArray();
            FeatureImpl[] features = type.getFeatureImpls();
            featuresByType[code] = features;
            attributeByType[code] = new byte[features.length][];
            childByType[code] = new byte[features.length][];
            for (int i = 0; i < features.length; i++) {
                attributeByType[code][i] = ascii(" " + features[i].getShortName() + "=\"");
                childByType[code][i] = ascii(features[i].getShortName());
            }
        }
        nullElement = ascii(elementName("uima.cas.NULL"));
        viewElement = ascii(elementName("uima.cas.View"));
        root = ascii(XmiCasSerializer.XMI_TAG_QNAME);
        rootStartTag = writeRootStartTag();
    }

    /** Whether every name is ASCII, as the direct writer needs. */
    boolean isAscii() {
        return ascii;
    }

    /** The XML declaration and the root's start tag with its namespace declarations, left open. */
    byte[] rootStartTag() {
        return rootStartTag;
    }

    private byte[] writeRootStartTag() {
        XmiBytes bytes = new XmiBytes();
        AttributesImpl attributes = new AttributesImpl();
        bytes.startDocument();
        for (Map.Entry<String, String> namespace : prefixByUri.entrySet()) {
            String qName = "xmlns:" + namespace.getValue();
            attributes.addAttribute(XmiCasSerializer.XMLNS_NS_URI, namespace.getValue(), qName, "CDATA",
                    namespace.getKey());
            bytes.startPrefixMapping(namespace.getValue(), namespace.getKey());
        }
        attributes.addAttribute(XmiCasSerializer.XMI_NS_URI, XmiCasSerializer.XMI_VERSION_LOCAL_NAME,
                XmiCasSerializer.XMI_VERSION_QNAME, "CDATA", XmiCasSerializer.XMI_VERSION_VALUE);
        try {
            bytes.startElement(XmiCasSerializer.XMI_NS_URI, XmiCasSerializer.XMI_TAG_LOCAL_NAME,
                    XmiCasSerializer.XMI_TAG_QNAME, attributes);
        } catch (org.xml.sax.SAXException e) {
            ascii = false; // a namespace that is not ASCII
        }
        return bytes.toByteArray();
    }

    byte[] root() {
        return root;
    }

    byte[] nullElement() {
        return nullElement;
    }

    byte[] viewElement() {
        return viewElement;
    }

    byte[] element(int typeCode) {
        return elementByType[typeCode];
    }

    /** The type's class as UIMA's serializer tells them apart: a feature structure, an array, a list. */
    int typeClass(int typeCode) {
        return classByType[typeCode];
    }

    /** Whether the type is an array type. */
    boolean isArray(int typeCode) {
        return arrayByType[typeCode];
    }

    /** The type's features, {@link TypeImpl#getFeatureImpls()} (not a plain getter) read once. */
    FeatureImpl[] features(int typeCode) {
        return featuresByType[typeCode];
    }

    /** {@code ' name="'} of the type's features, in {@link TypeImpl#getFeatureImpls()} order. */
    byte[][] attributes(int typeCode) {
        return attributeByType[typeCode];
    }

    /** The element names of the type's features when their values are written as elements (strings of an array). */
    byte[][] children(int typeCode) {
        return childByType[typeCode];
    }

    /** The qualified element name UIMA's serializer gives a type: {@code prefix:ShortName}. */
    private String elementName(String typeName) {
        if (typeName.endsWith("[]")) {
            typeName = CAS.TYPE_NAME_FS_ARRAY;
        }
        int lastDot = typeName.lastIndexOf('.');
        String uri = lastDot == -1 ? XmiCasSerializer.DEFAULT_NAMESPACE_URI
                : URI_PREFIX + typeName.substring(0, lastDot).replace('.', '/') + URI_SUFFIX;
        return prefix(typeName, uri, lastDot) + ':' + typeName.substring(lastDot + 1);
    }

    /** The namespace's prefix: the package's last part, numbered from 2 when another namespace took it. */
    private String prefix(String typeName, String uri, int lastDot) {
        String prefix = prefixByUri.get(uri);
        if (prefix != null) {
            return prefix;
        }
        prefix = lastDot == -1 ? NO_NAMESPACE
                : typeName.substring(typeName.lastIndexOf('.', lastDot - 1) + 1, lastDot);
        if (prefixesUsed.contains(prefix)) {
            int number = 2;
            while (prefixesUsed.contains(prefix + number)) {
                number++;
            }
            prefix = prefix + number;
        }
        prefixByUri.put(uri, prefix);
        prefixesUsed.add(prefix);
        return prefix;
    }

    private byte[] ascii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                ascii = false;
            }
        }
        return name.getBytes(StandardCharsets.ISO_8859_1);
    }
}
