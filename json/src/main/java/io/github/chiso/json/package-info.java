/**
 * JSON and CSV codecs for Chiso documents, built on Jackson 3. The core module stays free of
 * Jackson; this module will hold one Jackson {@code Module}, a mapper factory, grouped serializers and
 * deserializers, and the JSON Schemas of the top-level documents.
 */
package io.github.chiso.json;
