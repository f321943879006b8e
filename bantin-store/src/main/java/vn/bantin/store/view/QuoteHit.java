package vn.bantin.store.view;

import vn.bantin.model.Quote;

/** A quote with the article it comes from. */
public record QuoteHit(String articleId, String title, String published, String outlet, Quote quote) {}
