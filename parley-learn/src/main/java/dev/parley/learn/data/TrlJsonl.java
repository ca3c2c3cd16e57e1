package dev.parley.learn.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.llm.ChatMessage;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * JSON Lines in TRL's dataset formats (REFERENCE §8): one JSON object per line, UTF-8, {@code \n}
 * after every row. Field names are exactly TRL's: {@code prompt}, {@code chosen}, {@code rejected},
 * optional {@code margin} (preference); {@code prompt}, {@code completion}, {@code label} (unpaired);
 * {@code prompt} (prompt-only). Standard rows hold strings; conversational rows hold lists of
 * {@code {"role": "system"|"user"|"assistant", "content": str}}. Parley's metadata travels under the
 * extra key {@code "parley"} ({@link RecordMetadata}) unless the writer is told to leave it out.
 * Reading detects the row type from its fields; it rejects unknown fields unless told to ignore them,
 * and rejects rows that mix the standard and conversational forms. Writing then reading gives back equal
 * records.
 */
public final class TrlJsonl {
  /** The key of Parley's metadata object. */
  public static final String METADATA_KEY = "parley";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> PREFERENCE_FIELDS = Set.of("prompt", "chosen", "rejected", "margin");
  private static final Set<String> UNPAIRED_FIELDS = Set.of("prompt", "completion", "label");
  private static final Set<String> PROMPT_FIELDS = Set.of("prompt");

  /** What reading does with a field that is neither TRL's nor {@code "parley"}. */
  public enum UnknownFields {
    /** Fail, naming the field and the line. */
    REJECT,
    /** Skip it (e.g. extra columns of a published dataset). */
    IGNORE
  }

  private final boolean writeMetadata;
  private final UnknownFields unknownFields;

  private TrlJsonl(boolean writeMetadata, UnknownFields unknownFields) {
    this.writeMetadata = writeMetadata;
    this.unknownFields = unknownFields;
  }

  /** Writes metadata; rejects unknown fields. */
  public static TrlJsonl withMetadata() {
    return new TrlJsonl(true, UnknownFields.REJECT);
  }

  /** Writes TRL's fields only; ignores unknown fields when reading. */
  public static TrlJsonl trlOnly() {
    return new TrlJsonl(false, UnknownFields.IGNORE);
  }

  public TrlJsonl withUnknownFields(UnknownFields policy) {
    return new TrlJsonl(writeMetadata, Objects.requireNonNull(policy, "policy"));
  }

