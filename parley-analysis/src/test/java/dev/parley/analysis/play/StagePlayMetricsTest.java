package dev.parley.analysis.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.analysis.equilibria.Bimatrix;
import dev.parley.analysis.equilibria.BimatrixAdapter;
import dev.parley.core.agent.DecisionTrace;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.game.GameRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class StagePlayMetricsTest {
  static final Provenance PROV = new Provenance("t", "t", "repeated-v1", "t");

  static Bimatrix stage(String stage) {
    return BimatrixAdapter.stage(GameRegistry.discover().load("repeated(stage=" + stage + ")"));
  }

  /** An episode from two move strings, one character per round; predictions of seat 0 optional. */
  static Episode episode(String row, String column, String predictions) {
    List<Step> steps = new ArrayList<>();
    for (int t = 0; t < row.length(); t++) {
      DecisionTrace trace = predictions == null ? null : new DecisionTrace("p", "r", List.of(), null,
          Map.of("prediction", String.valueOf(predictions.charAt(t))));
      steps.add(new Step(t, 0, String.valueOf(row.charAt(t)), trace));
      steps.add(new Step(t, 1, String.valueOf(column.charAt(t)), null));
    }
    return new Episode("r", 0, "repeated", List.of("a", "b"), 1, steps, List.of(0.0, 0.0), List.of(),
        EpisodeStatus.COMPLETED, PROV, 0, 0);
  }

  @Test
  void titForTatAgainstAlwaysDefect() {
    StagePlayMetrics m = new StagePlayMetrics(stage("pd"));
    m.add(episode("CDDDDDDDDD", "DDDDDDDDDD", null), 0);
    assertThat(m.rounds()).isEqualTo(10);
    assertThat(m.nashHitRate()).isEqualTo(0.9);
    assertThat(m.coordinationRate()).isEqualTo(0.9);
    // round 1: C against D scores 0 where D would score 1; later rounds are best responses
    assertThat(m.regretPerDecision()).isCloseTo(0.1, Offset.offset(1e-12));
    assertThat(m.hindsightRegretPerEpisode()).isEqualTo(1.0);
    StagePlayMetrics column = new StagePlayMetrics(stage("pd"));
    column.add(episode("CDDDDDDDDD", "DDDDDDDDDD", null), 1);
    assertThat(column.regretPerDecision()).isZero();
  }

  @Test
  void paretoBestEquilibriaAreTheTargets() {
    // Stag Hunt (Hua): (S,S) Pareto-dominates (H,H), so only (S,S) counts as a hit.
    StagePlayMetrics hunt = new StagePlayMetrics(stage("stag-hunt"));
    hunt.add(episode("SSHH", "SSHH", null), 0);
    assertThat(hunt.nashHitRate()).isEqualTo(0.5);
    // Battle of the Sexes: (J,J) and (F,F) are both Pareto-optimal; alternation JF vs FJ never meets.
    StagePlayMetrics bos = new StagePlayMetrics(stage("bos"));
    bos.add(episode("JFJF", "JFJF", null), 0);
    bos.add(episode("JFJF", "FJFJ", null), 0);
    assertThat(bos.nashHitRate()).isEqualTo(0.5);
    assertThat(bos.coordinationRate()).isEqualTo(0.5);
    // Matching pennies has no pure equilibrium: the rate is undefined.
    StagePlayMetrics mp = new StagePlayMetrics(stage("matching-pennies"));
    mp.add(episode("HT", "HH", null), 0);
    assertThat(mp.nashHitRate()).isNaN();
  }

  @Test
  void statedPredictionsAreScored() {
    StagePlayMetrics m = new StagePlayMetrics(stage("bos"));
    m.add(episode("JJJF", "JFJF", "JJJF"), 0);
    assertThat(m.predictions()).isEqualTo(4);
    assertThat(m.predictionAccuracy()).isEqualTo(0.75);
  }

  @Test
  void unknownActionsAreNamed() {
    StagePlayMetrics m = new StagePlayMetrics(stage("pd"));
    assertThatThrownBy(() -> m.add(episode("X", "C", null), 0)).hasMessageContaining("action 'X'");
  }
}
