package org.quotestance.io;

import org.apache.uima.jcas.JCas;
import org.quotestance.type.ArticleInfo;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/** Puts an article into a CAS: text, language, DKPro {@link DocumentMetaData} and {@link ArticleInfo}. */
public final class ArticleCasInitializer {

    private ArticleCasInitializer() {
    }

    public static void initialize(JCas jcas, Article article) {
        ArticleMetadata metadata = article.metadata();
        jcas.setDocumentText(article.text());
        jcas.setDocumentLanguage(metadata.language());

        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId(article.docId());
        meta.setDocumentTitle(metadata.title().isEmpty() ? article.docId() : metadata.title());
        // A relative URI keeps the XMI identical wherever the input folder lives.
        meta.setDocumentUri(article.fileName());
        meta.setCollectionId(metadata.outlet());

        ArticleInfo info = new ArticleInfo(jcas);
        info.setOutlet(metadata.outlet());
        info.setDate(metadata.date());
        info.setUrl(metadata.url());
        info.addToIndexes();
    }
}
