package vn.bantin.extract.source;

import java.io.Serializable;
import java.util.List;

/**
 * One news outlet or agency from the outlet table.
 *
 * @param name    display name, as bantin shows it ("Dân Việt", "VnExpress", "AP")
 * @param kind    "vn" (Vietnamese outlet), "foreign" (foreign outlet) or "agency" (wire agency)
 * @param aliases other names, short names and abbreviations seen in credit lines ("Danviet", "VNE")
 * @param domains web domains without "www." ("danviet.vn"); an entry may carry a path ("bbc.com/vietnamese")
 */
public record Outlet(String name, String kind, List<String> aliases, List<String> domains)
    implements Serializable {
  public Outlet {
    aliases = List.copyOf(aliases);
    domains = List.copyOf(domains);
  }

  /** The main domain, or null when the table gives none. */
  public String domain() {
    return domains.isEmpty() ? null : domains.get(0);
  }
}
