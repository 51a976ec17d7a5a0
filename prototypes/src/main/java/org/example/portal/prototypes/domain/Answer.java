package org.example.portal.prototypes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** A customer's answer to the question at {@code position}: a rating, choices or text, by the question's kind. */
@Embeddable
public class Answer {

  public static final int TEXT_MAX_LENGTH = 4000;

  @Column(nullable = false)
  private int position;

  private Integer rating;

  /** One per line. */
  @Column(length = 2000)
  private String choices;

  @Column(length = TEXT_MAX_LENGTH)
  private String text;

  protected Answer() {}

  public Answer(int position, Integer rating, List<String> choices, String text) {
    this.position = position;
    this.rating = rating;
    List<String> cleaned = choices == null ? List.of() : choices.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    this.choices = cleaned.isEmpty() ? null : String.join("\n", cleaned);
    this.text = text == null || text.isBlank() ? null : text.strip();
  }

  public static Answer rating(int position, int rating) {
    return new Answer(position, rating, null, null);
  }

  public static Answer choices(int position, String... choices) {
    return new Answer(position, null, List.of(choices), null);
  }

  public static Answer text(int position, String text) {
    return new Answer(position, null, null, text);
  }

  public int getPosition() {
    return position;
  }

  public Integer getRating() {
    return rating;
  }

  public String getText() {
    return text;
  }

  public List<String> choiceList() {
    return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
  }

  public boolean isEmpty() {
    return rating == null && choices == null && text == null;
  }
}
