package dev.parley.core.agent;

import dev.parley.core.engine.Seeds;
import java.util.SplittableRandom;

/**
 * What an agent is told when an episode begins: where it sits, the game, and a private random
 * source derived from the episode seed and the seat (so runs are reproducible whatever the thread
 * count).
 */
public final class MatchContext {
  private final String runId;
  private final long matchIndex;
  private final String game;
  private final int seat;
  private final int numSeats;
  private final long seed;
  private SplittableRandom random;

  public MatchContext(String runId, long matchIndex, String game, int seat, int numSeats, long seed) {
    this.runId = runId;
    this.matchIndex = matchIndex;
    this.game = game;
    this.seat = seat;
    this.numSeats = numSeats;
    this.seed = seed;
  }

  public String runId() {
    return runId;
  }

  public long matchIndex() {
    return matchIndex;
  }

  public String game() {
    return game;
  }

  public int seat() {
    return seat;
  }

  public int numSeats() {
    return numSeats;
  }

  /** The episode seed. */
  public long seed() {
    return seed;
  }

  /** This seat's own random source for this episode. */
  public SplittableRandom random() {
    if (random == null) {
      random = new SplittableRandom(Seeds.forSeat(seed, seat));
    }
    return random;
  }
}
