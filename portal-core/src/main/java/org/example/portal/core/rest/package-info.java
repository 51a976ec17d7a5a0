/**
 * REST plumbing every module's resources rely on: access control by role annotations, and the mappers
 * that turn failures into {@code application/problem+json}.
 */
package org.example.portal.core.rest;
