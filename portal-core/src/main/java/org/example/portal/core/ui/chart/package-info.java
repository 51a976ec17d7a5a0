/**
 * Charts drawn on the server as inline SVG: the figures are computed in Java from exact values, the browser
 * only paints them, and every chart carries a text alternative so screen readers and browser tests read the
 * same numbers the picture shows. No chart library is needed (the commercial Vaadin Charts is not used).
 */
package org.example.portal.core.ui.chart;
