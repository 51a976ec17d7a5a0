/**
 * Sample use cases: programs, applications, decisions, shipping, feedback, reminders and results. Each
 * change is one transaction that also queues the customer's e-mail and fires the submission event.
 */
package org.example.portal.prototypes.application;
