package vn.bantin.model;

import java.io.Serializable;

/** A pointer to an entity, as used by quotes (speaker) and events (actors). */
public record EntityRef(String id, String name, String country) implements Serializable {}
