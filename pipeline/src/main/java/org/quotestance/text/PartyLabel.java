package org.quotestance.text;

import java.util.regex.Pattern;

/**
 * A politician's party, with or without the state, in parentheses after the name: "(R-IN)", "(D-Calif.)",
 * "(D-N.Y.)", "(I)". One capital party letter (Republican, Democrat, Independent, Libertarian, Green), then
 * optionally a hyphen and a state abbreviation: two capitals, a capitalised short word with its full stop, or
 * initials. Not an agency ("(AP)") or a year ("(2016)").
 */
public final class PartyLabel {

    /** The party in parentheses, as a regular expression to embed. */
    public static final String IN_PARENTHESES =
            "\\([RDILG](?:-(?:\\p{Lu}{2}|\\p{Lu}\\p{Ll}{1,5}\\.?|(?:\\p{Lu}\\.){2,3}))?\\)";

    private static final Pattern WHOLE = Pattern.compile(IN_PARENTHESES);

    private PartyLabel() {
    }

    /** Whether {@code text} is a party in parentheses and nothing else. */
    public static boolean is(CharSequence text) {
        return WHOLE.matcher(text).matches();
    }
}
