package org.quotestance.eval;

/** Whether an offset of a gold sentence lies inside a quotation: an odd number of quote marks before it. */
final class QuotationParity {
    private QuotationParity() {
    }

    static boolean isQuoted(String text, int offset) {
        int straight = 0;
        int open = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '"' -> straight++;
                case '“' -> open++;
                case '”' -> open--;
                default -> { }
            }
        }
        return straight % 2 == 1 || open > 0;
    }
}
