package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelAgreementTest {

    private static void add(LabelAgreement a, String gold, String predicted, int times) {
        for (int i = 0; i < times; i++) {
            a.add(gold, predicted);
        }
    }

    @Test
    void kappaDiscountsChanceAgreement() {
        // 50 pairs: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no. p_o = 0.7; gold says yes 25 times, the
        // other side 30 times: p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4
        LabelAgreement a = new LabelAgreement();
        add(a, "yes", "yes", 20);
        add(a, "yes", "no", 5);
        add(a, "no", "yes", 10);
        add(a, "no", "no", 15);
        assertEquals(50, a.pairs());
        assertEquals(0.7, a.accuracy(), 1e-9);
        assertEquals(0.4, a.kappa(), 1e-9);
    }

    @Test
    void oneLabelOnBothSidesIsFullAgreementAndNoPairsNone() {
        LabelAgreement same = new LabelAgreement();
        add(same, "LITERAL", "LITERAL", 3);
        assertEquals(1.0, same.kappa());
        assertEquals(0.0, new LabelAgreement().kappa());
    }

    @Test
    void anUnsetLabelIsALabelOfItsOwn() {
        LabelAgreement a = new LabelAgreement();
        a.add(null, "");
        a.add("FAVOR", null);
        assertEquals(0.5, a.accuracy(), 1e-9);
    }
}
