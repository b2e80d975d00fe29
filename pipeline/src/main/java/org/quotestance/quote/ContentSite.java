package org.quotestance.quote;

import java.util.List;

import org.quotestance.text.Word;

/**
 * Where content that follows a cue stands: the paragraph's words, the index of the first word of the cue's sentence,
 * of the cue's head word, of the content's first word, and the end of their sentence with its final punctuation left
 * out.
 */
record ContentSite(List<Word> words, int sentenceStart, int cue, int start, int to) {

    /**
     * The site of content beginning at offset {@code contentBegin} after a cue whose head word begins at
     * {@code cueBegin} ("told" in "told reporters that …", "likened" in "likened the rules to …"), or
     * null when the two are not words of one sentence.
     */
    static ContentSite find(ArticleView view, int cueBegin, int contentBegin) {
        ArticleView.Para para = view.paragraphAt(cueBegin);
        if (para == null) {
            return null;
        }
        List<Word> words = para.words();
        int cue = ArticleView.wordAt(words, cueBegin);
        int start = ArticleView.wordAt(words, contentBegin);
        if (cue >= start || words.get(cue).begin() != cueBegin || start >= words.size()
                || words.get(start).begin() != contentBegin) {
            return null;
        }
        int[] sentence = para.sentenceAt(cue);
        if (sentence == null) {
            return null;
        }
        int to = Word.endBeforeFinalPunctuation(words, sentence[0], sentence[1]);
        return start < to ? new ContentSite(words, sentence[0], cue, start, to) : null;
    }
}
