package org.example.portal.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.triage.domain.AssignmentMode;
import org.example.portal.triage.domain.Priority;
import org.example.portal.triage.domain.Router;
import org.example.portal.triage.domain.RoutingFacts;
import org.example.portal.triage.domain.RuleSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Routing one new submission through 200 rules, most of which ask about words in the text, when the last
 * rule takes it or none does: the worst case, since every rule's conditions are evaluated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TriageRoutingBenchmark {

  private static final int RULES = 200;
  private static final String[] WORDS = {"refund", "delivery", "broken", "invoice", "colour", "warranty", "battery", "screen",
    "charger", "password", "login", "discount", "bulk", "shipping", "return", "noise", "crash", "slow", "price", "size"};
  private static final String[] TEXTS = {
    "The standing desk arrived with a scratched top and one leg shorter than the others, please advise",
    "We would like to order 40 office chairs if the price per unit can come down a little for schools",
    "An idea: let us reorder printer paper in one click from the order history page of the portal",
    "The label maker stops after a few labels and shows an error about the cartridge we just replaced"};

  private Router router;
  private List<RoutingFacts> submissions;
  private int next;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    List<Router.CompiledRule> rules = new ArrayList<>();
    for (int i = 0; i < RULES; i++) {
      String words = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " | \"" + WORDS[random.nextInt(WORDS.length)] + " request\"";
      // One rule in four needs no words: it is decided by kind, area and tier alone.
      String text = i % 4 == 0 ? "" : words;
      rules.add(Router.CompiledRule.of(i, new RuleSpec("rule " + i, true, Set.of(i % 2 == 0 ? "ticket" : "bid"), Set.of((long) i % 20),
          text, Set.of(Tier.GOLD, Tier.PLATINUM), Set.of(), (long) i, Priority.HIGH, Set.of(), AssignmentMode.NONE, false)));
    }
    router = new Router(rules);
    submissions = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      submissions.add(new RoutingFacts(i % 2 == 0 ? "ticket" : "bid", (long) random.nextInt(20), "Submission " + i,
          TEXTS[random.nextInt(TEXTS.length)], Tier.values()[random.nextInt(Tier.values().length)], "en"));
    }
  }

  @Benchmark
  public Object routeOneSubmissionThrough200Rules() {
    next = (next + 1) % submissions.size();
    return router.route(submissions.get(next));
  }
}
