package org.example.portal.core.search;

import java.util.Map;

/**
 * One result. {@code title} and {@code snippet} are HTML-escaped text in which only the matched words are
 * wrapped in {@code <mark>}, so they are safe to render as HTML.
 */
public record SearchHit(
    String id, String language, float score, String title, String snippet, Map<String, String> filters) {}
