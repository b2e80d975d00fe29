package org.quotestance.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved news page read with jsoup: the main text (the page's {@code <article>}, else {@code <main>},
 * else the body) as one line per paragraph, heading or list item, without navigation, scripts, styles,
 * forms, asides and the page's header and footer; and what the page's metadata says of the article: title
 * ({@code og:title}, else {@code <title>}, else the first {@code <h1>}), publication date
 * ({@code article:published_time}, {@code datePublished}, {@code date} / {@code pubdate} metas, else the
 * first {@code <time datetime>}), outlet ({@code og:site_name}), address ({@code rel=canonical}, else
 * {@code og:url}) and language ({@code <html lang>}). The character set is the one the page declares
 * (UTF-8 when it declares none).
 */
public record HtmlArticle(String text, String title, String date, String outlet, String url, String language) {

    private static final String BOILERPLATE = "script, style, noscript, template, nav, aside, form, iframe, svg, "
            + "button, select, footer, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "figure", "figcaption", "address", "hr", "br");
    private static final List<String> DATE_METAS = List.of("meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=DC.date.issued]", "meta[name=dcterms.created]");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    /** Parses a page; throws when it has no text outside the boilerplate. */
    public static HtmlArticle parse(byte[] bytes) throws IOException, ArticleDecoder.InvalidArticleException {
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        String title = firstNonEmpty(meta(page, "meta[property=og:title]"), page.title(), text(page.selectFirst("h1")));
        String date = date(page);
        String outlet = meta(page, "meta[property=og:site_name]");
        String url = firstNonEmpty(attr(page.selectFirst("link[rel=canonical]"), "href"),
                meta(page, "meta[property=og:url]"));
        String lang = attr(page.selectFirst("html[lang]"), "lang").toLowerCase(Locale.ROOT);
        String language = lang.isEmpty() ? ArticleMetadata.DEFAULT_LANGUAGE : lang.split("[-_]")[0];

        page.select(BOILERPLATE).remove();
        // The page's own header (logo, menu) goes; an article's header holds its headline and stays.
        page.select("header").stream().filter(h -> h.closest("article, main") == null).forEach(Element::remove);
        String text = lines(mainContent(page));
        if (text.isBlank()) {
            throw new ArticleDecoder.InvalidArticleException("no text in the page outside navigation, scripts "
                    + "and other boilerplate");
        }
        return new HtmlArticle(text, title, date, outlet, url, language);
    }

    /**
     * {@code given} (from metadata.csv) with its empty values filled from the page; its language counts as
     * given when it is not the default, {@code en}, which an empty cell also gives.
     */
    public ArticleMetadata metadataUnder(ArticleMetadata given) {
        String lang = given.language().equals(ArticleMetadata.DEFAULT_LANGUAGE) ? language : given.language();
        return new ArticleMetadata(firstNonEmpty(given.outlet(), outlet), firstNonEmpty(given.url(), url),
                firstNonEmpty(given.date(), date), firstNonEmpty(given.title(), title), lang);
    }

    private static Element mainContent(Document page) {
        Element article = page.select("article").stream()
                .max(Comparator.comparingInt(a -> a.text().length())).orElse(null);
        if (article != null) {
            return article;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    /** The text of {@code root}, one line per block element, spaces collapsed. */
    private static String lines(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String clean = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!clean.isEmpty()) {
                text.append(clean).append('\n');
            }
        }
        return text.toString();
    }

    private static String date(Document page) {
        for (String selector : DATE_METAS) {
            String value = meta(page, selector);
            if (!value.isEmpty()) {
                return isoDate(value);
            }
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? "" : isoDate(time.attr("datetime").strip());
    }

    /** A timestamp's date part ({@code 2021-03-04T10:00Z} gives {@code 2021-03-04}); other forms as they are. */
    private static String isoDate(String value) {
        return ISO_DATE.matcher(value).matches() ? value.substring(0, 10) : value;
    }

    private static String meta(Document page, String selector) {
        return attr(page.selectFirst(selector), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name).strip();
    }

    private static String text(Element e) {
        return e == null ? "" : e.text().strip();
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
