package org.quotestance.speaker;

/**
 * A speaker mention found in text, before it is linked to an entity.
 *
 * @param mentionType NAME, NOMINAL, PRONOUN or ORGANIZATION
 * @param kind        PERSON, ORGANIZATION or GPE; GROUP for a NOMINAL that names a group ("officials")
 * @param name        the name without titles or honorifics (NAME, ORGANIZATION), else the mention text
 * @param role        the title or role the text gives ("deputy foreign minister"), or empty
 */
public record MentionCandidate(int begin, int end, String mentionType, String kind, String name, String role) {
}
