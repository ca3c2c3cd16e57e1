package dev.parley.games.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** REFERENCE §9.5, first three bullets, to 1e-9. */
class OutcomeSetTest {
  static final double EPS = 1e-9;
  static final UtilityPoint A = UtilityPoint.of(1.0, 0.0);
  static final UtilityPoint B = UtilityPoint.of(0.4, 0.2);
  static final UtilityPoint C = UtilityPoint.of(0.3, 0.3);
  static final UtilityPoint D = UtilityPoint.of(0.2, 0.5);
  static final UtilityPoint E = UtilityPoint.of(0.1, 0.4);
  static final UtilityPoint F = UtilityPoint.of(0.0, 0.6);
  static final OutcomeSet U = OutcomeSet.of(List.of(A, B, C, D, E, F), UtilityPoint.of(0, 0));

  @Test
  void theFrontierIsEverythingButTheDominatedOutcome() {
    assertThat(U.paretoFrontier()).containsExactly(A, B, C, D, F);
    assertThat(U.isParetoOptimal(E)).isFalse();
    assertThat(U.isParetoOptimal(D)).isTrue();
    assertThat(U.ideal()).isEqualTo(UtilityPoint.of(1, 0.6));
    assertThat(U.worst()).isEqualTo(UtilityPoint.of(0, 0));
    assertThat(U.disagreement()).isEqualTo(UtilityPoint.of(0, 0));
  }

  @Test
  void theFourSolutionPointsDiffer() {
    assertThat(U.nashPoints()).containsExactly(D);
    assertThat(U.kalaiPoints()).containsExactly(C);
    assertThat(U.kalaiSmorodinskyPoints()).containsExactly(B);
    assertThat(U.maxWelfarePoints()).containsExactly(A);
    assertThat(U.maxWelfare()).isCloseTo(1.0, within(EPS));
    assertThat(U.modifiedKalaiPoints()).containsExactly(C);
  }

  @Test
  void distancesWelfareAndAdvantagesOfTheDominatedAgreement() {
    assertThat(U.distanceToPareto(E)).isCloseTo(0.1414213562, within(EPS));
    assertThat(U.distanceToNash(E)).isCloseTo(0.1414213562, within(EPS));
    assertThat(U.distanceToKalai(E)).isCloseTo(0.2236067977, within(EPS));
    assertThat(U.distanceToKalaiSmorodinsky(E)).isCloseTo(0.3605551275, within(EPS));
    assertThat(U.welfare(E)).isCloseTo(0.5, within(EPS));
    double[] adv = U.advantage(E);
    assertThat(adv[0]).isCloseTo(0.1, within(EPS));
    assertThat(adv[1]).isCloseTo(0.6666666667, within(EPS));
  }

  @Test
  void negmasOptimalityScores() {
    assertThat(U.maxDistance()).isCloseTo(1.1661903790, within(EPS));
    Optimality o = U.optimality(E);
    assertThat(o.pareto()).isCloseTo(0.8787321875, within(EPS));
    assertThat(o.nash()).isCloseTo(0.8787321875, within(EPS));
    assertThat(o.kalai()).isCloseTo(0.8082587528, within(EPS));
    assertThat(o.kalaiSmorodinsky()).isCloseTo(0.6908265288, within(EPS));
    assertThat(o.maxWelfare()).isCloseTo(0.5, within(EPS));
    assertThat(o.fairness()).isCloseTo(0.8787321875, within(EPS));
    Optimality onNash = U.optimality(D);
    assertThat(onNash.nash()).isEqualTo(1.0);
    assertThat(onNash.pareto()).isEqualTo(1.0);
  }

  @Test
  void advantagesOverANonZeroReservation() {
    OutcomeSet r = OutcomeSet.of(U.outcomes(), UtilityPoint.of(0.1, 0.1));
    double[] adv = r.advantage(C);
    assertThat(adv[0]).isCloseTo(0.2222222222, within(EPS));
    assertThat(adv[1]).isCloseTo(0.4, within(EPS));
  }

  @Test
  void solutionPointsUseTheDisagreementPointAndListTies() {
    // Reservation (0.25, 0.25): only (0.3, 0.3) is individually rational for both.
    OutcomeSet r = OutcomeSet.of(U.outcomes(), UtilityPoint.of(0.25, 0.25));
    assertThat(r.disagreement()).isEqualTo(UtilityPoint.of(0.25, 0.25));
    assertThat(r.nashPoints()).containsExactly(C);
    assertThat(r.kalaiPoints()).containsExactly(C);
    assertThat(r.kalaiSmorodinskyPoints()).containsExactly(C);
    // Reservation above every outcome: no individually rational point, optimality 0.
    OutcomeSet none = OutcomeSet.of(U.outcomes(), UtilityPoint.of(0.9, 0.9));
    assertThat(none.nashPoints()).isEmpty();
    assertThat(none.distanceToNash(C)).isInfinite();
    assertThat(none.optimality(C).nash()).isZero();
    // Symmetric ties are all listed.
    OutcomeSet tie = OutcomeSet.of(List.of(UtilityPoint.of(2, 1), UtilityPoint.of(1, 2), UtilityPoint.of(0, 0)),
        UtilityPoint.of(0, 0));
    assertThat(tie.nashPoints()).containsExactly(UtilityPoint.of(2, 1), UtilityPoint.of(1, 2));
    assertThat(tie.distanceToNash(UtilityPoint.of(1, 1.5))).isCloseTo(0.5, within(EPS));
  }

  @Test
  void concessionRateOfAnOfferSequence() {
    // Party 0: best 1.0; full concession = best for party 1 = (0, 0.6) → u_0(fc) = 0.
    assertThat(U.fullConcession(0)).isEqualTo(F);
    assertThat(U.concessionRate(0, List.of(A, B, C))).isCloseTo(0.7, within(EPS));
    assertThat(U.concessionRate(0, List.of(A))).isZero();
    assertThat(U.concessionRate(0, List.of())).isZero();
    // Party 1: best 0.6; full concession (1, 0) → 0; lowest own demand 0.3 → 0.5.
    assertThat(U.concessionRate(1, List.of(F, D, C))).isCloseTo(0.5, within(EPS));
    assertThat(U.concessionRate(1, List.of(A))).isEqualTo(1.0);
  }

  @Test
  void failsFastOnBadInput() {
    assertThatThrownBy(() -> OutcomeSet.of(List.of(), UtilityPoint.of(0, 0)))
        .hasMessageContaining("outcomes must not be empty");
    assertThatThrownBy(() -> OutcomeSet.of(List.of(UtilityPoint.of(1, 2, 3)), UtilityPoint.of(0, 0)))
        .hasMessageContaining("outcome 0");
    assertThatThrownBy(() -> UtilityPoint.of(1, Double.NaN)).hasMessageContaining("party 1");
    assertThatThrownBy(() -> U.concessionRate(2, List.of(A))).hasMessageContaining("party must be in [0, 1]");
    assertThat(UtilityPoint.of(-0.0, 1)).isEqualTo(UtilityPoint.of(0, 1));
  }
}
