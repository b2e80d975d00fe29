package org.quotestance.speaker;

import java.util.Locale;

/**
 * A speaker's label at the start of a transcript line ("PENCE:", "SEN. KAINE:", also after
 * the quotation mark that opens each line of a transcript quoted whole): a person, even in
 * capitals, which elsewhere mark an organisation ("FBI said").
 */
final class TranscriptLabel {

    private TranscriptLabel() {
    }

    /** The person a mention names when it stands right before a colon at the start of its line, else null. */
    static MentionCandidate person(String text, int begin, int end) {
        int start = begin > 0 && "\"“".indexOf(text.charAt(begin - 1)) >= 0 ? begin - 1 : begin;
        boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
        if (!lineStart || end >= text.length() || text.charAt(end) != ':') {
            return null;
        }
        String label = text.substring(begin, end);
        StringBuilder name = new StringBuilder();
        for (String w : label.split("\\s+")) {
            if (name.length() > 0) {
                name.append(' ');
            }
            boolean capitals = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            name.append(capitals ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
        }
        return new MentionCandidate(begin, end, "NAME", "PERSON", name.toString(), "");
    }
}
