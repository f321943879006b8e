package vn.bantin.store.view;

import vn.bantin.model.Event;

/** An event with the article it was read from. */
public record EventHit(String articleId, String title, String url, String published, Event event) {}
