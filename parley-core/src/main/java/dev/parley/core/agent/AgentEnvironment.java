package dev.parley.core.agent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Services shared by the agents of one run that agent types cannot make themselves: the response
 * cache and usage meter of model-driven agents, a clock, and so on. The composition root builds
 * one and hands it to {@link AgentRegistry}; agent types look up what they need by type.
 */
public final class AgentEnvironment implements AutoCloseable {
  private static final AgentEnvironment EMPTY = new AgentEnvironment(Map.of());
  private final Map<Class<?>, Object> services;

  private AgentEnvironment(Map<Class<?>, Object> services) {
    this.services = services;
  }

  public static AgentEnvironment empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The service registered under {@code type}, if any. */
  public <T> Optional<T> get(Class<T> type) {
    return Optional.ofNullable(type.cast(services.get(type)));
  }

  /** Closes every registered service that is {@link AutoCloseable}, in reverse order of registration. */
  @Override
  public void close() {
    Object[] all = services.values().toArray();
    RuntimeException failure = null;
    for (int i = all.length - 1; i >= 0; i--) {
      if (all[i] instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          if (failure == null) {
            failure = new IllegalStateException("closing " + all[i].getClass().getSimpleName() + ": " + e, e);
          }
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Registers services by type. */
  public static final class Builder {
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    public <T> Builder with(Class<T> type, T service) {
      services.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(service, "service"));
      return this;
    }

    public AgentEnvironment build() {
      return new AgentEnvironment(Map.copyOf(services));
    }
  }
}
