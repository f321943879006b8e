package vn.bantin.store.view;

import java.util.List;

/** One entity across the corpus: how often it is named, in how many articles, under which names. */
public record EntitySummary(String id, String name, String type, String country, int articles, int mentions,
                            List<String> aliases) {}
