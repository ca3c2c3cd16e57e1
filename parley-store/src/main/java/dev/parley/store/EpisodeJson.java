package dev.parley.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.agent.DecisionTrace;
import dev.parley.core.agent.Feedback;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an episode, one object per line in exports:
 *
 * <pre>{"run","match","game","seats","seed","status","returns","steps":[{"move","seat","action","trace"?}],
 * "violations":[{"move","seat","kind","detail","resolution"}],"feedback"?:[{"seat","source","score",
 * "aspects","suggestions","adjustments","text"}],"provenance":{...},"started_at","duration_ns"}</pre>
 *
 * {@link #read} gives back an equal episode.
 */
public final class EpisodeJson {
  private EpisodeJson() {}

  public static String write(Episode e) {
    StringWriter w = new StringWriter(512);
    write(e, w);
    return w.toString();
  }

  /** Writes one episode as a single line of JSON (no newline). */
  public static void write(Episode e, Writer out) {
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("run", e.runId());
      g.writeNumberField("match", e.matchIndex());
      g.writeStringField("game", e.game());
      g.writeArrayFieldStart("seats");
      for (String s : e.seats()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeNumberField("seed", e.seed());
      g.writeStringField("status", e.status().name());
      g.writeArrayFieldStart("returns");
      for (double r : e.returns()) {
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
          g.writeNumber((long) r);
        } else {
          g.writeNumber(r);
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("steps");
      for (Step s : e.steps()) {
        g.writeStartObject();
        g.writeNumberField("move", s.move());
        g.writeNumberField("seat", s.seat());
        g.writeStringField("action", s.action());
        if (s.trace() != null) {
          g.writeFieldName("trace");
          Json.MAPPER.writeValue(g, traceMap(s.trace()));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("violations");
      for (Violation v : e.violations()) {
        g.writeStartObject();
        g.writeNumberField("move", v.move());
        g.writeNumberField("seat", v.seat());
        g.writeStringField("kind", v.kind().name());
        g.writeStringField("detail", v.detail());
        g.writeStringField("resolution", v.resolution().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!e.feedback().isEmpty()) {
        g.writeArrayFieldStart("feedback");
        for (Feedback f : e.feedback()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("seat", f.seat());
          m.put("source", f.source());
          m.put("score", Double.isNaN(f.score()) ? null : f.score());
          m.put("aspects", f.aspects());
          m.put("suggestions", f.suggestions());
          m.put("adjustments", f.adjustments());
          m.put("text", f.text());
          Json.MAPPER.writeValue(g, m);
        }
        g.writeEndArray();
      }
      Provenance p = e.provenance();
      g.writeObjectFieldStart("provenance");
      g.writeStringField("parley_version", p.parleyVersion());
      g.writeStringField("git_commit", p.gitCommit());
      g.writeStringField("game_version", p.gameVersionedId());
      g.writeStringField("config_hash", p.configHash());
      g.writeEndObject();
      g.writeNumberField("started_at", e.startedAtMillis());
      g.writeNumberField("duration_ns", e.durationNanos());
      g.writeEndObject();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static Map<String, Object> traceMap(DecisionTrace t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("prompt", t.prompt());
    m.put("raw_output", t.rawOutput());
    List<Map<String, String>> attempts = new ArrayList<>();
    for (DecisionTrace.ParseAttempt a : t.attempts()) {
      Map<String, String> am = new LinkedHashMap<>();
      am.put("text", a.text());
      am.put("outcome", a.outcome());
      am.put("reason", a.reason());
      attempts.add(am);
    }
    m.put("attempts", attempts);
    m.put("prompt_tokens", t.usage().promptTokens());
    m.put("completion_tokens", t.usage().completionTokens());
    m.put("notes", t.notes());
    return m;
  }

  /** Reads one line written by {@link #write}. */
  public static Episode read(String json) {
    try {
      JsonNode n = Json.MAPPER.readTree(json);
      List<String> seats = new ArrayList<>();
      n.required("seats").forEach(s -> seats.add(s.asText()));
      List<Double> returns = new ArrayList<>();
      n.required("returns").forEach(r -> returns.add(r.asDouble()));
      List<Step> steps = new ArrayList<>();
      for (JsonNode s : n.required("steps")) {
        DecisionTrace trace = null;
        JsonNode t = s.get("trace");
        if (t != null && !t.isNull()) {
          List<DecisionTrace.ParseAttempt> attempts = new ArrayList<>();
          for (JsonNode a : t.path("attempts")) {
            attempts.add(new DecisionTrace.ParseAttempt(text(a, "text"), text(a, "outcome"), text(a, "reason")));
          }
          Map<String, String> notes = new LinkedHashMap<>();
          t.path("notes").fields().forEachRemaining(f -> notes.put(f.getKey(), f.getValue().asText()));
          trace = new DecisionTrace(text(t, "prompt"), text(t, "raw_output"), attempts,
              new DecisionTrace.Usage(t.path("prompt_tokens").asLong(), t.path("completion_tokens").asLong()), notes);
        }
        steps.add(new Step(s.required("move").asInt(), s.required("seat").asInt(), s.required("action").asText(),
            trace));
      }
      List<Violation> violations = new ArrayList<>();
      for (JsonNode v : n.path("violations")) {
        violations.add(new Violation(v.required("move").asInt(), v.required("seat").asInt(),
            Violation.Kind.valueOf(v.required("kind").asText()), v.required("detail").asText(),
            Violation.Resolution.valueOf(v.required("resolution").asText())));
      }
      List<Feedback> feedback = new ArrayList<>();
      for (JsonNode f : n.path("feedback")) {
        Map<String, Double> aspects = new LinkedHashMap<>();
        f.path("aspects").fields().forEachRemaining(x -> aspects.put(x.getKey(), x.getValue().asDouble()));
        Map<String, Double> adjustments = new LinkedHashMap<>();
        f.path("adjustments").fields().forEachRemaining(x -> adjustments.put(x.getKey(), x.getValue().asDouble()));
        List<String> suggestions = new ArrayList<>();
        f.path("suggestions").forEach(x -> suggestions.add(x.asText()));
        JsonNode score = f.get("score");
        feedback.add(new Feedback(f.required("seat").asInt(), score == null || score.isNull() ? Double.NaN
            : score.asDouble(), aspects, suggestions, adjustments, f.required("text").asText(),
            f.required("source").asText()));
      }
      JsonNode p = n.required("provenance");
      Provenance provenance = new Provenance(p.required("parley_version").asText(), p.required("git_commit").asText(),
          p.required("game_version").asText(), p.required("config_hash").asText());
      return new Episode(n.required("run").asText(), n.required("match").asLong(), n.required("game").asText(), seats,
          n.required("seed").asLong(), steps, returns, violations, EpisodeStatus.valueOf(n.required("status").asText()),
          provenance, n.path("started_at").asLong(), n.path("duration_ns").asLong(), feedback);
    } catch (IOException | IllegalArgumentException x) {
      throw new IllegalArgumentException("not an episode line: " + x.getMessage(), x);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
