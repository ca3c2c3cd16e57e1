package dev.parley.core.llm;

/**
 * The one port to language models. Providers (OpenAI-compatible, Anthropic, Ollama) implement it,
 * and so do middleware that wrap another model (retries, rate limits, cache, accounting). Agents,
 * critics and judges depend only on this. Implementations are thread-safe.
 */
public interface ChatModel extends AutoCloseable {

  /**
   * Sends one request and waits for the reply.
   *
   * @throws ChatException when the call fails; {@link ChatException#retryable()} says whether
   *     trying again may help
   */
  ChatResponse chat(ChatRequest request);

  /** A stable name of the model without secrets, e.g. {@code openai-compatible:http://h:8000/v1#qwen}. */
  String id();

  @Override
  default void close() {}
}
