package dev.parley.analysis.equilibria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.analysis.equilibria.FictitiousPlay.Beliefs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** REFERENCE §9.8: fictitious play from action 1, ties to the lowest index. */
class FictitiousPlayTest {
  private static final List<Integer> AT = List.of(10, 100, 1000);

  private static DynamicsResult fp(String game, Beliefs beliefs) {
    FictitiousPlay.Config c = FictitiousPlay.Config.of(10000).withCheckpoints(AT).withBeliefs(beliefs);
    return new FictitiousPlay(c).run(Catalogue.named(game));
  }

  private static double[] gaps(DynamicsResult r) {
    return r.checkpoints().stream().mapToDouble(Checkpoint::averageNashConv).toArray();
  }

  @Test
  void matchingPenniesGaps() {
    assertThat(gaps(fp("matching-pennies", Beliefs.FREQUENCIES)))
        .containsExactly(new double[] {0.40, 0.14, 0.044, 0.014}, within(1e-9));
    assertThat(gaps(fp("matching-pennies", Beliefs.COUNTS)))
        .containsExactly(new double[] {0.40, 0.14, 0.044, 0.014}, within(1e-9));
  }

  @Test
  void rockPaperScissorsGapsAsInTheReference() {
    assertThat(gaps(fp("rps", Beliefs.FREQUENCIES)))
        .containsExactly(new double[] {0.40, 0.14, 0.028, 0.008}, within(1e-9));
  }

  /**
   * With exact ties (counts), "lowest index" decides ties that the frequency arithmetic breaks by a
   * rounding bit; from t ≈ 1000 the paths part: the gaps are 0.042 and 0.0134 instead.
   */
  @Test
  void rockPaperScissorsGapsWithExactTies() {
    assertThat(gaps(fp("rps", Beliefs.COUNTS)))
        .containsExactly(new double[] {0.40, 0.14, 0.042, 0.0134}, within(1e-9));
  }

  @Test
  void startsWithActionOneAndBestRespondsToIt() {
    FictitiousPlay two = new FictitiousPlay(FictitiousPlay.Config.of(2));
    DynamicsResult r = two.run(Catalogue.named("matching-pennies"));
    // t = 1: (H, H). t = 2: row best-responds to H with H; column (paid −1 on a match) with T.
    assertThat(r.average().row()).containsExactly(1, 0);
    assertThat(r.average().column()).containsExactly(.5, .5);
    assertThat(r.last().column()).containsExactly(0, 1);
  }

  @Test
  void settlesOnTheStrictEquilibriumOfThePrisonersDilemma() {
    DynamicsResult r = new FictitiousPlay(FictitiousPlay.Config.of(1000)).run(Catalogue.named("pd"));
    assertThat(r.last().row()).containsExactly(0, 1);
    assertThat(r.last().column()).containsExactly(0, 1);
    assertThat(r.lastNashConv()).isZero();
    assertThat(r.average().row()).containsExactly(new double[] {0.001, 0.999}, within(1e-12));
  }

  @Test
  void failsFastOnAnInitialActionOutsideTheGame() {
    FictitiousPlay fp = new FictitiousPlay(new FictitiousPlay.Config(10, 2, 0, Beliefs.COUNTS, List.of()));
    assertThatThrownBy(() -> fp.run(Catalogue.named("pd")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(2, 0)").hasMessageContaining("2×2");
  }
}
