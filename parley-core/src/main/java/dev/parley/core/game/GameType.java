package dev.parley.core.game;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Static facts about a game. Algorithms decide from these facts whether they apply; they never
 * switch on game names. Build with {@link #builder(String)}.
 *
 * @param id stable id such as {@code repeated}; with {@link #version()} it forms the versioned id
 * @param version bumped whenever rules or defaults change in a way that changes episodes
 */
public record GameType(
    String id,
    int version,
    String description,
    Dynamics dynamics,
    Chance chance,
    Information information,
    UtilityKind utility,
    RewardModel rewardModel,
    int minPlayers,
    int maxPlayers,
    List<ParamSpec> parameters,
    Set<Capability> capabilities) {

  /** Whether players move one at a time or together. */
  public enum Dynamics { SEQUENTIAL, SIMULTANEOUS }

  /** Whether the game has an explicit chance player. */
  public enum Chance { NONE, EXPLICIT }

  /** Whether every player sees the whole state. */
  public enum Information { PERFECT, IMPERFECT }

  /** How the players' returns relate. */
  public enum UtilityKind { ZERO_SUM, CONSTANT_SUM, GENERAL_SUM, IDENTICAL }

  /** When rewards arrive. */
  public enum RewardModel { TERMINAL, STEPWISE }

  /** Optional abilities algorithms may rely on. */
  public enum Capability {
    TEXT_OBSERVATIONS,
    INFORMATION_STATE_KEYS,
    DENSE_ACTION_INDEX,
    CHEAP_TALK,
    /**
     * Some turns accept moves beyond any list (e.g. a price in a free-text offer): there
     * {@link GameState#hasOpenActions} is true and agents get no list of legal actions, so agents
     * that only pick from a list cannot play.
     */
    OPEN_ACTIONS
  }

  public GameType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(dynamics, "dynamics");
    Objects.requireNonNull(chance, "chance");
    Objects.requireNonNull(information, "information");
    Objects.requireNonNull(utility, "utility");
    Objects.requireNonNull(rewardModel, "rewardModel");
    if (version < 1) {
      throw new IllegalArgumentException("version must be ≥ 1, was " + version);
    }
    if (minPlayers < 1 || maxPlayers < minPlayers) {
      throw new IllegalArgumentException("players: min " + minPlayers + ", max " + maxPlayers);
    }
    parameters = List.copyOf(parameters);
    capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
  }

  /** Id with version, e.g. {@code repeated-v1}; recorded in every episode's provenance. */
  public String versionedId() {
    return id + "-v" + version;
  }

  public boolean has(Capability capability) {
    return capabilities.contains(capability);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Fail-fast builder; unset facts default to the simplest game (sequential, no chance, ...). */
  public static final class Builder {
    private final String id;
    private int version = 1;
    private String description = "";
    private Dynamics dynamics = Dynamics.SEQUENTIAL;
    private Chance chance = Chance.NONE;
    private Information information = Information.PERFECT;
    private UtilityKind utility = UtilityKind.GENERAL_SUM;
    private RewardModel rewardModel = RewardModel.TERMINAL;
    private int minPlayers = 2;
    private int maxPlayers = 2;
    private List<ParamSpec> parameters = List.of();
    private final EnumSet<Capability> capabilities = EnumSet.noneOf(Capability.class);

    private Builder(String id) {
      this.id = id;
    }

    public Builder version(int v) {
      this.version = v;
      return this;
    }

    public Builder description(String d) {
      this.description = d;
      return this;
    }

    public Builder dynamics(Dynamics d) {
      this.dynamics = d;
      return this;
    }

    public Builder chance(Chance c) {
      this.chance = c;
      return this;
    }

    public Builder information(Information i) {
      this.information = i;
      return this;
    }

    public Builder utility(UtilityKind u) {
      this.utility = u;
      return this;
    }

    public Builder rewardModel(RewardModel r) {
      this.rewardModel = r;
      return this;
    }

    public Builder players(int min, int max) {
      this.minPlayers = min;
      this.maxPlayers = max;
      return this;
    }

    public Builder parameters(List<ParamSpec> p) {
      this.parameters = p;
      return this;
    }

    public Builder capabilities(Capability... c) {
      this.capabilities.addAll(List.of(c));
      return this;
    }

    public GameType build() {
      return new GameType(id, version, description, dynamics, chance, information, utility, rewardModel,
          minPlayers, maxPlayers, parameters, capabilities);
    }
  }
}
