/** The bids REST API under {@code /api/v1/bids}: customers' bids, product teams' decisions, terms and demand. */
package org.example.portal.pricingbids.rest;
