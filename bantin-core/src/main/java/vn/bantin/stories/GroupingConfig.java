package vn.bantin.stories;

import java.io.Serializable;

/**
 * Tunable parameters of grouping. {@link #DEFAULT} holds the values chosen on data (see
 * {@code vn.bantin.eval.StoryEval}: thresholds picked by cross-validation over the gold clusters of
 * vietnamese-mds, folds of whole clusters, so a value is always judged on stories it was not chosen on).
 *
 * @param storyThreshold     minimum cosine between an article and a story centroid to join it
 * @param storyWindowHours   a dated article may join a story whose dated members lie within this many hours
 * @param keepTerms          terms kept per article vector (the heaviest by TF-IDF)
 * @param indexTerms         terms per article put in / looked up in the candidate index
 * @param titleBoost         weight of a title occurrence relative to a body occurrence
 * @param entityBoost        weight of a capitalized-name term relative to an ordinary term
 * @param storylineThreshold minimum cosine between a story and a storyline centroid (names and topic words)
 */
public record GroupingConfig(
    double storyThreshold,
    double storyWindowHours,
    int keepTerms,
    int indexTerms,
    double titleBoost,
    double entityBoost,
    double storylineThreshold) implements Serializable {

  public static final GroupingConfig DEFAULT = new GroupingConfig(0.25, 36, 120, 8, 1.5, 1.5, 0.25);

  public GroupingConfig withStoryThreshold(double t) {
    return new GroupingConfig(t, storyWindowHours, keepTerms, indexTerms, titleBoost, entityBoost,
        storylineThreshold);
  }

  public GroupingConfig withStorylineThreshold(double t) {
    return new GroupingConfig(storyThreshold, storyWindowHours, keepTerms, indexTerms, titleBoost, entityBoost, t);
  }
}
