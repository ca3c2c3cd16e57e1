package dev.parley.llm.middleware;

import dev.parley.core.llm.ChatMessage;
import dev.parley.core.llm.ChatRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content address of a request: SHA-256 over the model id and every field that can change the
 * reply (messages, sampling settings, schema, log-prob options and the sample: episode seed and
 * call index), each length-prefixed so that no two different requests share a key.
 */
public final class CacheKeys {
  private CacheKeys() {}

  public static String key(String modelId, ChatRequest r) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    field(md, "v1");
    field(md, modelId);
    field(md, Integer.toString(r.messages().size()));
    for (ChatMessage m : r.messages()) {
      field(md, m.role().name());
      field(md, m.content());
    }
    field(md, String.valueOf(r.temperature()));
    field(md, String.valueOf(r.topP()));
    field(md, String.valueOf(r.maxTokens()));
    field(md, String.valueOf(r.seed()));
    field(md, String.join("\u0000", r.stop()));
    field(md, String.valueOf(r.jsonSchema()));
    field(md, r.logprobs() + ":" + r.topLogprobs());
    field(md, r.sample() == null ? "none" : r.sample().episodeSeed() + ":" + r.sample().index());
    return HexFormat.of().formatHex(md.digest());
  }

  private static void field(MessageDigest md, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    md.update((byte) (b.length >>> 24));
    md.update((byte) (b.length >>> 16));
    md.update((byte) (b.length >>> 8));
    md.update((byte) b.length);
    md.update(b);
  }
}
