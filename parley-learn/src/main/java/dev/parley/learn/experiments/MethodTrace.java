package dev.parley.learn.experiments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One method's curve in an experiment: at each recorded iteration, the exploitability
 * {@code max_y P(y ≻ π) − ½} of the method's output policy and its distance
 * {@code max_y |π(y) − π_target(y)|} to the equilibrium or optimum the method targets. Arrays are copied
 * in and out.
 *
 * @param method the trainer's name
 * @param output which iterate is measured: {@code "last"} or {@code "average"}
 * @param target what the distance is measured to
 * @param iterations the recorded iterations, ascending
 * @param exploitability exploitability at each recorded iteration
 * @param distance distance to the target at each recorded iteration
 * @param finalPolicy the output policy after the last iteration
 */
public record MethodTrace(String method, String output, String target, int[] iterations, double[] exploitability,
    double[] distance, double[] finalPolicy) {

  public MethodTrace {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(target, "target");
    iterations = iterations.clone();
    exploitability = exploitability.clone();
    distance = distance.clone();
    finalPolicy = finalPolicy.clone();
    if (iterations.length == 0 || exploitability.length != iterations.length || distance.length != iterations.length) {
      throw new IllegalArgumentException("iterations, exploitability and distance must be non-empty and of one length, were "
          + iterations.length + ", " + exploitability.length + ", " + distance.length);
    }
  }

  @Override
  public int[] iterations() {
    return iterations.clone();
  }

  @Override
  public double[] exploitability() {
    return exploitability.clone();
  }

  @Override
  public double[] distance() {
    return distance.clone();
  }

  @Override
  public double[] finalPolicy() {
    return finalPolicy.clone();
  }

  public double finalExploitability() {
    return exploitability[exploitability.length - 1];
  }

  public double finalDistance() {
    return distance[distance.length - 1];
  }

  /** The recorded iterations as doubles (chart abscissae). */
  double[] x() {
    double[] x = new double[iterations.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = iterations[i];
    }
    return x;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MethodTrace t && method.equals(t.method) && output.equals(t.output) && target.equals(t.target)
        && Arrays.equals(iterations, t.iterations) && Arrays.equals(exploitability, t.exploitability)
        && Arrays.equals(distance, t.distance) && Arrays.equals(finalPolicy, t.finalPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, output, target, Arrays.hashCode(iterations), Arrays.hashCode(distance));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s [%s → %s]: exploitability %.3e, distance %.3e, π = %s", method, output,
        target, finalExploitability(), finalDistance(), Arrays.toString(finalPolicy));
  }
}
