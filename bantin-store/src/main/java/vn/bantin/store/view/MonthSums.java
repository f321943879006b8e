package vn.bantin.store.view;

/**
 * Cooperation and conflict in one month: the sums of positive and of negative Goldstein values, their net,
 * and the number of events (GDELT's usual monthly aggregate).
 */
public record MonthSums(String month, double cooperation, double conflict, double net, int events) {}
