package dev.parley.core.critic;

import java.util.List;

/**
 * Service-provider interface through which {@link CriticRegistry} finds critic types
 * ({@code META-INF/services/dev.parley.core.critic.CriticProvider}).
 */
public interface CriticProvider {
  List<CriticType> criticTypes();
}
