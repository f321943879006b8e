package vn.bantin.store;

/** One search result, in the shape of the `--json` output and the REST API. */
public record SearchHit(String id, String title, float score, String outlet, String published, String snippet) {}
