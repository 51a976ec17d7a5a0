/**
 * What other modules may use of ideas: a reference to an idea and a lookup. Modules that attach something to
 * an idea keep its id and ask this package, never the feedback module's entities.
 */
package org.example.portal.feedback.api;
