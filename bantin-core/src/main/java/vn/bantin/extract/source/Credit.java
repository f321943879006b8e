package vn.bantin.extract.source;

import java.io.Serializable;

/**
 * A parsed credit line ("Theo Danviet", "(theo AP)", "Nguồn: https://baoquocte.vn/…", "Minh Anh (theo
 * Reuters)").
 *
 * @param line   the line as written
 * @param name   display name of the credited source: the outlet's name when the table knows it, else the
 *               name as written ("Theo Dreamstime" gives "Dreamstime"); null when only a URL of an unknown
 *               site is given
 * @param outlet the outlet from the table, or null when unknown
 * @param url    the URL the credit points at, or null
 * @param author a person named before the parenthesized credit ("Minh Anh (theo Reuters)"), or null
 */
public record Credit(String line, String name, Outlet outlet, String url, String author) implements Serializable {}
