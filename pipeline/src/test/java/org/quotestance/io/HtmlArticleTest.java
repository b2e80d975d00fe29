package org.quotestance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Saved news pages: the story's text without the page around it, and what the page says of the story. */
class HtmlArticleTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-US"><head>
            <meta charset="utf-8">
            <title>Talks resume | The Daily Example</title>
            <meta property="og:title" content="Talks resume in Geneva">
            <meta property="og:site_name" content="The Daily Example">
            <meta property="article:published_time" content="2021-03-04T09:30:00Z">
            <link rel="canonical" href="https://daily.example/talks">
            <style>p { color: red }</style>
            <script>var tracking = "Subscribe now";</script>
            </head><body>
            <header><a href="/">The Daily Example</a><nav><a>World</a> <a>Sport</a></nav></header>
            <div class="ad" aria-hidden="true">Advertisement</div>
            <article>
              <header><h1>Talks resume in Geneva</h1><time datetime="2020-01-01">old</time></header>
              <p>"We are ready," the minister said.</p>
              <p>Negotiators   met on
                 Monday.</p>
              <aside>Read more: other stories</aside>
              <script>trackPageView();</script>
            </article>
            <footer>Copyright 2021 &middot; Contact us</footer>
            </body></html>
            """;

    private static HtmlArticle parse(String html) throws Exception {
        return HtmlArticle.parse(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void htmlNavigationAndScriptsAreNotPartOfTheText() throws Exception {
        String text = parse(PAGE).text();
        assertEquals("Talks resume in Geneva\nold\n\"We are ready,\" the minister said.\nNegotiators met on Monday.\n", text);
        for (String boilerplate : new String[] { "Subscribe", "trackPageView", "Sport", "Advertisement", "Read more",
                "Copyright", "color" }) {
            assertFalse(text.contains(boilerplate), boilerplate);
        }
    }

    @Test
    void titleDateOutletAndAddressComeFromThePagesMetadata() throws Exception {
        HtmlArticle page = parse(PAGE);
        assertEquals("Talks resume in Geneva", page.title());
        assertEquals("2021-03-04", page.date());
        assertEquals("The Daily Example", page.outlet());
        assertEquals("https://daily.example/talks", page.url());
        assertEquals("en", page.language());
    }

    @Test
    void pageWithoutMetadataFallsBackToTitleElementAndTimeElement() throws Exception {
        HtmlArticle page = parse("<html><head><title>Plain page</title></head><body><main>"
                + "<p>Posted <time datetime=\"2019-12-31T23:00\">yesterday</time>.</p></main></body></html>");
        assertEquals("Plain page", page.title());
        assertEquals("2019-12-31", page.date());
        assertEquals("Posted yesterday.\n", page.text());
    }

    @Test
    void metadataCsvValuesWinOverThePagesOwn() throws Exception {
        ArticleMetadata merged = parse(PAGE).metadataUnder(new ArticleMetadata("Wire copy", "", "", "", "fr"));
        assertEquals(new ArticleMetadata("Wire copy", "https://daily.example/talks", "2021-03-04",
                "Talks resume in Geneva", "fr"), merged);
    }

    @Test
    void pageDeclaringAnotherCharsetIsDecodedWithIt() throws Exception {
        byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 owners protest.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Caf\u00e9 owners protest.\n", HtmlArticle.parse(latin1).text());
    }

    @Test
    void pageWithOnlyBoilerplateIsRejectedWithTheReason() {
        ArticleDecoder.InvalidArticleException e = assertThrows(ArticleDecoder.InvalidArticleException.class,
                () -> parse("<html><body><nav>Home</nav><script>x()</script></body></html>"));
        assertTrue(e.getMessage().contains("no text in the page"), e.getMessage());
    }
}
