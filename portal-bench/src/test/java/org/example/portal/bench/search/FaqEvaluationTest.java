package org.example.portal.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A small smoke of the FAQ evaluation that the normal build can afford: the corpus readers on samples, and
 * the known-item test on the Python FAQ's programming page when Debian's python3.11-doc is installed. The
 * full evaluation is {@code ./portal kb-eval}.
 */
class FaqEvaluationTest {

  @Test
  void perlPodQuestionsAndAnswersAreReadWithoutMarkup() {
    List<FaqCorpus.Pair> pairs = FaqCorpus.perlPod("perlfaq4", """
        =head1 NAME

        perlfaq4 - Data Manipulation

        =head2 How do I round a floating-point number?

        Use C<sprintf()> or L<POSIX/floor>. See E<lt>thisE<gt> and C<< $x->round >>.

        =head2 Why am I getting long decimals?

        Internally, your computer represents I<floating-point> numbers in binary.
        """);
    assertEquals(2, pairs.size());
    assertEquals("How do I round a floating-point number?", pairs.get(0).question());
    assertEquals("Use sprintf() or POSIX floor. See <this> and $x->round.", pairs.get(0).answer());
  }

  @Test
  void pythonFaqSectionsBecomeOnePairEach() {
    List<FaqCorpus.Pair> pairs = FaqCorpus.pythonPage("p.html", """
        <section id="a"><h2>Group</h2>
          <section id="q1"><h3>How do I copy a list?¶</h3><p>Use <code>list.copy()</code>.</p></section>
          <section id="q2"><h3>Why is it slow?</h3><p>Profile it.</p></section>
        </section>""");
    assertEquals(List.of("How do I copy a list?", "Why is it slow?"), pairs.stream().map(FaqCorpus.Pair::question).toList());
    assertEquals("Use list.copy().", pairs.get(0).answer());
  }

  @Test
  void theProgrammingFaqFindsMostAnswersFromTheirQuestionsAlone() throws Exception {
    var page = FaqCorpus.PYTHON_FAQ.resolve("programming.html");
    assumeTrue(Files.isRegularFile(page), "python3.11-doc is not installed");
    List<FaqCorpus.Pair> pairs = FaqCorpus.pythonPage("programming.html", Files.readString(page));
    assertTrue(pairs.size() > 60, "questions found: " + pairs.size());
    FaqEvaluation.Result answers = FaqEvaluation.evaluate("answer only", pairs, p -> "", false, Function.identity());
    assertTrue(answers.recall() > 0.6, answers::toString);
    FaqEvaluation.Result typos = FaqEvaluation.evaluate("typo", pairs, p -> p.question(), false, FaqEvaluation::typo);
    assertTrue(typos.mrr() > 0.8, typos::toString);
  }
}
