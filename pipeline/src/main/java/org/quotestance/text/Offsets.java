package org.quotestance.text;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.FeatureImpl;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * An annotation's begin and end read straight from its int slots. {@link Annotation#getBegin} finds the slot through a
 * method handle bound to a mutable call site, which C2 folds away but C1, the launcher's only compiler, calls
 * each time (about three times the cost of the read). The slots of uima.tcas.Annotation's own features are
 * the same in every type system: UIMA lays out its built-in types first and binds their call sites once.
 */
public final class Offsets {

    private static final int BEGIN = slot(CAS.FEATURE_FULL_NAME_BEGIN);
    private static final int END = slot(CAS.FEATURE_FULL_NAME_END);

    private Offsets() {
    }

    public static int begin(Annotation annotation) {
        return annotation._getIntValueNc(BEGIN);
    }

    public static int end(Annotation annotation) {
        return annotation._getIntValueNc(END);
    }

    private static int slot(String feature) {
        return ((FeatureImpl) TypeSystemImpl.staticTsi.getFeatureByFullName(feature)).getAdjustedOffset();
    }
}
