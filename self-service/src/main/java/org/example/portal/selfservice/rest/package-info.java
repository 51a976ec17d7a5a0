/**
 * The ticket API under {@code /api/v1/tickets}: customers reach only their own tickets and never see
 * internal notes; staff work the queues. Every failure is problem+json.
 */
package org.example.portal.selfservice.rest;
