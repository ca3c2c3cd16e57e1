package dev.parley.analysis.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Ratings with a first-seat advantage, from battles generated with known ratings and a known advantage. */
class SeatControlledBradleyTerryTest {
  static final List<String> PLAYERS = List.of("p0", "p1", "p2", "p3", "p4", "p5");
  static final double[] TRUE = {1100, 1050, 1000, 1000, 950, 900};
  static final double ADVANTAGE = 60;

  /** Stronger players sit first four times in five: the seat's advantage is mostly theirs. */
  static Battles unbalanced(long seed, int battles) {
    SplittableRandom r = new SplittableRandom(seed);
    Battles.Builder b = Battles.builder().players(PLAYERS);
    for (int k = 0; k < battles; k++) {
      int x = r.nextInt(6);
      int y = r.nextInt(5);
      y = y >= x ? y + 1 : y;
      int strong = Math.min(x, y);
      int weak = Math.max(x, y);
      boolean strongFirst = r.nextDouble() < 0.8;
      int first = strongFirst ? strong : weak;
      int second = strongFirst ? weak : strong;
      double p = 1 / (1 + Math.pow(10, -(TRUE[first] - TRUE[second] + ADVANTAGE) / 400));
      b.add(PLAYERS.get(first), PLAYERS.get(second), r.nextDouble() < p ? 1 : 0);
    }
    return b.build();
  }

  @Test
  void theAdvantageOfTheFirstSeatIsNotCreditedToThePlayersWhoSatThere() {
    Battles battles = unbalanced(3, 40_000);
    SeatControlledBradleyTerry.Fit fit = new SeatControlledBradleyTerry(BradleyTerryConfig.CHATBOT_ARENA).fit(battles);
    assertThat(fit.converged()).isTrue();
    assertThat(fit.bounded()).isTrue();
    assertThat(fit.seatAdvantage()).isCloseTo(ADVANTAGE, within(10.0));
    assertThat(fit.seatAdvantageLower()).isLessThan(ADVANTAGE);
    assertThat(fit.seatAdvantageUpper()).isGreaterThan(ADVANTAGE);
    BradleyTerryFit plain = new BradleyTerry(BradleyTerryConfig.CHATBOT_ARENA).fit(battles.aggregate());
    double controlledWorst = 0;
    double plainWorst = 0;
    int covered = 0;
    for (int i = 0; i < PLAYERS.size(); i++) {
      controlledWorst = Math.max(controlledWorst, Math.abs(fit.rating(i) - TRUE[i]));
      plainWorst = Math.max(plainWorst, Math.abs(plain.rating(i) - TRUE[i]));
      covered += fit.lower()[i] <= TRUE[i] && TRUE[i] <= fit.upper()[i] ? 1 : 0;
    }
    assertThat(controlledWorst).isLessThan(10);
    assertThat(plainWorst).as("the plain fit credits the seat to the strong").isGreaterThan(20);
    assertThat(covered).isGreaterThanOrEqualTo(5);
    double mean = 0;
    for (double v : fit.ratings()) {
      mean += v / PLAYERS.size();
    }
    assertThat(mean).isCloseTo(1000, within(1e-6));
  }

  @Test
  void withoutASeatEffectTheAdvantageIsNearZeroAndTheRatingsMatchThePlainFit() {
    SplittableRandom r = new SplittableRandom(9);
    Battles.Builder b = Battles.builder().players(PLAYERS);
    for (int k = 0; k < 20_000; k++) {
      int x = r.nextInt(6);
      int y = r.nextInt(5);
      y = y >= x ? y + 1 : y;
      double p = 1 / (1 + Math.pow(10, -(TRUE[x] - TRUE[y]) / 400));
      b.add(PLAYERS.get(x), PLAYERS.get(y), r.nextDouble() < p ? 1 : 0);
    }
    Battles battles = b.build();
    SeatControlledBradleyTerry.Fit fit = new SeatControlledBradleyTerry(BradleyTerryConfig.CHATBOT_ARENA).fit(battles);
    assertThat(fit.seatAdvantageLower()).isLessThan(0);
    assertThat(fit.seatAdvantageUpper()).isGreaterThan(0);
    BradleyTerryFit plain = new BradleyTerry(BradleyTerryConfig.CHATBOT_ARENA).fit(battles.aggregate());
    for (int i = 0; i < PLAYERS.size(); i++) {
      assertThat(fit.rating(i)).isCloseTo(plain.rating(i), within(3.0));
    }
  }
}
