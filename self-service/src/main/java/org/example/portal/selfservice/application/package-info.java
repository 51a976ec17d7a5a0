/**
 * Ticket use cases: opening, replying, staff changes, ratings, attachments and e-mail in. Each is one
 * transaction that checks who may do it, queues the e-mails and fires the submission events.
 */
package org.example.portal.selfservice.application;
