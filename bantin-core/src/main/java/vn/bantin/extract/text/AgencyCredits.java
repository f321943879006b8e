package vn.bantin.extract.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bantin.extract.source.Credit;
import vn.bantin.extract.source.Outlet;
import vn.bantin.extract.source.Outlets;

/**
 * A credit printed as a bare outlet name in parentheses under the text: "(TTXVN)", "(TTXVN/Vietnam+)" (the
 * agency that wrote it, then the site re-publishing it). {@code CreditLines} reads "(theo TTXVN)" but not this
 * form, which Vietnam+ and the provincial papers use; the credited source is the first name, and only a name the
 * outlet table knows counts ("(Ảnh minh họa)", "(Video)" are no credits).
 */
final class AgencyCredits {
  private static final Pattern BARE = Pattern.compile("^\\(\\s*([^()/]{2,30}?)\\s*(?:/\\s*[^()/]{2,30}?\\s*)?\\)\\.?$");

  private AgencyCredits() {}

  static Optional<Credit> parse(String line, Outlets outlets) {
    Matcher m = BARE.matcher(line.strip());
    if (!m.matches()) return Optional.empty();
    Optional<Outlet> o = outlets.byName(m.group(1));
    return o.map(x -> new Credit(line.strip(), x.name(), x, null, null));
  }
}
