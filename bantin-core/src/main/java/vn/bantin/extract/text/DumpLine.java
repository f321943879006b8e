package vn.bantin.extract.text;

import java.io.Serializable;

/**
 * One non-blank line of a text dump and the role assigned to it.
 *
 * @param lineNo  1-based line number in the dump
 * @param text    the line, stripped of surrounding whitespace, otherwise as written
 * @param kind    its role
 * @param article index of the article it belongs to (0-based, in page order), or -1 when it is outside every
 *                article
 */
public record DumpLine(int lineNo, String text, LineKind kind, int article) implements Serializable {}
