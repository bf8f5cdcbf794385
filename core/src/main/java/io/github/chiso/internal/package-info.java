/**
 * Implementation helpers shared by the core packages: the Immutables style and precondition checks.
 * Not part of the API; may change in any release.
 */
package io.github.chiso.internal;
