/**
 * The load driver: named scenarios, each a wrk Lua script, run against a portal on this machine; the driver
 * prepares what a scenario needs (API tokens, ids) through the REST API and reads wrk's figures back.
 */
package org.example.portal.bench.load;
