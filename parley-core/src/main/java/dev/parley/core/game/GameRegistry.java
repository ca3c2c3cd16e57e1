package dev.parley.core.game;

import dev.parley.core.spec.NameNotFoundException;
import dev.parley.core.spec.Spec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Loads games by spec string, e.g. {@code repeated(stage=pd,rounds=10)}. */
public final class GameRegistry {
  private final Map<String, GameType> types = new LinkedHashMap<>();
  private final Map<String, GameProvider> providers = new LinkedHashMap<>();

  private GameRegistry(Iterable<GameProvider> found) {
    for (GameProvider p : found) {
      for (GameType t : p.types()) {
        if (types.putIfAbsent(t.id(), t) != null) {
          throw new IllegalStateException("two providers declare game '" + t.id() + "'");
        }
        providers.put(t.id(), p);
      }
    }
  }

  /** Every game on the class path. */
  public static GameRegistry discover() {
    return new GameRegistry(ServiceLoader.load(GameProvider.class));
  }

  /** Only the given providers (tests). */
  public static GameRegistry of(GameProvider... providers) {
    return new GameRegistry(List.of(providers));
  }

  public List<GameType> types() {
    List<GameType> all = new ArrayList<>(types.values());
    all.sort((a, b) -> a.id().compareTo(b.id()));
    return Collections.unmodifiableList(all);
  }

  /** The type named {@code id} or its versioned id ({@code repeated-v1}). */
  public GameType type(String id) {
    GameType t = types.get(id);
    if (t == null) {
      for (GameType c : types.values()) {
        if (c.versionedId().equals(id)) {
          return c;
        }
      }
      throw new NameNotFoundException("game", id, List.copyOf(types.keySet()));
    }
    return t;
  }

  /** Parses a spec string and creates the game. */
  public Game<?> load(String spec) {
    return load(Spec.parse(spec));
  }

  public Game<?> load(Spec spec) {
    GameType t = type(spec.name());
    Params params = Params.bind("game " + t.id(), t.parameters(), spec.params());
    return providers.get(t.id()).create(t, params);
  }
}
