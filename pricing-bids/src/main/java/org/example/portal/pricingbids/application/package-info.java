/** Use cases of bids: placing and answering bids, deciding them, terms, demand analysis and expiry. */
package org.example.portal.pricingbids.application;
