package vn.bantin.model;

import java.io.Serializable;

/**
 * A who-did-what-to-whom event on the CAMEO scale.
 *
 * @param code          CAMEO event code, e.g. "036" (express intent to meet or negotiate)
 * @param root          CAMEO root code, e.g. "03"
 * @param goldstein     Goldstein cooperation-conflict value of the code (-10..+10)
 * @param actor1        who acted
 * @param actor2        on whom, or null
 * @param date          ISO date as precise as known ("2019-02-28", "2019-02", "2019"), or null
 * @param datePrecision "day", "month", "year" or "unknown"
 * @param place         where, or null
 * @param sentence      the sentence the event was read from
 * @param dateBasis     what the date's year rests on: "stated" (the text gives it), "publication" (resolved
 *                      against the publication date), "inferred" (no publication date: the one year the
 *                      article's evidence allows), or "unknown"; null when not recorded
 */
public record Event(String code, String root, double goldstein, EntityRef actor1, EntityRef actor2,
                   String date, String datePrecision, String place, String sentence, String dateBasis)
    implements Serializable {

  /** An event whose date basis is not recorded. */
  public Event(String code, String root, double goldstein, EntityRef actor1, EntityRef actor2, String date,
               String datePrecision, String place, String sentence) {
    this(code, root, goldstein, actor1, actor2, date, datePrecision, place, sentence, null);
  }
}
