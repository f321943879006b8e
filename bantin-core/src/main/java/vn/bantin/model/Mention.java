package vn.bantin.model;

import java.io.Serializable;

/** A span of article text. Offsets are UTF-16 indexes into {@link Article#text()} (title, lead and body). */
public record Mention(String text, int start, int end) implements Serializable {}
