/**
 * Ideas and what customers and product teams do with them: votes weighted by tier, followers, comments (public
 * or staff-internal), statuses with their history, merges that can be undone, RICE priorities, notifications.
 * The rules live on the entities; nothing here knows about services, REST or the UI.
 */
package org.example.portal.feedback.domain;
