/**
 * The programs that use the source documents as data ({@link io.github.chiso.seeds.Seeds}, in
 * chiso-seeds): {@link io.github.chiso.examples.Report} is the README's main job; {@link
 * io.github.chiso.examples.Seed002Scenario} and the classes of {@code
 * io.github.chiso.examples.snippets} are short examples to copy from. Not published.
 */
package io.github.chiso.examples;
