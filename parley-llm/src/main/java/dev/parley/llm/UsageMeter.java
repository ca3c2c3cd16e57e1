package dev.parley.llm;

import dev.parley.core.llm.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Token and cost accounting of one run, per agent: calls, cache hits, failures, prompt and
 * completion tokens, and cost in US dollars from each model's prices (per million tokens). Replies
 * served from the cache cost nothing. Thread-safe.
 */
public final class UsageMeter {
  /** Running totals of one agent. */
  private static final class Totals {
    final LongAdder calls = new LongAdder();
    final LongAdder cached = new LongAdder();
    final LongAdder failures = new LongAdder();
    final LongAdder promptTokens = new LongAdder();
    final LongAdder completionTokens = new LongAdder();
    final java.util.concurrent.atomic.DoubleAdder cost = new java.util.concurrent.atomic.DoubleAdder();
  }

  /** A snapshot of one agent's totals. */
  public record Line(String agent, long calls, long cached, long failures, long promptTokens, long completionTokens,
      double costUsd) {}

  private final Map<String, Totals> byAgent = new ConcurrentHashMap<>();

  /** Records a reply for {@code agent} priced at the given dollars per million tokens. */
  public void record(String agent, ChatResponse r, double pricePerMillionIn, double pricePerMillionOut) {
    Totals t = byAgent.computeIfAbsent(agent, a -> new Totals());
    t.calls.increment();
    if (r.cached()) {
      t.cached.increment();
      return;
    }
    t.promptTokens.add(r.usage().promptTokens());
    t.completionTokens.add(r.usage().completionTokens());
    t.cost.add((r.usage().promptTokens() * pricePerMillionIn + r.usage().completionTokens() * pricePerMillionOut) / 1e6);
  }

  /** Records a reply for {@code agent} priced by the {@code price_in} and {@code price_out} settings of a spec. */
  public void record(String agent, ChatResponse r, ModelSpec spec) {
    Double in = spec.doubleSetting("price_in", 0, 1e6);
    Double out = spec.doubleSetting("price_out", 0, 1e6);
    record(agent, r, in == null ? 0 : in, out == null ? 0 : out);
  }

  public void recordFailure(String agent) {
    Totals t = byAgent.computeIfAbsent(agent, a -> new Totals());
    t.calls.increment();
    t.failures.increment();
  }

  /** Every agent's totals, sorted by agent. */
  public List<Line> lines() {
    List<Line> out = new ArrayList<>();
    byAgent.forEach((agent, t) -> out.add(new Line(agent, t.calls.sum(), t.cached.sum(), t.failures.sum(),
        t.promptTokens.sum(), t.completionTokens.sum(), t.cost.sum())));
    out.sort((a, b) -> a.agent().compareTo(b.agent()));
    return out;
  }

  /** Totals over all agents. */
  public Line total() {
    long calls = 0;
    long cached = 0;
    long failures = 0;
    long in = 0;
    long out = 0;
    double cost = 0;
    for (Line l : lines()) {
      calls += l.calls();
      cached += l.cached();
      failures += l.failures();
      in += l.promptTokens();
      out += l.completionTokens();
      cost += l.costUsd();
    }
    return new Line("total", calls, cached, failures, in, out, cost);
  }
}
