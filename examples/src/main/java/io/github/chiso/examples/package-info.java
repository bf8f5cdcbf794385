/**
 * The source documents as data and the programs that use them. {@link io.github.chiso.examples.Seeds}
 * loads the four seeds (JSON resources) and Đồng Nai's hierarchy; {@link
 * io.github.chiso.examples.Report} is the README's main job; {@link
 * io.github.chiso.examples.Seed002Scenario} and the classes of {@code
 * io.github.chiso.examples.snippets} are short examples to copy from.
 */
package io.github.chiso.examples;
