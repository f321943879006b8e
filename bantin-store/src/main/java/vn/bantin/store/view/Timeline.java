package vn.bantin.store.view;

import java.util.List;

/** Events in date order (undated last) with monthly cooperation-conflict sums. */
public record Timeline(String label, List<EventHit> events, List<MonthSums> months) {}
