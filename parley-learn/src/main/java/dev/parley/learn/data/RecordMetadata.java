package dev.parley.learn.data;

import dev.parley.core.episode.Provenance;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Parley's source and provenance fields of a dataset row. They are written under one extra key,
 * {@code "parley"}, next to TRL's own fields, so TRL's field names and types stay exactly as documented
 * (TRL's trainers read only the columns they know). JSON names (all optional except {@code source}):
 *
 * <pre>
 * "parley": {
 *   "source": "outcome" | "judge" | "human" | "synthetic" | "relabeled" | "imported",
 *   "group": str,            the split key: rows sharing it never straddle train/test (default: the episode id)
 *   "episode_id": str,       the episode ("run/match") the row was built from
 *   "game": str,             the versioned game id
 *   "seed": int,             the episode's seed
 *   "seats": [str, …],       agent specs of the seats
 *   "judge": str,            the judge's spec, and its prompt hash where there is one
 *   "probability": float,    soft preference p(chosen ≻ rejected) where the source gives it
 *   "provenance": {"parley_version", "git_commit", "game_versioned_id", "config_hash"},
 *   "attributes": {str: str} anything else (e.g. position-swap verdicts), sorted by key
 * }
 * </pre>
 *
 * @param source where the row came from
 * @param group the split key, or null (then the episode id, if any, is the group)
 * @param episodeId the source episode, or null
 * @param game the versioned game id, or null
 * @param seed the episode seed, or null
 * @param seats the seats' agent specs (empty when unknown)
 * @param judge the judge, or null
 * @param probability {@code p(chosen ≻ rejected)} in [0, 1], or null
 * @param provenance Parley's provenance of the producing run, or null
 * @param attributes free-form string attributes (copied, sorted)
 */
public record RecordMetadata(Source source, String group, String episodeId, String game, Long seed, List<String> seats,
    String judge, Double probability, Provenance provenance, Map<String, String> attributes) {

  public RecordMetadata {
    Objects.requireNonNull(source, "source");
    seats = List.copyOf(Objects.requireNonNull(seats, "seats"));
    attributes = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(attributes, "attributes")));
    if (probability != null && !(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
    }
  }

  /** Metadata holding only a source. */
  public static RecordMetadata of(Source source) {
    return new RecordMetadata(source, null, null, null, null, List.of(), null, null, null, Map.of());
  }

  /** Metadata of a row built from an episode: its id is the row's group. */
  public static RecordMetadata fromEpisode(Source source, String episodeId, String game, long seed, List<String> seats,
      Provenance provenance) {
    Objects.requireNonNull(episodeId, "episodeId");
    return new RecordMetadata(source, null, episodeId, game, seed, seats, null, null, provenance, Map.of());
  }

  /** The split key: {@code group} if set, else the episode id. */
  public Optional<String> splitKey() {
    return Optional.ofNullable(group != null ? group : episodeId);
  }

  public OptionalDouble probabilityValue() {
    return probability == null ? OptionalDouble.empty() : OptionalDouble.of(probability);
  }

  public OptionalLong seedValue() {
    return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
  }

  public RecordMetadata withGroup(String g) {
    return new RecordMetadata(source, g, episodeId, game, seed, seats, judge, probability, provenance, attributes);
  }

  public RecordMetadata withJudge(String j) {
    return new RecordMetadata(source, group, episodeId, game, seed, seats, j, probability, provenance, attributes);
  }

  public RecordMetadata withProbability(Double p) {
    return new RecordMetadata(source, group, episodeId, game, seed, seats, judge, p, provenance, attributes);
  }

  public RecordMetadata withAttributes(Map<String, String> a) {
    return new RecordMetadata(source, group, episodeId, game, seed, seats, judge, probability, provenance, a);
  }
}
