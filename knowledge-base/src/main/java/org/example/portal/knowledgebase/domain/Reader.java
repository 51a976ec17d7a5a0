package org.example.portal.knowledgebase.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Who reads an article, as far as counting goes: a signed-in account, or one browser session of an anonymous
 * visitor. Each reader has one answer to "Was this helpful?" per article and counts one view per article in
 * {@link CountedView#WINDOW}.
 *
 * @param accountId the account, or null for an anonymous visitor
 * @param key what the database keeps: {@code account:<id>}, or {@code session:} and a SHA-256 of the
 *     session's token, so the tables never hold anything that could stand in for a browser's session
 */
public record Reader(Long accountId, String key) {

  public static final int KEY_MAX_LENGTH = 80;

  public Reader {
    Objects.requireNonNull(key, "key");
  }

  public static Reader account(long accountId) {
    return new Reader(accountId, "account:" + accountId);
  }

  public static Reader session(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("An anonymous reader needs the token of their browser session");
    }
    return new Reader(null, "session:" + sha256(token));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
