package org.example.portal.triage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.example.portal.core.account.domain.Tier;
import org.junit.jupiter.api.Test;

class RouterTest {

  private static RuleSpec rule(String name, Set<String> kinds, Set<Long> areas, String text, Set<Tier> tiers, Set<String> languages, Long team) {
    return new RuleSpec(name, true, kinds, areas, text, tiers, languages, team, Priority.HIGH, Set.of("t-" + name), AssignmentMode.NONE, false);
  }

  private static RoutingFacts idea(String title, String summary) {
    return new RoutingFacts("idea", 7L, title, summary, Tier.GOLD, "en");
  }

  @Test
  void theFirstMatchingRuleDecidesAndIsRecorded() {
    Router router = new Router(List.of(
        Router.CompiledRule.of(1, rule("bids", Set.of("bid"), Set.of(), "", Set.of(), Set.of(), 10L)),
        Router.CompiledRule.of(2, rule("ideas", Set.of("idea"), Set.of(), "", Set.of(), Set.of(), 20L)),
        Router.CompiledRule.of(3, rule("all", Set.of(), Set.of(), "", Set.of(), Set.of(), 30L))));

    RoutingDecision decision = router.route(idea("Dark mode", "Please"));

    assertEquals(2L, decision.ruleId());
    assertEquals(20L, decision.teamId());
    assertEquals(Priority.HIGH, decision.priority());
    assertEquals(Set.of("t-ideas"), decision.tags());
  }

  @Test
  void aSubmissionNoRuleTakesGoesToTheTriageQueue() {
    Router router = new Router(List.of(Router.CompiledRule.of(1, rule("bids", Set.of("bid"), Set.of(), "", Set.of(), Set.of(), 10L))));

    RoutingDecision decision = router.route(idea("Dark mode", ""));

    assertFalse(decision.matched());
    assertNull(decision.teamId());
    assertEquals(Priority.NORMAL, decision.priority());
  }

  @Test
  void everyConditionMustHold() {
    Router.CompiledRule gold = Router.CompiledRule.of(1, rule("gold-uz", Set.of("idea"), Set.of(7L), "", Set.of(Tier.GOLD, Tier.PLATINUM), Set.of("uz"), 10L));
    Router router = new Router(List.of(gold));

    assertFalse(router.route(idea("x", "y")).matched(), "language differs");
    assertTrue(router.route(new RoutingFacts("idea", 7L, "x", "y", Tier.PLATINUM, "uz")).matched());
    assertFalse(router.route(new RoutingFacts("idea", 8L, "x", "y", Tier.PLATINUM, "uz")).matched(), "area differs");
    assertFalse(router.route(new RoutingFacts("idea", null, "x", "y", Tier.PLATINUM, "uz")).matched(), "no area");
    assertFalse(router.route(new RoutingFacts("idea", 7L, "x", "y", Tier.STANDARD, "uz")).matched(), "tier differs");
  }

  @Test
  void wordsMatchInTitleOrSummaryWithoutCaseOrAccents() {
    Router router = new Router(List.of(Router.CompiledRule.of(1, rule("refunds", Set.of(), Set.of(), "refund* | money-back", Set.of(), Set.of(), 10L))));

    assertTrue(router.route(idea("REFUNDED twice", "")).matched());
    assertTrue(router.route(idea("Question", "I want my money back")).matched());
    assertFalse(router.route(idea("Dark mode", "nothing about it")).matched());
  }

  @Test
  void allWordsMustOccurUnlessJoinedWithOr() {
    Router router = new Router(List.of(Router.CompiledRule.of(1, rule("crash", Set.of(), Set.of(), "app crash -tablet", Set.of(), Set.of(), 10L))));

    assertTrue(router.route(idea("The app", "had a crash on start")).matched());
    assertFalse(router.route(idea("The app", "is slow")).matched());
    assertFalse(router.route(idea("The app crash", "on my tablet")).matched());
    assertTrue(router.route(idea("Ünïcödé café app", "crash")).matched());
  }

  @Test
  void phrasesFuzzyWordsAndExclusionsDecideAsTheQuerySays() {
    Map<String, Boolean> expected = new java.util.LinkedHashMap<>();
    expected.put("\"battery drains\"", true);
    expected.put("\"drains battery\"", false);
    expected.put("batery~1", true);
    expected.put("charger | adapter", false);
    expected.put("charger | drains", true);
    expected.put("battery -phone", false);
    expected.put("(screen | battery) overnight", true);
    expected.put("overnight -(screen | tablet)", true);
    expected.put("overnig*", true);
    String title = "Battery drains overnight";
    String summary = "My phone loses charge while it sleeps";
    expected.forEach((query, matches) -> {
      Router router = new Router(List.of(Router.CompiledRule.of(1, rule("q", Set.of(), Set.of(), query, Set.of(), Set.of(), 10L))));
      assertEquals(matches, router.route(idea(title, summary)).matched(), query);
    });
  }

  @Test
  void oddQueryTextNeverFails() {
    Map<String, Boolean> expected = Map.of(
        "\"unbalanced", false, "((", false, "AND OR NOT", false, "~~~", false, "-", false, "|", false, "\\", false,
        "title:foo", true, "a\"b\"c(d", false, "(brackets", true);
    expected.forEach((odd, matches) -> {
      Router router = new Router(List.of(Router.CompiledRule.of(1, rule("odd", Set.of(), Set.of(), odd, Set.of(), Set.of(), 10L))));
      assertEquals(matches, router.route(idea("foo AND bar", "\"quoted\" (brackets) title:foo 😀")).matched(), odd);
    });
    assertTrue(TextCondition.parse("!!! ---").isEmpty());
    assertTrue(TextCondition.parse("-excluded").isEmpty());
    assertFalse(TextCondition.parse("pre*").isEmpty());
    assertFalse(new Router(List.of(Router.CompiledRule.of(1, rule("odd", Set.of(), Set.of(), "!!! ---", Set.of(), Set.of(), 10L))))
        .route(idea("x", "y")).matched(), "a words condition without words matches nothing");
  }

  @Test
  void disabledRulesAreSkipped() {
    RuleSpec off = new RuleSpec("off", false, Set.of(), Set.of(), "", Set.of(), Set.of(), 10L, Priority.LOW, Set.of(), AssignmentMode.NONE, false);
    Router router = new Router(List.of(Router.CompiledRule.of(1, off), Router.CompiledRule.of(2, rule("on", Set.of(), Set.of(), "", Set.of(), Set.of(), 20L))));

    assertEquals(2L, router.route(idea("x", "y")).ruleId());
  }

  @Test
  void twoHundredRulesRouteQuickly() {
    List<Router.CompiledRule> rules = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      rules.add(Router.CompiledRule.of(i, rule("r" + i, Set.of("idea"), Set.of(), "word" + i + " | other" + i, Set.of(), Set.of(), (long) i)));
    }
    Router router = new Router(rules);
    RoutingFacts facts = idea("Nothing matches here", "a summary of some length with many words but none of the rules' words");
    for (int i = 0; i < 2000; i++) {
      router.route(facts);
    }
    long start = System.nanoTime();
    int runs = 200;
    for (int i = 0; i < runs; i++) {
      assertFalse(router.route(facts).matched());
    }
    long micros = (System.nanoTime() - start) / 1000 / runs;
    // The target is 5 ms; the bound leaves room for a busy build machine.
    assertTrue(micros < 20_000, () -> "routing through 200 rules took " + micros + " µs");
  }
}
