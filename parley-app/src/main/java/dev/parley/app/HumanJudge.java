package dev.parley.app;

import dev.parley.core.critic.JudgeRequest;
import dev.parley.core.critic.Judgement;
import dev.parley.core.critic.PairwiseJudge;
import java.util.Locale;

/**
 * A person labels pairs at the terminal: shown the situation, option A, option B and the question,
 * they answer A, B or tie (anything else is asked again). Source {@code human:terminal}.
 */
final class HumanJudge implements PairwiseJudge {
  private final Terminal terminal;
  private int asked;

  HumanJudge(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Judgement judge(JudgeRequest request) {
    asked++;
    String text = "\n== pair question " + asked + "\nThe situation:\n" + request.context().strip()
        + "\n\nOption A:\n" + request.optionA().strip() + "\n\nOption B:\n" + request.optionB().strip() + "\n\n"
        + request.criterion().strip();
    terminal.show(text);
    while (true) {
      String line = terminal.ask("A, B or tie> ");
      if (line == null) {
        throw new IllegalStateException("no answer: the terminal's input ended");
      }
      String a = line.strip().toLowerCase(Locale.ROOT);
      double p = switch (a) {
        case "a" -> 1;
        case "b" -> 0;
        case "tie", "t", "=" -> 0.5;
        default -> Double.NaN;
      };
      if (!Double.isNaN(p)) {
        return new Judgement(p, "", text, line.strip(), "human:terminal");
      }
      terminal.show("Answer A, B or tie.");
    }
  }
}
