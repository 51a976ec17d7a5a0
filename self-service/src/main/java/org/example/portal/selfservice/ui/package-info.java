/** Ticket views: the customer's new-ticket form with article suggestions, their tickets, and the staff queues. */
package org.example.portal.selfservice.ui;
