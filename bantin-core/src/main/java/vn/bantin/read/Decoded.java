package vn.bantin.read;

/** Text decoded from bytes, with the charset used and how many malformed byte sequences were replaced. */
public record Decoded(String text, String charset, int malformed) {}
