/**
 * The benchmark command line ({@code ./portal bench}, see the README's "Benchmarks"): generates data, drives
 * load, runs the JMH micro-benchmarks and compares result files. Never part of the deployed portal.
 */
package org.example.portal.bench;