  /** One row as a single-line JSON object (no line terminator). */
  public String toJson(DatasetRecord record) {
    Objects.requireNonNull(record, "record");
    ObjectNode o = MAPPER.createObjectNode();
    o.set("prompt", content(record.prompt()));
    if (record instanceof PreferenceRecord p) {
      o.set("chosen", content(p.chosen()));
      o.set("rejected", content(p.rejected()));
      if (p.margin() != null) {
        o.put("margin", p.margin());
      }
    } else if (record instanceof UnpairedRecord u) {
      o.set("completion", content(u.completion()));
      o.put("label", u.label());
    }
    if (writeMetadata && record.metadata() != null) {
      o.set(METADATA_KEY, metadata(record.metadata()));
    }
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write row as JSON: " + e.getMessage(), e);
    }
  }

  /** Writes rows as JSON Lines. */
  public void write(List<? extends DatasetRecord> records, Writer out) throws IOException {
    Objects.requireNonNull(records, "records");
    for (DatasetRecord r : records) {
      out.write(toJson(r));
      out.write('\n');
    }
    out.flush();
  }

  /** Writes rows to a UTF-8 JSON Lines file (created or replaced). */
  public void write(List<? extends DatasetRecord> records, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(records, w);
    }
  }

  /** The rows of a JSON Lines text (blank lines are skipped). */
  public List<DatasetRecord> read(Reader in) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<DatasetRecord> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (!line.isBlank()) {
        out.add(fromJson(line, number));
      }
    }
    return out;
  }

  /** The rows of a UTF-8 JSON Lines file. */
  public List<DatasetRecord> read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  /** The rows of a file that must all be of one type. */
  public <R extends DatasetRecord> List<R> read(Path file, Class<R> type) throws IOException {
    List<R> out = new ArrayList<>();
    int i = 0;
    for (DatasetRecord r : read(file)) {
      i++;
      if (!type.isInstance(r)) {
        throw new IllegalArgumentException("row " + i + " of " + file + " is a " + r.kind() + " row, not "
            + type.getSimpleName());
      }
      out.add(type.cast(r));
    }
    return out;
  }

  /** One row from its JSON object. */
  public DatasetRecord fromJson(String json) {
    return fromJson(json, 1);
  }

  private DatasetRecord fromJson(String json, int line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("line " + line + ": not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("line " + line + ": a row must be a JSON object");
    }
    Set<String> allowed;
    if (node.has("chosen") || node.has("rejected")) {
      if (!node.has("prompt")) {
        throw new IllegalArgumentException("line " + line + ": preference rows with an implicit prompt (no 'prompt') "
            + "are not supported; split the shared prefix into 'prompt'");
      }
      allowed = PREFERENCE_FIELDS;
    } else if (node.has("completion") || node.has("label")) {
      allowed = UNPAIRED_FIELDS;
    } else {
      allowed = PROMPT_FIELDS;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String field = it.next();
      if (!allowed.contains(field) && !field.equals(METADATA_KEY) && unknownFields == UnknownFields.REJECT) {
        throw new IllegalArgumentException("line " + line + ": unknown field '" + field + "' (expected " + sorted(allowed)
            + " and optionally '" + METADATA_KEY + "')");
      }
    }
    Content prompt = content(required(node, "prompt", line), "prompt", line);
    RecordMetadata meta = node.has(METADATA_KEY) ? metadata(node.get(METADATA_KEY), line) : null;
    try {
      if (allowed == PREFERENCE_FIELDS) {
        Content chosen = content(required(node, "chosen", line), "chosen", line);
        Content rejected = content(required(node, "rejected", line), "rejected", line);
        Double margin = null;
        if (node.has("margin") && !node.get("margin").isNull()) {
          if (!node.get("margin").isNumber()) {
            throw new IllegalArgumentException("line " + line + ": 'margin' must be a number, was " + node.get("margin"));
          }
          margin = node.get("margin").doubleValue();
        }
        return new PreferenceRecord(prompt, chosen, rejected, margin, meta);
      }
      if (allowed == UNPAIRED_FIELDS) {
        Content completion = content(required(node, "completion", line), "completion", line);
        JsonNode label = required(node, "label", line);
        if (!label.isBoolean()) {
          throw new IllegalArgumentException("line " + line + ": 'label' must be true or false, was " + label);
        }
        return new UnpairedRecord(prompt, completion, label.booleanValue(), meta);
      }
      return new PromptRecord(prompt, meta);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("line ")) {
        throw e;
      }
      throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
    }
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static JsonNode required(JsonNode node, String field, int line) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("line " + line + ": missing field '" + field + "'");
    }
    return v;
  }

  private static JsonNode content(Content c) {
    if (c instanceof Content.Text t) {
      return MAPPER.getNodeFactory().textNode(t.text());
    }
    ArrayNode a = MAPPER.createArrayNode();
    for (ChatMessage m : ((Content.Messages) c).messages()) {
      ObjectNode o = a.addObject();
      o.put("role", m.role().name().toLowerCase(Locale.ROOT));
      o.put("content", m.content());
    }
    return a;
  }

  private static Content content(JsonNode v, String field, int line) {
    if (v.isTextual()) {
      return Content.text(v.textValue());
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("line " + line + ": '" + field + "' must be a string or a list of messages, was "
          + v.getNodeType());
    }
    List<ChatMessage> messages = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode m = v.get(i);
      String where = "line " + line + ": " + field + "[" + i + "]";
      if (!m.isObject() || !m.path("role").isTextual() || !m.path("content").isTextual()) {
        throw new IllegalArgumentException(where + " must be {\"role\": str, \"content\": str}, was " + m);
      }
      for (Iterator<String> it = m.fieldNames(); it.hasNext();) {
        String f = it.next();
        if (!f.equals("role") && !f.equals("content")) {
          throw new IllegalArgumentException(where + " has field '" + f + "'; only 'role' and 'content' are supported");
        }
      }
      ChatMessage.Role role;
      try {
        role = ChatMessage.Role.valueOf(m.get("role").textValue().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + " has role '" + m.get("role").textValue()
            + "'; expected system, user or assistant", e);
      }
      messages.add(new ChatMessage(role, m.get("content").textValue()));
    }
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("line " + line + ": '" + field + "' must not be an empty message list");
    }
    return Content.messages(messages);
  }

  private static ObjectNode metadata(RecordMetadata m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("source", m.source().name().toLowerCase(Locale.ROOT));
    if (m.group() != null) {
      o.put("group", m.group());
    }
    if (m.episodeId() != null) {
      o.put("episode_id", m.episodeId());
    }
    if (m.game() != null) {
      o.put("game", m.game());
    }
    if (m.seed() != null) {
      o.put("seed", m.seed());
    }
    if (!m.seats().isEmpty()) {
      ArrayNode seats = o.putArray("seats");
      m.seats().forEach(seats::add);
    }
    if (m.judge() != null) {
      o.put("judge", m.judge());
    }
    if (m.probability() != null) {
      o.put("probability", m.probability());
    }
    if (m.provenance() != null) {
      ObjectNode p = o.putObject("provenance");
      p.put("parley_version", m.provenance().parleyVersion());
      p.put("git_commit", m.provenance().gitCommit());
      p.put("game_versioned_id", m.provenance().gameVersionedId());
      p.put("config_hash", m.provenance().configHash());
    }
    if (!m.attributes().isEmpty()) {
      ObjectNode a = o.putObject("attributes");
      m.attributes().forEach(a::put);
    }
    return o;
  }

  private static final Set<String> METADATA_FIELDS = Set.of("source", "group", "episode_id", "game", "seed", "seats",
      "judge", "probability", "provenance", "attributes");

  private RecordMetadata metadata(JsonNode o, int line) {
    String where = "line " + line + ": '" + METADATA_KEY + "'";
    if (!o.isObject()) {
      throw new IllegalArgumentException(where + " must be an object");
    }
    for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
      String f = it.next();
      if (!METADATA_FIELDS.contains(f) && unknownFields == UnknownFields.REJECT) {
        throw new IllegalArgumentException(where + " has unknown field '" + f + "'");
      }
    }
    Source source;
    try {
      source = Source.valueOf(text(o, "source", where, true).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ".source must be one of outcome, judge, human, synthetic, relabeled, "
          + "imported; was " + o.get("source"), e);
    }
    Long seed = null;
    if (o.has("seed")) {
      if (!o.get("seed").canConvertToLong() || !o.get("seed").isIntegralNumber()) {
        throw new IllegalArgumentException(where + ".seed must be an integer, was " + o.get("seed"));
      }
      seed = o.get("seed").longValue();
    }
    List<String> seats = new ArrayList<>();
    if (o.has("seats")) {
      if (!o.get("seats").isArray()) {
        throw new IllegalArgumentException(where + ".seats must be a list of strings");
      }
      for (JsonNode s : o.get("seats")) {
        if (!s.isTextual()) {
          throw new IllegalArgumentException(where + ".seats must be a list of strings, holds " + s);
        }
        seats.add(s.textValue());
      }
    }
    Double probability = null;
    if (o.has("probability")) {
      if (!o.get("probability").isNumber()) {
        throw new IllegalArgumentException(where + ".probability must be a number, was " + o.get("probability"));
      }
      probability = o.get("probability").doubleValue();
    }
    Provenance provenance = null;
    if (o.has("provenance")) {
      JsonNode p = o.get("provenance");
      String pw = where + ".provenance";
      provenance = new Provenance(text(p, "parley_version", pw, true), text(p, "git_commit", pw, true),
          text(p, "game_versioned_id", pw, true), text(p, "config_hash", pw, true));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    if (o.has("attributes")) {
      JsonNode a = o.get("attributes");
      if (a.getNodeType() != JsonNodeType.OBJECT) {
        throw new IllegalArgumentException(where + ".attributes must be an object of strings");
      }
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        if (!e.getValue().isTextual()) {
          throw new IllegalArgumentException(where + ".attributes." + e.getKey() + " must be a string");
        }
        attributes.put(e.getKey(), e.getValue().textValue());
      }
    }
    try {
      return new RecordMetadata(source, text(o, "group", where, false), text(o, "episode_id", where, false),
          text(o, "game", where, false), seed, seats, text(o, "judge", where, false), probability, provenance, attributes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode o, String field, String where, boolean required) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException(where + " is missing '" + field + "'");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(where + "." + field + " must be a string, was " + v);
    }
    return v.textValue();
  }
}
