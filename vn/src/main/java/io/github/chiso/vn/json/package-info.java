/**
 * JSON for chiso-vn: the lineage document and the re-expression document ({@link
 * io.github.chiso.vn.json.VnJson}), and the Jackson module that writes them ({@link
 * io.github.chiso.vn.json.VnModule}). They build on chiso-json's documents and strictness; chiso-json
 * itself knows nothing of this module, so users of the codecs alone do not carry the unit lists.
 */
package io.github.chiso.vn.json;
