package org.quotestance.structure;

/** The values of {@code Boilerplate.kind}. */
public enum BoilerplateKind {
    HEADER, DATELINE, BYLINE, CAPTION, RELATED_LINKS, FOOTER, AUTHOR_BOX
}
