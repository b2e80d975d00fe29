package org.quotestance.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.quotestance.text.PartyLabel;
import org.quotestance.type.Boilerplate;
import org.quotestance.type.Headline;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;

/**
 * Marks the structure of a crawled news page: one {@link Paragraph} per non-blank line, the
 * {@link Headline}, and {@link Boilerplate} (site headers and breadcrumbs, datelines, bylines, photo
 * captions, related-link lists, share/footer text, author boxes) so that later annotators skip it.
 *
 * <p>The rules look at line shape only (position, length, final punctuation, fixed phrases such as
 * "Read more:" or "SHARE THIS ARTICLE"), so they carry over to pages of outlets nobody tuned them to.
 */
@TypeCapability(outputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
        "org.quotestance.type.Headline",
        "org.quotestance.type.Boilerplate" })
public class StructureAnnotator extends JCasAnnotator_ImplBase {

    private static final Pattern BREADCRUMB = Pattern.compile("^[\\p{L}][\\p{L} &]{0,25}(\\s+/\\s+[^/]+)+$");
    private static final Pattern SITE_NAME = Pattern.compile("^(www\\.)?[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,6}$");
    private static final Pattern PAGE_FIELD = Pattern.compile(
            "(?i)^(news id|publish(ed)? date|published|date|updated|last updated|posted|source)\\s*:");
    private static final Pattern URL_LINE = Pattern.compile("^(https?://|www\\.)\\S+$");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)\\((photo|image|file photo|picture|credit|source)\\b[^)]*\\)\\s*$|^(photo|image|file photo)( by)?\\s*:");
    private static final Pattern BYLINE = Pattern.compile(
            "^(By|Written by|Reporting by|Edited by)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+(and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,5}$");
    private static final Pattern AUTHOR_BOX = Pattern.compile("^About( the author)?:?\\s+\\p{Lu}\\p{L}+(\\s+\\p{Lu}\\p{L}+){0,3}$");
    private static final Pattern FOOTER_START = Pattern.compile(
            "(?i)^(share this (article|story|page)|share on|follow us on|all rights reserved|©"
                    + "|copyright\\s*(©|\\(c\\)|\\d{4}|:|$))");
    private static final Pattern ALTERNATE_ADDRESSES = Pattern.compile("(?i)can (also )?be accessed at");
    private static final String ACCESSED_AT = "accessed at";
    private static final Pattern RELATED_LINKS = Pattern.compile(
            "(?i)^(read more|related|see also|also read|more on this( story)?|related (news|articles|stories|content)|recommended)\\s*:?(.*)$");
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.]*(\\s+\\p{Lu}[\\p{L}.]*){0,3}\\s*\\([\\p{L} .,&-]{1,40}\\)\\s*[:–—-]"
                    + "|\\p{Lu}{3,}(\\s*[,/]?\\s*\\p{Lu}{2,}){0,3}\\s+[–—-]"
                    + "|[\\p{L} ]{2,30}\\bNews:)\\s+");

    /** A transcript label with a party and state, "GOV. MIKE PENCE (R-IN):", has a dateline's shape but is a speaker. */
    private static final Pattern PARTY_LABEL = Pattern.compile("^[^(\\n]*" + PartyLabel.IN_PARENTHESES + "\\s*:");

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        List<Line> lines = Line.split(text);
        for (Line line : lines) {
            new Paragraph(jcas, line.begin(), line.end()).addToIndexes();
        }
        int firstBody = markTop(jcas, lines);
        markBody(jcas, lines, firstBody);
    }

    /** Header fields, the headline and captions before the first body paragraph; returns its index. */
    private int markTop(JCas jcas, List<Line> lines) {
        int i = 0;
        while (i < lines.size() && isHeaderField(lines.get(i))) {
            mark(jcas, lines.get(i), BoilerplateKind.HEADER);
            i++;
        }
        if (i >= lines.size() || lines.get(i).isProse()) {
            return i;
        }
        Line headline = lines.get(i++);
        int headlineEnd = headline.end();
        if (headline.text().endsWith(":") && i < lines.size() && !lines.get(i).isProse()) {
            headlineEnd = lines.get(i++).end();
        }
        new Headline(jcas, headline.begin(), headlineEnd).addToIndexes();
        while (i < lines.size() && !lines.get(i).isProse() && !isBodyBoilerplate(lines.get(i))) {
            Line line = lines.get(i);
            mark(jcas, line, BYLINE.matcher(line.text()).matches() ? BoilerplateKind.BYLINE : BoilerplateKind.CAPTION);
            i++;
        }
        return i;
    }

    private static boolean isHeaderField(Line line) {
        String t = line.text();
        return BREADCRUMB.matcher(t).matches() || SITE_NAME.matcher(t).matches() || PAGE_FIELD.matcher(t).find();
    }

    private static boolean isBodyBoilerplate(Line line) {
        return RELATED_LINKS.matcher(line.text()).matches() || FOOTER_START.matcher(line.text()).find();
    }

    private void markBody(JCas jcas, List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            if (FOOTER_START.matcher(t).find()) {
                markRange(jcas, lines, i, lines.size() - 1, BoilerplateKind.FOOTER);
                return;
            }
            if (mayNameAlternateAddresses(t) && ALTERNATE_ADDRESSES.matcher(t).find() || URL_LINE.matcher(t).matches()) {
                mark(jcas, line, BoilerplateKind.FOOTER);
            } else if (mayBeCaption(t) && CAPTION.matcher(t).find()) {
                mark(jcas, line, BoilerplateKind.CAPTION);
            } else if (BYLINE.matcher(t).matches()) {
                mark(jcas, line, BoilerplateKind.BYLINE);
            } else if (AUTHOR_BOX.matcher(t).matches()) {
                mark(jcas, line, BoilerplateKind.AUTHOR_BOX);
            } else if (RELATED_LINKS.matcher(t).matches() && !line.isProse()) {
                int last = i;
                while (last + 1 < lines.size() && !lines.get(last + 1).isProse()
                        && !FOOTER_START.matcher(lines.get(last + 1).text()).find()) {
                    last++;
                }
                markRange(jcas, lines, i, last, BoilerplateKind.RELATED_LINKS);
                i = last;
            } else {
                markDateline(jcas, line);
            }
        }
    }

    /**
     * Whether the line holds "accessed at" in any case of its ASCII letters, as {@link #ALTERNATE_ADDRESSES} needs: a
     * plain scan for an "a" passes over a paragraph faster than the pattern tries each of its places (and than a
     * case-blind comparison at each, which looks every character up in Unicode's tables).
     */
    private static boolean mayNameAlternateAddresses(String t) {
        for (int at = 0; at + ACCESSED_AT.length() <= t.length(); at++) {
            if ((t.charAt(at) | 0x20) == 'a' && t.regionMatches(true, at, ACCESSED_AT, 0, ACCESSED_AT.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #CAPTION} may match: the line ends in a closing parenthesis (before white space and a line
     * terminator, which its {@code \s*$} passes over) or begins with the first letter of "photo", "image" or "file".
     */
    private static boolean mayBeCaption(String t) {
        int end = t.length();
        while (end > 0 && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && (t.charAt(end - 1) == ')' || "pPiIfF".indexOf(t.charAt(0)) >= 0);
    }

    private void markDateline(JCas jcas, Line line) {
        Matcher m = DATELINE.matcher(line.text());
        if (m.lookingAt() && m.end() < line.text().length() && !PARTY_LABEL.matcher(line.text()).lookingAt()) {
            mark(jcas, line.begin(), line.begin() + m.group().stripTrailing().length(), BoilerplateKind.DATELINE);
        }
    }

    private static void markRange(JCas jcas, List<Line> lines, int first, int last, BoilerplateKind kind) {
        mark(jcas, lines.get(first).begin(), lines.get(last).end(), kind);
    }

    private static void mark(JCas jcas, Line line, BoilerplateKind kind) {
        mark(jcas, line.begin(), line.end(), kind);
    }

    private static void mark(JCas jcas, int begin, int end, BoilerplateKind kind) {
        Boilerplate b = new Boilerplate(jcas, begin, end);
        b.setKind(kind.name());
        b.addToIndexes();
    }
}
