package vn.bantin.model;

import java.io.Serializable;
import java.util.List;

/**
 * A person, organization or place named in an article, with all its mentions merged.
 *
 * @param id       stable cross-document id (same real entity, same id), e.g. "per:kim-jong-un"
 * @param name     canonical display name
 * @param type     "PER", "ORG" or "LOC"
 * @param country  ISO 3166-1 alpha-3 country code (CAMEO style) or null
 * @param mentions every mention in the article
 */
public record Entity(String id, String name, String type, String country, List<Mention> mentions)
    implements Serializable {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}
