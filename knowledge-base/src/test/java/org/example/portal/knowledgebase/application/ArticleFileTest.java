package org.example.portal.knowledgebase.application;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleFileTest {

  @Test
  void markdownTakesItsTitleFromTheFirstHeading() throws Exception {
    ArticleFile file = ArticleFile.read("reset.md", "Intro line\n\n# Reset your password\n\nUse the **link**.".getBytes(UTF_8));
    assertEquals("Reset your password", file.title());
    assertEquals("Intro line\n\nUse the **link**.", file.markdown());
  }

  @Test
  void setextHeadingsAreTitlesToo() throws Exception {
    assertEquals("Shipping", ArticleFile.read("a.markdown", "Shipping\n========\n\nWe ship.".getBytes(UTF_8)).title());
  }

  @Test
  void htmlTakesItsTitleFromTheTitleElementAndBecomesMarkdown() throws Exception {
    String html = "<html><head><title>Refunds</title><script>alert(1)</script></head><body><h1>Refunds</h1>"
        + "<p>Ask within <b>30 days</b>. See <a href=\"https://example.com/r\">the policy</a>.</p>"
        + "<ul><li>one</li><li>two</li></ul><pre>code &lt;x&gt;</pre><script>bad()</script></body></html>";
    ArticleFile file = ArticleFile.read("refunds.html", html.getBytes(UTF_8));
    assertEquals("Refunds", file.title());
    assertTrue(file.markdown().contains("Ask within **30 days**."), file.markdown());
    assertTrue(file.markdown().contains("[the policy](https://example.com/r)"), file.markdown());
    assertTrue(file.markdown().contains("- one"), file.markdown());
    assertTrue(file.markdown().contains("```\ncode <x>\n```"), file.markdown());
    assertFalse(file.markdown().contains("bad()"), file.markdown());
  }

  @Test
  void htmlWithoutTitleUsesTheFirstH1() throws Exception {
    assertEquals("Orders", ArticleFile.read("o.htm", "<h1>Orders</h1><p>Text</p>".getBytes(UTF_8)).title());
  }

  @Test
  void unusableFilesAreRefusedWithAReason() {
    assertEquals("not a Markdown or HTML file",
        assertThrows(ArticleFile.Unreadable.class, () -> ArticleFile.read("logo.png", new byte[] {1})).getMessage());
    assertEquals("no heading to take the title from",
        assertThrows(ArticleFile.Unreadable.class, () -> ArticleFile.read("a.md", "just text".getBytes(UTF_8))).getMessage());
    assertEquals("not UTF-8 text",
        assertThrows(ArticleFile.Unreadable.class, () -> ArticleFile.read("a.md", new byte[] {(byte) 0xC3, 0x28})).getMessage());
    assertEquals("no text besides the title",
        assertThrows(ArticleFile.Unreadable.class, () -> ArticleFile.read("a.md", "# Only a title".getBytes(UTF_8))).getMessage());
    assertEquals("empty", assertThrows(ArticleFile.Unreadable.class, () -> ArticleFile.read("a.md", new byte[0])).getMessage());
  }
}
