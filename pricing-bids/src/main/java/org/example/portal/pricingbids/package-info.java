/** Counter-price bids: customers name the requirements they want and the price they would pay; the manufacturer accepts, counters or declines and sees the demand curve. */
package org.example.portal.pricingbids;
