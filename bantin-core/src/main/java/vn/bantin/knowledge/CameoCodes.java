package vn.bantin.knowledge;

import java.util.Map;
import java.util.TreeMap;

/** The CAMEO codes the event coder can emit, with their English names and Goldstein values, for display. */
public final class CameoCodes {
  private CameoCodes() {}

  /** One code of the table. */
  public record Code(String code, String name, double goldstein) {}

  /** Every code, in code order. */
  public static Map<String, Code> all() {
    Map<String, Code> out = new TreeMap<>();
    for (Map.Entry<String, String> e : Cameo.NAMES.entrySet()) {
      out.put(e.getKey(), new Code(e.getKey(), e.getValue(), Cameo.GOLDSTEIN.get(e.getKey())));
    }
    return out;
  }

  /** The name of a code ("042" → "Make a visit"), or null when the coder never emits it. */
  public static String name(String code) {
    return code == null ? null : Cameo.NAMES.get(code);
  }
}
