package dev.parley.core.agent;

import java.util.List;

/**
 * Service-provider interface through which {@link AgentRegistry} finds agent types
 * ({@code META-INF/services/dev.parley.core.agent.AgentProvider}).
 */
public interface AgentProvider {
  List<AgentType> agentTypes();
}
