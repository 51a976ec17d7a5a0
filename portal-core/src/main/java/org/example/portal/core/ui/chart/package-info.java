/**
 * Charts drawn on the server as inline SVG: the figures are computed in Java from exact values, the browser
 * only paints them, and every chart carries a text alternative so screen readers and browser tests read the
 * same numbers the picture shows. No chart library is needed (the commercial Vaadin Charts is not used).
 * A feature that needs a picture of its own (the bids' demand staircase) draws it with {@link
 * org.example.portal.core.ui.chart.Svg}, so every text on every chart is escaped in one place.
 */
package org.example.portal.core.ui.chart;
