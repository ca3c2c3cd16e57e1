package dev.parley.llm.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Structured output for the language-model agent: the JSON schema of a move answer, the words that
 * ask for it, and the move read back from a reply.
 */
final class JsonMoves {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonMoves() {}

  /**
   * {@code {"move": ...}} (with a {@code "reasoning"} string first when {@code reasoning}), no other
   * fields; {@code move} is one of {@code moves} when they are listed, any string otherwise.
   */
  static String schema(boolean reasoning, List<String> moves) {
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    ArrayNode required = JSON.createArrayNode();
    if (reasoning) {
      properties.putObject("reasoning").put("type", "string");
      required.add("reasoning");
    }
    ObjectNode move = properties.putObject("move");
    move.put("type", "string");
    if (!moves.isEmpty()) {
      ArrayNode choices = move.putArray("enum");
      moves.forEach(choices::add);
    }
    required.add("move");
    root.set("required", required);
    root.put("additionalProperties", false);
    return root.toString();
  }

  /** What to write, after the game's format instructions. */
  static String instructions(boolean reasoning) {
    return reasoning
        ? "Answer with a JSON object only: think it through step by step in \"reasoning\", then give your move, "
            + "written as above, in \"move\"."
        : "Answer with a JSON object only, {\"move\": \"<your move, written as above>\"}.";
  }

  /**
   * The {@code move} string of a reply that holds a JSON object (a code fence or text around it is
   * tolerated), or null when there is none.
   */
  static String move(String reply) {
    if (reply == null) {
      return null;
    }
    int from = reply.indexOf('{');
    int to = reply.lastIndexOf('}');
    if (from < 0 || to <= from) {
      return null;
    }
    try {
      JsonNode n = JSON.readTree(reply.substring(from, to + 1));
      JsonNode move = n.path("move");
      return move.isTextual() ? move.asText() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
