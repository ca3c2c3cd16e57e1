package dev.parley.core.critic;

import dev.parley.core.agent.Feedback;

/**
 * Reads a seat's play and writes feedback for it: the AI-feedback loop of "Improving Language
 * Model Negotiation with Self-Play and In-Context Learning from AI Feedback" (Fu et al. 2023).
 * Sources: game rules (a rule critic), a language model, a person, or a constant message.
 * Implementations are thread-safe or made fresh per campaign.
 */
public interface Critic {
  Feedback critique(CritiqueRequest request);
}
