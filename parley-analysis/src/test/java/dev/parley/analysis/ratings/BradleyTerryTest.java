package dev.parley.analysis.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BradleyTerryTest {
  private static final BradleyTerry BT = new BradleyTerry(BradleyTerryConfig.CHATBOT_ARENA);

  /** REFERENCE §9.10: A>B 7–3, B>C 6–4, A>C 8–2. */
  static Battles.Builder threePlayers() {
    return Battles.builder()
        .add("A", "B", 1, 7).add("A", "B", 0, 3)
        .add("B", "C", 1, 6).add("C", "B", 1, 4)
        .add("A", "C", 1, 8).add("C", "A", 1, 2);
  }

  /**
   * REFERENCE §9.10 lists FastChat's output, L-BFGS-B stopped at gtol = 1e-6 (1128.650699,
   * 974.096342, 897.252959); the exact maximum (scipy L-BFGS-B at gtol 1e-14 gives the same) is
   * 1128.650175, 974.098285, 897.251540. The fit must hit the exact optimum, which satisfies the
   * score equations (expected wins = observed wins for every player), and stay within 1e-3 of
   * FastChat's numbers.
   */
  @Test
  void reproducesTheThreePlayerReferenceRatings() {
    BradleyTerryFit fit = BT.fit(threePlayers().build().aggregate());
    assertThat(fit.converged()).isTrue();
    assertThat(fit.bounded()).isTrue();
    assertThat(fit.ratings()).containsExactly(new double[] {1128.650175, 974.098285, 897.251540}, within(1e-6));
    assertThat(fit.ratings()).containsExactly(new double[] {1128.650699, 974.096342, 897.252959}, within(3e-3));
    assertThat((fit.rating(0) + fit.rating(1) + fit.rating(2)) / 3).isCloseTo(1000, within(1e-9));
    double pAB = BT.winProbability(fit.rating(0), fit.rating(1));
    double pBC = BT.winProbability(fit.rating(1), fit.rating(2));
    double pAC = BT.winProbability(fit.rating(0), fit.rating(2));
    assertThat(pAB).isCloseTo(0.7088, within(5e-5));
    assertThat(10 * pAB + 10 * pAC).as("A's expected wins").isCloseTo(7 + 8, within(1e-9));
    assertThat(10 * (1 - pAB) + 10 * pBC).as("B's expected wins").isCloseTo(3 + 6, within(1e-9));
  }

  /** FastChat's numbers (§9.10) are within 1e-5 here; the exact optimum is 1117.769709, 983.821800, 898.408490. */
  @Test
  void tiesCountAsHalfAWinAndHalfALoss() {
    Ratings r = BT.rate(threePlayers().add("A", "B", 0.5, 2).build());
    assertThat(r.values()).containsExactly(new double[] {1117.769704, 983.821805, 898.408491}, within(1e-5));
    assertThat(r.values()).containsExactly(new double[] {1117.769709, 983.821800, 898.408490}, within(1e-6));
  }

  @Test
  void twoPlayersSevenToThreeAreFourHundredLogTenOfSevenThirdsApart() {
    Ratings r = BT.rate(Battles.builder().add("A", "B", 1, 7).add("B", "A", 1, 3).build());
    assertThat(r.of("A") - r.of("B")).isCloseTo(147.1907, within(1e-4));
    assertThat(r.of("A") - r.of("B")).isCloseTo(400 * Math.log10(7.0 / 3), within(1e-8));
    assertThat(r.of("A") + r.of("B")).isCloseTo(2000, within(1e-9));
  }

  @Test
  void seatsAndRowOrderDoNotMatter() {
    Battles swapped = Battles.builder()
        .add("C", "A", 0, 8).add("B", "A", 1, 3).add("A", "C", 0, 2).add("C", "B", 0, 6).add("B", "A", 0, 7)
        .add("B", "C", 0, 4).build();
    Ratings a = BT.rate(threePlayers().build());
    Ratings b = BT.rate(swapped);
    for (String p : List.of("A", "B", "C")) {
      assertThat(b.of(p)).isCloseTo(a.of(p), within(1e-9));
    }
  }

  @Test
  void anchorShiftsEveryRatingByTheSameAmount() {
    BradleyTerry anchored = new BradleyTerry(BradleyTerryConfig.CHATBOT_ARENA.withAnchor("B", 1114));
    Ratings r = anchored.rate(threePlayers().build());
    assertThat(r.of("B")).isCloseTo(1114, within(1e-9));
    assertThat(r.of("A") - r.of("B")).isCloseTo(1128.650175 - 974.098285, within(1e-6));
  }

  @Test
  void undefeatedPlayerIsReportedAsUnboundedAndAPriorFixesIt() {
    Battles b = Battles.builder().add("A", "B", 1, 5).add("B", "C", 1, 3).add("C", "B", 1, 2).build();
    BradleyTerryFit mle = BT.fit(b.aggregate());
    assertThat(mle.bounded()).isFalse();
    assertThat(mle.rating(0)).isGreaterThan(mle.rating(1) + 1000);
    BradleyTerryFit map = new BradleyTerry(BradleyTerryConfig.CHATBOT_ARENA.withL2(1)).fit(b.aggregate());
    assertThat(map.converged()).isTrue();
    assertThat(map.bounded()).isTrue();
    assertThat(map.rating(0)).isGreaterThan(map.rating(1)).isLessThan(map.rating(1) + 1000);
  }

  @Test
  void separateGroupsEachKeepMeanRatingThousand() {
    Battles b = Battles.builder()
        .players(List.of("A", "B", "C", "D", "lonely"))
        .add("A", "B", 1, 3).add("B", "A", 1, 1)
        .add("C", "D", 1, 1).add("D", "C", 1, 1)
        .build();
    Ratings r = BT.rate(b);
    assertThat(r.of("A") + r.of("B")).isCloseTo(2000, within(1e-9));
    assertThat(r.of("A") - r.of("B")).isCloseTo(400 * Math.log10(3), within(1e-8));
    assertThat(r.of("C")).isCloseTo(1000, within(1e-9));
    assertThat(r.of("lonely")).isEqualTo(1000);
  }

  @Test
  void bootstrapIntervalsCoverTheStrengthsThatGeneratedTheBattles() {
    double[] truth = {800, 900, 950, 1000, 1050, 1100, 1200};
    int n = truth.length;
    List<String> names = List.of("p0", "p1", "p2", "p3", "p4", "p5", "p6");
    int battles = 30_000;
    int[] a = new int[battles];
    int[] b = new int[battles];
    double[] s = new double[battles];
    SplittableRandom rng = new SplittableRandom(2024);
    for (int k = 0; k < battles; k++) {
      a[k] = rng.nextInt(n);
      b[k] = (a[k] + 1 + rng.nextInt(n - 1)) % n;
      double pWin = BT.winProbability(truth[a[k]], truth[b[k]]);
      s[k] = rng.nextDouble() < pWin ? 1 : 0;
    }
    PairCounts counts = Battles.of(names, a, b, s).aggregate();
    BootstrapRatings boot = BT.bootstrap(counts, BootstrapConfig.DEFAULT);
    assertThat(boot.rounds()).isEqualTo(100);
    assertThat(boot.degenerateRounds()).isZero();
    for (int i = 0; i < n; i++) {
      assertThat(truth[i]).as("p%d", i).isBetween(boot.lower(i), boot.upper(i));
      assertThat(boot.upper(i) - boot.lower(i)).as("width p%d", i).isBetween(5.0, 40.0);
      assertThat(boot.median(i)).isBetween(boot.lower(i), boot.upper(i));
    }
    assertThat(boot.asRatings().ranking()).containsExactly("p6", "p5", "p4", "p3", "p2", "p1", "p0");
  }

  @Test
  void bootstrapIsSeededAndTheSameInParallel() {
    PairCounts counts = threePlayers().add("A", "B", 0.5, 2).build().aggregate();
    BootstrapConfig cfg = BootstrapConfig.DEFAULT.withRounds(40).withSeed(7);
    BootstrapRatings one = BT.bootstrap(counts, cfg);
    BootstrapRatings again = BT.bootstrap(counts, cfg);
    BootstrapRatings parallel = BT.bootstrap(counts, cfg.withParallel(true));
    BootstrapRatings other = BT.bootstrap(counts, cfg.withSeed(8));
    assertThat(again.median()).containsExactly(one.median());
    assertThat(parallel.lower()).containsExactly(one.lower());
    assertThat(parallel.upper()).containsExactly(one.upper());
    assertThat(other.sample(0)).isNotEqualTo(one.sample(0));
  }

  @Test
  void percentileInterpolatesLikeNumpy() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(BootstrapRatings.percentile(sorted, 50)).isEqualTo(5.5);
    assertThat(BootstrapRatings.percentile(sorted, 2.5)).isCloseTo(1.225, within(1e-12));
    assertThat(BootstrapRatings.percentile(sorted, 97.5)).isCloseTo(9.775, within(1e-12));
  }
}
