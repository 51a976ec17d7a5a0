/**
 * Tickets and their rules: the status machine of a {@link org.example.portal.selfservice.domain.Ticket}, public
 * replies and internal notes, the service-level clocks counted in the business hours of a
 * {@link org.example.portal.selfservice.domain.BusinessCalendar}, satisfaction ratings, canned replies and what
 * attachments are accepted. No container needed.
 */
package org.example.portal.selfservice.domain;
