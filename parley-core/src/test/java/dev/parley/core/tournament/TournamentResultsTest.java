package dev.parley.core.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TournamentResultsTest {
  static final Provenance PROV = new Provenance("v", "c", "g-v1", "h");

  static Episode episode(List<Double> returns, EpisodeStatus status, List<Violation> violations) {
    List<String> seats = returns.stream().map(r -> "s").toList();
    return new Episode("r", 0, "g", seats, 1, List.of(), returns, violations, status, PROV, 0, 0);
  }

  @Test
  void winsDrawsAndLossesByHighestReturn() {
    TournamentResults r = new TournamentResults(List.of("a", "b", "c"));
    r.add(episode(List.of(2.0, 2.0, 1.0), EpisodeStatus.COMPLETED, List.of()), new int[] {0, 1, 2});
    r.add(episode(List.of(0.0, 5.0, -1.0), EpisodeStatus.COMPLETED, List.of()), new int[] {2, 0, 1});
    // episode 1: a and b share the top (draws), c loses; episode 2: a (seat 1) wins, c and b lose
    assertThat(r.wins(0)).isEqualTo(1);
    assertThat(r.draws(0)).isEqualTo(1);
    assertThat(r.losses(0)).isZero();
    assertThat(r.draws(1)).isEqualTo(1);
    assertThat(r.losses(1)).isEqualTo(1);
    assertThat(r.wins(1)).isZero();
    assertThat(r.losses(2)).isEqualTo(2);
    assertThat(r.episodes()).isEqualTo(2);
    assertThat(r.appearances(2)).isEqualTo(2);
    assertThat(r.meanReturn(0)).isEqualTo(3.5);
    assertThat(r.meanReturn(1)).isEqualTo(0.5);
    assertThat(r.meanReturn(2)).isEqualTo(0.5);
  }

  @Test
  void meanAgainstCountsEveryOpponentInTheEpisode() {
    TournamentResults r = new TournamentResults(List.of("a", "b", "c"));
    r.add(episode(List.of(2.0, 4.0, 6.0), EpisodeStatus.COMPLETED, List.of()), new int[] {0, 1, 2});
    r.add(episode(List.of(10.0, 0.0), EpisodeStatus.COMPLETED, List.of()), new int[] {0, 1});
    assertThat(r.meanAgainst(0, 1)).isEqualTo(6.0); // (2 + 10) / 2
    assertThat(r.meanAgainst(0, 2)).isEqualTo(2.0);
    assertThat(r.meanAgainst(1, 0)).isEqualTo(2.0); // (4 + 0) / 2
    assertThat(r.meanAgainst(2, 1)).isEqualTo(6.0);
    assertThat(r.meetings(0, 1)).isEqualTo(2);
    assertThat(r.meetings(2, 0)).isEqualTo(1);
    assertThat(r.meanAgainst(0, 0)).isNaN();
    assertThat(r.meetings(0, 0)).isZero();
  }

  @Test
  void selfPlayCountsBothSeats() {
    TournamentResults r = new TournamentResults(List.of("a"));
    r.add(episode(List.of(1.0, 3.0), EpisodeStatus.COMPLETED, List.of()), new int[] {0, 0});
    assertThat(r.meanAgainst(0, 0)).isEqualTo(2.0);
    assertThat(r.meetings(0, 0)).isEqualTo(2);
    assertThat(r.wins(0)).isEqualTo(1);
    assertThat(r.losses(0)).isEqualTo(1);
    assertThat(r.appearances(0)).isEqualTo(2);
  }

  @Test
  void statusesAndViolationsAreTallied() {
    TournamentResults r = new TournamentResults(List.of("a", "b"));
    List<Violation> v = List.of(
        new Violation(0, 1, Violation.Kind.NOT_LEGAL, "x", Violation.Resolution.REPROMPTED),
        new Violation(0, 1, Violation.Kind.NOT_LEGAL, "x", Violation.Resolution.FORFEIT),
        new Violation(0, -1, Violation.Kind.AGENT_ERROR, "chance?", Violation.Resolution.FORFEIT));
    r.add(episode(List.of(1.0, -3.0), EpisodeStatus.FORFEIT, v), new int[] {1, 0});
    r.add(episode(List.of(1.0, 1.0), EpisodeStatus.TRUNCATED, List.of()), new int[] {0, 1});
    r.add(episode(List.of(1.0, 1.0), EpisodeStatus.TRUNCATED, List.of()), new int[] {0, 1});
    assertThat(r.violations(0)).as("seat 1 was agent 0").isEqualTo(2);
    assertThat(r.violations(1)).isZero();
    assertThat(r.statuses()).containsOnly(
        Map.entry(EpisodeStatus.FORFEIT, 1L), Map.entry(EpisodeStatus.TRUNCATED, 2L));
  }

  @Test
  void emptyResults() {
    TournamentResults r = new TournamentResults(List.of("a", "b"));
    assertThat(r.episodes()).isZero();
    assertThat(r.meanReturn(0)).isNaN();
    assertThat(r.statuses()).isEmpty();
    assertThat(r.agents()).containsExactly("a", "b");
  }
}
