package vn.bantin.text;

import java.io.Serializable;

/** One token: its text, its span [start, end) in the text it was cut from, and its type. */
public record Token(String text, int start, int end, TokenType type) implements Serializable {}
