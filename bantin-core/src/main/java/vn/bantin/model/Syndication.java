package vn.bantin.model;

import java.io.Serializable;

/**
 * Marks an article as a copy of another one. Copies are never deleted; they link to their original.
 *
 * @param originalId the id of the original article
 * @param similarity estimated Jaccard similarity of the two texts (0..1)
 * @param reason     why that one is the original: "credit", "earliest" or "fullest"
 */
public record Syndication(String originalId, double similarity, String reason) implements Serializable {}
